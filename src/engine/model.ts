/**
 * Model types and the exact weight names and shapes of each cell (docs/model-format.md).
 * All matrices are flat row-major Float64Arrays: W[row][col] = data[row * cols + col].
 */

export type CellType = 'rnn' | 'lstm' | 'gru';
export const CELL_TYPES: readonly CellType[] = ['rnn', 'lstm', 'gru'];

export type Activation = 'tanh' | 'sigmoid' | 'relu' | 'leaky_relu' | 'elu' | 'linear';
export const ACTIVATIONS: readonly Activation[] = ['tanh', 'sigmoid', 'relu', 'leaky_relu', 'elu', 'linear'];

/** Gate (pre-activation block) names per cell. The vanilla RNN has one block, named ''. */
export type LstmGate = 'f' | 'i' | 'o' | 'g';
export type GruGate = 'z' | 'r' | 'g';
export type Block = '' | LstmGate | GruGate;

export const BLOCKS: Record<CellType, readonly Block[]> = {
  rnn: [''],
  lstm: ['f', 'i', 'o', 'g'],
  gru: ['z', 'r', 'g'],
};

export type Weights = Record<string, Float64Array>;

export interface Model {
  cell: CellType;
  /** Only meaningful for the vanilla RNN; gated cells use sigmoid/tanh as in their equations. */
  activation: Activation;
  /** One code point per entry, no duplicates. */
  vocab: string[];
  hiddenSize: number;
  weights: Weights;
  /** Initial hidden state h0 (length H). */
  h0: Float64Array;
  /** Initial cell state c0 (LSTM only, length H); null for rnn and gru. */
  c0: Float64Array | null;
}

export interface WeightShape {
  name: string;
  rows: number;
  /** 1 for bias vectors (stored as [rows] in the model file). */
  cols: number;
  isVector: boolean;
  /** Fan-in used by the initialisers. */
  fanIn: number;
}

/** Name of a block's weight: blockName('Wxh', 'f') = 'Wxh_f', blockName('Wxh', '') = 'Wxh'. */
export function blockName(base: 'Wxh' | 'Whh' | 'bh', block: Block): string {
  return block === '' ? base : `${base}_${block}`;
}

/** The exact weight names and shapes of a cell with vocab size V and hidden size H, in file order. */
export function weightShapes(cell: CellType, V: number, H: number): WeightShape[] {
  const out: WeightShape[] = [];
  for (const b of BLOCKS[cell]) {
    out.push({ name: blockName('Wxh', b), rows: H, cols: V, isVector: false, fanIn: V });
    out.push({ name: blockName('Whh', b), rows: H, cols: H, isVector: false, fanIn: H });
    out.push({ name: blockName('bh', b), rows: H, cols: 1, isVector: true, fanIn: 1 });
  }
  out.push({ name: 'Why', rows: V, cols: H, isVector: false, fanIn: H });
  out.push({ name: 'by', rows: V, cols: 1, isVector: true, fanIn: 1 });
  return out;
}

export function paramCount(cell: CellType, V: number, H: number): number {
  return weightShapes(cell, V, H).reduce((s, w) => s + w.rows * w.cols, 0);
}

export function zerosLike(weights: Weights): Weights {
  const out: Weights = {};
  for (const k of Object.keys(weights)) out[k] = new Float64Array(weights[k].length);
  return out;
}

export function cloneWeights(weights: Weights): Weights {
  const out: Weights = {};
  for (const k of Object.keys(weights)) out[k] = Float64Array.from(weights[k]);
  return out;
}

export function cloneModel(m: Model): Model {
  return {
    ...m,
    vocab: [...m.vocab],
    weights: cloneWeights(m.weights),
    h0: Float64Array.from(m.h0),
    c0: m.c0 ? Float64Array.from(m.c0) : null,
  };
}

/** An error whose message is meant for the user (CLI stderr, app notice). */
export class EngineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EngineError';
  }
}
