import type { GruGate, LstmGate } from '../model';

/** One vector per block of a cell: rnn '' (its single block), lstm f i o g, gru z r g. */
export type RnnBlocks = Record<'', Float64Array>;
export type LstmBlocks = Record<LstmGate, Float64Array>;
export type GruBlocks = Record<GruGate, Float64Array>;

/** What the vanilla RNN's forward step produces (the trace adds t, x_t, y, p, loss). */
export interface RnnCellForward {
  cell: 'rnn';
  cPrev: null;
  pre: RnnBlocks;
  act: RnnBlocks;
  hIn: RnnBlocks;
  c: null;
  tanhC: null;
  h: Float64Array;
}

/** The LSTM's forward step: its gates f i o g, and the cell state c_{t−1} it read and c_t it writes. */
export interface LstmCellForward {
  cell: 'lstm';
  cPrev: Float64Array;
  pre: LstmBlocks;
  act: LstmBlocks;
  hIn: LstmBlocks;
  c: Float64Array;
  tanhC: Float64Array;
  h: Float64Array;
}

/** The GRU's forward step: its gates z r g (hIn.g = r_t ⊙ h_{t−1}). */
export interface GruCellForward {
  cell: 'gru';
  cPrev: null;
  pre: GruBlocks;
  act: GruBlocks;
  hIn: GruBlocks;
  c: null;
  tanhC: null;
  h: Float64Array;
}

/** What a cell's forward step produces, keyed by `cell`. */
export type CellForward = RnnCellForward | LstmCellForward | GruCellForward;

/** What the vanilla RNN's backward step produces, given dL/dh_t. */
export interface RnnCellBackward {
  cell: 'rnn';
  dcFromFuture: null;
  dc: null;
  dAct: RnnBlocks;
  actDeriv: RnnBlocks;
  dPre: RnnBlocks;
  dRh: null;
  dhPrev: Float64Array;
  dcPrev: null;
}

/** The LSTM's backward step, given dL/dh_t and dL/dc_t from the future (dcFromFuture). */
export interface LstmCellBackward {
  cell: 'lstm';
  dcFromFuture: Float64Array;
  dc: Float64Array;
  dAct: LstmBlocks;
  actDeriv: LstmBlocks;
  dPre: LstmBlocks;
  dRh: null;
  dhPrev: Float64Array;
  dcPrev: Float64Array;
}

/** The GRU's backward step, given dL/dh_t (dRh = dL/d(r_t ⊙ h_{t−1})). */
export interface GruCellBackward {
  cell: 'gru';
  dcFromFuture: null;
  dc: null;
  dAct: GruBlocks;
  actDeriv: GruBlocks;
  dPre: GruBlocks;
  dRh: Float64Array;
  dhPrev: Float64Array;
  dcPrev: null;
}

/** What a cell's backward step produces, keyed by `cell`. */
export type CellBackward = RnnCellBackward | LstmCellBackward | GruCellBackward;
