import type { BlockVectors } from '../trace';

/** What a cell's forward step produces (the trace adds y, p, loss). */
export interface CellForward {
  pre: BlockVectors;
  act: BlockVectors;
  hIn: BlockVectors;
  c: Float64Array | null;
  tanhC: Float64Array | null;
  h: Float64Array;
}

/** What a cell's backward step produces, given dL/dh_t (and dL/dc_t from the future for the LSTM). */
export interface CellBackward {
  dc: Float64Array | null;
  dAct: BlockVectors;
  actDeriv: BlockVectors;
  dPre: BlockVectors;
  dRh: Float64Array | null;
  dhPrev: Float64Array;
  dcPrev: Float64Array | null;
}
