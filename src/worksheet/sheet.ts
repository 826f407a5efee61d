/**
 * What a worksheet shows, read from one pass's trace (never recomputed here): the one-hot inputs, the
 * weights, h_t y_t p_t L_t per step, and one backward step at the last step with a target.
 */
import { type Model, weightShapes } from '../engine/model';
import { charAt, showChar } from '../engine/text';
import { blockOf, type Trace } from '../engine/trace';

/** Decimals shown on the worksheet and its answer key. */
export const DIGITS = 4;

export type Column = 'h' | 'y' | 'p' | 'L';
export const COLUMNS: readonly Column[] = ['h', 'y', 'p', 'L'];

export interface StepRow {
  t: number;
  input: string | null;
  target: string | null;
  /** One-hot x_t (all zeros for a step with no input). */
  x: number[];
  h: number[];
  y: number[];
  p: number[];
  /** −ln p_t[target]; null for a step with no target. */
  loss: number | null;
}

export interface Matrix {
  name: string;
  rows: number;
  cols: number;
  /** Row-major values. */
  values: number[];
}

export interface BackwardExercise {
  t: number;
  /** dy_t = p_t − onehot(target_t). */
  dy: number[];
  /** dh_t = Whyᵀ dy_t + (from the future: zero at the last step). */
  dh: number[];
  /** RNN only: da_t = dh_t ⊙ f′(a_t), the gradient at the pre-activation. */
  da: number[] | null;
}

export interface Sheet {
  cell: Model['cell'];
  activation: Model['activation'];
  vocab: string[];
  H: number;
  T: number;
  inputText: string;
  targetText: string;
  weights: Matrix[];
  h0: number[];
  c0: number[] | null;
  steps: StepRow[];
  loss: number;
  backward: BackwardExercise | null;
}

const list = (a: ArrayLike<number>): number[] => Array.from(a);

/** The worksheet of a trace: every number is the trace's own. */
export function sheetOf(trace: Trace): Sheet {
  const { model } = trace;
  const V = model.vocab.length;
  const show = (ix: number | null) => (ix === null ? null : showChar(charAt(model.vocab, ix)));
  const steps: StepRow[] = trace.forward.map((f) => ({
    t: f.t,
    input: show(f.input),
    target: show(f.target),
    x: Array.from({ length: V }, (_, v) => (v === f.input ? 1 : 0)),
    h: list(f.h),
    y: list(f.y),
    p: list(f.p),
    loss: f.target === null ? null : f.loss,
  }));
  // the last step with a target: nothing comes from the future there, so it can be done by hand
  let last = trace.T;
  while (last >= 1 && trace.forward[last - 1].target === null) last--;
  const b = last >= 1 ? trace.backward[last - 1] : null;
  const text = (ixs: (number | null)[]) => ixs.map((ix) => charAt(model.vocab, ix)).join('');
  return {
    cell: model.cell,
    activation: model.activation,
    vocab: model.vocab.map(showChar),
    H: model.hiddenSize,
    T: trace.T,
    inputText: text(trace.inputs),
    targetText: text(trace.targets),
    weights: weightShapes(model.cell, V, model.hiddenSize).map((s) => ({
      name: s.name,
      rows: s.rows,
      cols: s.cols,
      values: list(model.weights[s.name]),
    })),
    h0: list(model.h0),
    c0: model.cell === 'lstm' && model.c0 ? list(model.c0) : null,
    steps,
    loss: trace.loss,
    backward: b
      ? {
          t: b.t,
          dy: list(b.dy),
          dh: list(b.dh),
          da: model.cell === 'rnn' ? list(blockOf(b.dPre, '')) : null,
        }
      : null,
  };
}
