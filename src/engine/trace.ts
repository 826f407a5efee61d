/**
 * The trace: one forward pass and one backward pass through time (BPTT) for a model, its weights,
 * h0 (c0) and an input/target sequence, with every intermediate kept. Computed once; the UI steps
 * over it with a cursor. Loss L = Σ_t −ln p_t[target_t]; a step with target null adds no loss.
 */

import { gruBackward, gruForward } from './cells/gru';
import { lstmBackward, lstmForward } from './cells/lstm';
import { rnnBackward, rnnForward } from './cells/rnn';
import type {
  CellBackward,
  CellForward,
  GruCellBackward,
  GruCellForward,
  LstmCellBackward,
  LstmCellForward,
  RnnCellBackward,
  RnnCellForward,
} from './cells/types';
import { addMatTVec, addMatVec, addOuter } from './linalg';
import {
  BLOCKS,
  type Block,
  blockName,
  type CellType,
  EngineError,
  type Model,
  type Weights,
  zerosLike,
} from './model';
import { argmax, crossEntropy, softmax } from './numeric';

export type {
  CellBackward,
  CellForward,
  GruBlocks,
  GruCellBackward,
  GruCellForward,
  LstmBlocks,
  LstmCellBackward,
  LstmCellForward,
  RnnBlocks,
  RnnCellBackward,
  RnnCellForward,
} from './cells/types';

/**
 * One vector per block, for code that is generic over cells: every step's block record (complete
 * for its cell: RnnBlocks, LstmBlocks or GruBlocks) is one. Read a block of it with blockOf.
 */
export type BlockVectors = Partial<Record<Block, Float64Array>>;

/**
 * What every forward step has, whatever its cell. The cell's part (ForwardStep, by `cell`):
 * pre = the pre-activation of each block (rnn '' = Wxh x + Whh h_{t−1} + bh; lstm f i o g; gru z r g);
 * act = its activated value (rnn '' = h_t; gates f i o g / z r g); hIn = the vector each block's Whh
 * multiplies (h_{t−1}, except the GRU's g block: r_t ⊙ h_{t−1}); LSTM only: c_{t−1} (cPrev), the cell
 * state c_t and tanh(c_t) (null for rnn and gru).
 */
export interface ForwardStepBase {
  /** 1-based step number. */
  t: number;
  /** Vocabulary index of x_t, or null for a step with no input (x_t = 0, e.g. one-to-many). */
  input: number | null;
  target: number | null;
  hPrev: Float64Array;
  /** Scores y_t = Why h_t + by. */
  y: Float64Array;
  /** p_t = softmax(y_t). */
  p: Float64Array;
  /** −ln p_t[target], 0 when the step has no target. */
  loss: number;
  argmax: number;
}

export interface RnnForwardStep extends ForwardStepBase, RnnCellForward {}
export interface LstmForwardStep extends ForwardStepBase, LstmCellForward {}
export interface GruForwardStep extends ForwardStepBase, GruCellForward {}

/** A forward step, keyed by its cell (`step.cell` is the model's cell). */
export type ForwardStep = RnnForwardStep | LstmForwardStep | GruForwardStep;

/**
 * What every backward step has, whatever its cell. The cell's part (BackwardStep, by `cell`):
 * dAct = dL/d(block value) (rnn '' = dh; gates df di do dg / dz dr dg); actDeriv = the factor through
 * each block's nonlinearity, act'(pre) (tanh: 1 − h², σ: s(1 − s)); dPre = dL/d(pre-activation) =
 * dAct ⊙ actDeriv; LSTM only: dcFromFuture (f_{t+1} ⊙ dc_{t+1}), the total dc = dL/dc_t and dcPrev =
 * dL/dc_{t−1}; GRU only: dRh = dL/d(r_t ⊙ h_{t−1}) = Whh_gᵀ dPre_g; dhPrev = dL/dh_{t−1} through step t.
 */
export interface BackwardStepBase {
  t: number;
  /** dL/dy_t = p_t − onehot(target) (all zeros when the step has no target). */
  dy: Float64Array;
  /** Whyᵀ dy_t: the part of dL/dh_t that comes from this step's output. */
  dhFromOutput: Float64Array;
  /** The part of dL/dh_t that comes from step t+1 (zeros at the last step). */
  dhFromFuture: Float64Array;
  /** Total dL/dh_t = dhFromOutput + dhFromFuture. */
  dh: Float64Array;
}

export interface RnnBackwardStep extends BackwardStepBase, RnnCellBackward {}
export interface LstmBackwardStep extends BackwardStepBase, LstmCellBackward {}
export interface GruBackwardStep extends BackwardStepBase, GruCellBackward {}

/** A backward step, keyed by its cell. */
export type BackwardStep = RnnBackwardStep | LstmBackwardStep | GruBackwardStep;

/** What every trace has, whatever its cell. */
export interface TraceBase {
  model: Model;
  inputs: (number | null)[];
  targets: (number | null)[];
  T: number;
  loss: number;
  /** dL/dW for every weight, the sum of all steps' contributions. */
  grads: Weights;
  dh0: Float64Array;
}

/** forward[t − 1] and backward[t − 1] are the steps of time t (backward computed from t = T down to 1). */
export interface RnnTrace extends TraceBase {
  cell: 'rnn';
  forward: RnnForwardStep[];
  backward: RnnBackwardStep[];
  dc0: null;
}

export interface LstmTrace extends TraceBase {
  cell: 'lstm';
  forward: LstmForwardStep[];
  backward: LstmBackwardStep[];
  /** dL/dc0. */
  dc0: Float64Array;
}

export interface GruTrace extends TraceBase {
  cell: 'gru';
  forward: GruForwardStep[];
  backward: GruBackwardStep[];
  dc0: null;
}

/** A trace, keyed by its cell: `trace.cell` (= trace.model.cell) narrows the steps' types. */
export type Trace = RnnTrace | LstmTrace | GruTrace;

/** The trace, forward step and backward step types of one cell. */
export type TraceOf<C extends CellType> = Extract<Trace, { cell: C }>;
export type ForwardStepOf<C extends CellType> = Extract<ForwardStep, { cell: C }>;
export type BackwardStepOf<C extends CellType> = Extract<BackwardStep, { cell: C }>;

/**
 * Block `blk` of a step's block record (pre, act, hIn, dAct, actDeriv, dPre), for code generic over
 * cells; throws EngineError for a block the cell lacks (e.g. 'z' of an LSTM step).
 */
export function blockOf(vectors: BlockVectors, blk: Block): Float64Array {
  const v = vectors[blk];
  if (v === undefined) {
    const has = Object.keys(vectors).map((k) => `'${k}'`);
    throw new EngineError(`this cell has no block '${blk}' (its blocks are ${has.join(', ')})`);
  }
  return v;
}

/**
 * The trace or step as one of the given cell (asCell(f, 'lstm').c, asCell(trace, 'gru').forward …), for a
 * reader that knows its cell from elsewhere; throws EngineError if it is another cell's.
 */
export function asCell<C extends CellType>(trace: Trace, cell: C): TraceOf<C>;
export function asCell<C extends CellType>(step: ForwardStep, cell: C): ForwardStepOf<C>;
export function asCell<C extends CellType>(step: BackwardStep, cell: C): BackwardStepOf<C>;
export function asCell(
  x: Trace | ForwardStep | BackwardStep,
  cell: CellType,
): Trace | ForwardStep | BackwardStep {
  if (x.cell === cell) return x;
  const what = 'T' in x ? 'the trace' : `step ${x.t}`;
  const an = (c: CellType) => `${c === 'gru' ? 'a' : 'an'} ${c} cell`;
  throw new EngineError(`${what} is of ${an(x.cell)}, not of ${an(cell)}: it has no such quantities`);
}

export function checkSequence(model: Model, inputs: (number | null)[], targets: (number | null)[]): void {
  const V = model.vocab.length;
  if (inputs.length < 1) throw new EngineError('the sequence has no steps');
  if (inputs.length !== targets.length) {
    throw new EngineError(`input has ${inputs.length} steps but target has ${targets.length}`);
  }
  for (const ix of inputs) {
    if (ix !== null && !(ix >= 0 && ix < V)) throw new EngineError(`input index ${ix} is out of range`);
  }
  for (const ix of targets) {
    if (ix !== null && !(ix >= 0 && ix < V)) throw new EngineError(`target index ${ix} is out of range`);
  }
}

/**
 * Forward then backward through time, recording every intermediate. An input null is a step with no
 * input (x_t = 0); a target null is a step with no loss.
 */
export function buildTrace(model: Model, inputs: (number | null)[], targets: (number | null)[]): Trace {
  checkSequence(model, inputs, targets);
  const H = model.hiddenSize;
  if (model.cell === 'lstm') {
    const c0 = Float64Array.from(model.c0 ?? new Float64Array(H));
    const dcT = new Float64Array(H); // dL/dc_T from the future: none
    const pass = runPass(
      model,
      inputs,
      targets,
      (x, hPrev, prev: LstmCellForward | undefined) => lstmForward(model, x, hPrev, prev ? prev.c : c0),
      (f, dh, next: LstmCellBackward | undefined) => lstmBackward(model, f, dh, next ? next.dcPrev : dcT),
    );
    return { cell: 'lstm', ...pass, dc0: pass.backward[0].dcPrev };
  }
  if (model.cell === 'gru') {
    const pass = runPass(
      model,
      inputs,
      targets,
      (x, hPrev): GruCellForward => gruForward(model, x, hPrev),
      (f, dh): GruCellBackward => gruBackward(model, f, dh),
    );
    return { cell: 'gru', ...pass, dc0: null };
  }
  const pass = runPass(
    model,
    inputs,
    targets,
    (x, hPrev): RnnCellForward => rnnForward(model, x, hPrev),
    (f, dh): RnnCellBackward => rnnBackward(model, f, dh),
  );
  return { cell: 'rnn', ...pass, dc0: null };
}

/** One cell's forward step, given x_t, h_{t−1} and the previous step (undefined at t = 1). */
type ForwardFn<C extends CellForward> = (input: number | null, hPrev: Float64Array, prev: C | undefined) => C;
/** One cell's backward step, given its forward step, dL/dh_t and the step t+1 (undefined at t = T). */
type BackwardFn<F, B extends CellBackward> = (f: F, dh: Float64Array, next: B | undefined) => B;

/** The forward and backward pass of one cell, and the trace fields they give (all but cell and dc0). */
function runPass<C extends CellForward, B extends CellBackward>(
  model: Model,
  inputs: (number | null)[],
  targets: (number | null)[],
  forwardFn: ForwardFn<C>,
  backwardFn: BackwardFn<ForwardStepBase & C, B>,
) {
  const forward = runForward(model, inputs, targets, forwardFn);
  const { backward, grads, dh0 } = runBackward(model, forward, backwardFn);
  const loss = forward.reduce((s, f) => s + f.loss, 0);
  return { model, inputs, targets, T: inputs.length, loss, forward, backward, grads, dh0 };
}

function runForward<C extends CellForward>(
  model: Model,
  inputs: (number | null)[],
  targets: (number | null)[],
  forwardFn: ForwardFn<C>,
): (ForwardStepBase & C)[] {
  const { weights: W, hiddenSize: H } = model;
  const V = model.vocab.length;
  const steps: (ForwardStepBase & C)[] = [];
  let hPrev: Float64Array = Float64Array.from(model.h0);
  let prev: C | undefined;
  for (let k = 0; k < inputs.length; k++) {
    const cell = forwardFn(inputs[k], hPrev, prev);
    // y_t = Why h_t + by; p_t = softmax(y_t)
    const y = Float64Array.from(W.by);
    addMatVec(W.Why, V, H, cell.h, y);
    const p = softmax(y);
    const target = targets[k];
    const loss = target === null ? 0 : crossEntropy(y, target);
    const base: ForwardStepBase = {
      t: k + 1,
      input: inputs[k],
      target,
      hPrev,
      y,
      p,
      loss,
      argmax: argmax(y),
    };
    steps.push({ ...base, ...cell });
    hPrev = cell.h;
    prev = cell;
  }
  return steps;
}

function runBackward<C extends CellForward, B extends CellBackward>(
  model: Model,
  forward: (ForwardStepBase & C)[],
  backwardFn: BackwardFn<ForwardStepBase & C, B>,
) {
  const { weights: W, hiddenSize: H } = model;
  const V = model.vocab.length;
  const grads = zerosLike(W);
  const backward: (BackwardStepBase & B)[] = new Array(forward.length);
  let dhNext: Float64Array = new Float64Array(H);
  let next: B | undefined;
  for (let k = forward.length - 1; k >= 0; k--) {
    const f = forward[k];
    // dy_t = p_t − onehot(target)
    const dy = new Float64Array(V);
    if (f.target !== null) {
      dy.set(f.p);
      dy[f.target] -= 1;
    }
    // backprop into h: from this step's output, plus from the future
    const dhFromOutput = new Float64Array(H);
    addMatTVec(W.Why, V, H, dy, dhFromOutput);
    const dh = new Float64Array(H);
    for (let j = 0; j < H; j++) dh[j] = dhFromOutput[j] + dhNext[j];
    const b = backwardFn(f, dh, next);
    const base: BackwardStepBase = { t: f.t, dy, dhFromOutput, dhFromFuture: dhNext, dh };
    backward[k] = { ...base, ...b };
    accumulateStep(grads, model, f, backward[k]);
    dhNext = b.dhPrev;
    next = b;
  }
  return { backward, grads, dh0: dhNext };
}

/** Adds step t's contribution to every weight gradient (dWhy += dy hᵀ, dWxh_k += dPre_k xᵀ, …). */
function accumulateStep(
  grads: Weights,
  model: Model,
  f: { input: number | null; h: Float64Array; hIn: BlockVectors },
  b: { dy: Float64Array; dPre: BlockVectors },
): void {
  const V = model.vocab.length;
  const H = model.hiddenSize;
  addOuter(b.dy, f.h, grads.Why);
  for (let v = 0; v < V; v++) grads.by[v] += b.dy[v];
  for (const blk of BLOCKS[model.cell]) {
    const d = blockOf(b.dPre, blk);
    const dWxh = grads[blockName('Wxh', blk)];
    const dbh = grads[blockName('bh', blk)];
    const x = f.input;
    for (let j = 0; j < H; j++) {
      if (x !== null) dWxh[j * V + x] += d[j]; // one-hot x_t: dWxh gains dPre in column input
      dbh[j] += d[j];
    }
    addOuter(d, blockOf(f.hIn, blk), grads[blockName('Whh', blk)]);
  }
}

/** This step's own contribution to the gradient of one weight (a fresh array, same shape). */
export function stepContribution(trace: Trace, t: number, name: string): Float64Array {
  const out = new Float64Array(trace.grads[name].length);
  addStepContribution(trace, t, name, out);
  return out;
}

/** out += step t's contribution to the gradient of weight `name` (no allocation: for sweeps over a pass). */
export function addStepContribution(trace: Trace, t: number, name: string, out: Float64Array): void {
  const { model } = trace;
  const f = trace.forward[t - 1];
  const b = trace.backward[t - 1];
  const V = model.vocab.length;
  const H = model.hiddenSize;
  if (name === 'Why') addOuter(b.dy, f.h, out);
  else if (name === 'by') for (let k = 0; k < out.length; k++) out[k] += b.dy[k];
  else {
    const [base, blk = ''] = name.split('_') as [string, Block?];
    const d = blockOf(b.dPre, blk);
    if (base === 'bh') for (let k = 0; k < out.length; k++) out[k] += d[k];
    else if (base === 'Whh') addOuter(d, blockOf(f.hIn, blk), out);
    else if (f.input !== null) for (let j = 0; j < H; j++) out[j * V + f.input] += d[j];
  }
}

/** Σ over steps s ≥ t of their contributions: the gradient accumulated when backward has reached t. */
export function accumulatedFrom(trace: Trace, t: number, name: string): Float64Array {
  const out = new Float64Array(trace.grads[name].length);
  for (let s = trace.T; s >= t; s--) {
    const c = stepContribution(trace, s, name);
    for (let k = 0; k < out.length; k++) out[k] += c[k];
  }
  return out;
}
