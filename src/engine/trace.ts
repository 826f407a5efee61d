/**
 * The trace: one forward pass and one backward pass through time (BPTT) for a model, its weights,
 * h0 (c0) and an input/target sequence, with every intermediate kept. Computed once; the UI steps
 * over it with a cursor. Loss L = Σ_t −ln p_t[target_t]; a step with target null adds no loss.
 */

import { backwardCell, forwardCell } from './cells';
import { addMatTVec, addMatVec, addOuter } from './linalg';
import { BLOCKS, type Block, blockName, EngineError, type Model, type Weights, zerosLike } from './model';
import { argmax, crossEntropy, softmax } from './numeric';

export type BlockVectors = Partial<Record<Block, Float64Array>>;

export interface ForwardStep {
  /** 1-based step number. */
  t: number;
  /** Vocabulary index of x_t, or null for a step with no input (x_t = 0, e.g. one-to-many). */
  input: number | null;
  target: number | null;
  hPrev: Float64Array;
  cPrev: Float64Array | null;
  /** Pre-activation of each block: rnn '' = Wxh x + Whh h_{t−1} + bh; lstm f i o g; gru z r g. */
  pre: BlockVectors;
  /** Activated value of each block: rnn '' = h_t; gates f i o g / z r g. */
  act: BlockVectors;
  /** The vector each block's Whh multiplies: h_{t−1}, except the GRU's g block (r_t ⊙ h_{t−1}). */
  hIn: BlockVectors;
  /** LSTM cell state c_t and tanh(c_t); null for rnn and gru. */
  c: Float64Array | null;
  tanhC: Float64Array | null;
  h: Float64Array;
  /** Scores y_t = Why h_t + by. */
  y: Float64Array;
  /** p_t = softmax(y_t). */
  p: Float64Array;
  /** −ln p_t[target], 0 when the step has no target. */
  loss: number;
  argmax: number;
}

export interface BackwardStep {
  t: number;
  /** dL/dy_t = p_t − onehot(target) (all zeros when the step has no target). */
  dy: Float64Array;
  /** Whyᵀ dy_t: the part of dL/dh_t that comes from this step's output. */
  dhFromOutput: Float64Array;
  /** The part of dL/dh_t that comes from step t+1 (zeros at the last step). */
  dhFromFuture: Float64Array;
  /** Total dL/dh_t = dhFromOutput + dhFromFuture. */
  dh: Float64Array;
  /** LSTM: the part of dL/dc_t from step t+1 (f_{t+1} ⊙ dc_{t+1}), and the total dL/dc_t. */
  dcFromFuture: Float64Array | null;
  dc: Float64Array | null;
  /** dL/d(block value): rnn '' = dh; gates df di do dg / dz dr dg. */
  dAct: BlockVectors;
  /** The factor through each block's nonlinearity: act'(pre) (tanh: 1 − h², σ: s(1 − s)). */
  actDeriv: BlockVectors;
  /** dL/d(pre-activation) of each block = dAct ⊙ actDeriv. */
  dPre: BlockVectors;
  /** GRU only: dL/d(r_t ⊙ h_{t−1}) = Whh_gᵀ dPre_g. */
  dRh: Float64Array | null;
  /** What this step passes back: dL/dh_{t−1} through step t, and dL/dc_{t−1} (LSTM). */
  dhPrev: Float64Array;
  dcPrev: Float64Array | null;
}

export interface Trace {
  model: Model;
  inputs: (number | null)[];
  targets: (number | null)[];
  T: number;
  loss: number;
  forward: ForwardStep[];
  /** backward[t − 1] is the backward step of time t (computed from t = T down to 1). */
  backward: BackwardStep[];
  /** dL/dW for every weight, the sum of all steps' contributions. */
  grads: Weights;
  dh0: Float64Array;
  dc0: Float64Array | null;
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
  const forward = runForward(model, inputs, targets);
  const { backward, grads, dh0, dc0 } = runBackward(model, forward);
  const loss = forward.reduce((s, f) => s + f.loss, 0);
  return { model, inputs, targets, T: inputs.length, loss, forward, backward, grads, dh0, dc0 };
}

function runForward(model: Model, inputs: (number | null)[], targets: (number | null)[]): ForwardStep[] {
  const { weights: W, hiddenSize: H } = model;
  const V = model.vocab.length;
  const steps: ForwardStep[] = [];
  let hPrev: Float64Array = Float64Array.from(model.h0);
  let cPrev: Float64Array | null =
    model.cell === 'lstm' ? Float64Array.from(model.c0 ?? new Float64Array(H)) : null;
  for (let k = 0; k < inputs.length; k++) {
    const cell = forwardCell(model, inputs[k], hPrev, cPrev);
    // y_t = Why h_t + by; p_t = softmax(y_t)
    const y = Float64Array.from(W.by);
    addMatVec(W.Why, V, H, cell.h, y);
    const p = softmax(y);
    const target = targets[k];
    const loss = target === null ? 0 : crossEntropy(y, target);
    steps.push({ t: k + 1, input: inputs[k], target, hPrev, cPrev, ...cell, y, p, loss, argmax: argmax(y) });
    hPrev = cell.h;
    cPrev = cell.c;
  }
  return steps;
}

function runBackward(model: Model, forward: ForwardStep[]) {
  const { weights: W, hiddenSize: H, cell } = model;
  const V = model.vocab.length;
  const grads = zerosLike(W);
  const backward: BackwardStep[] = new Array(forward.length);
  let dhNext: Float64Array = new Float64Array(H);
  let dcNext: Float64Array | null = cell === 'lstm' ? new Float64Array(H) : null;
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
    const b = backwardCell(model, f, dh, dcNext);
    backward[k] = { t: f.t, dy, dhFromOutput, dhFromFuture: dhNext, dh, dcFromFuture: dcNext, ...b };
    accumulateStep(grads, model, f, backward[k]);
    dhNext = b.dhPrev;
    dcNext = b.dcPrev;
  }
  return { backward, grads, dh0: dhNext, dc0: dcNext };
}

/** Adds step t's contribution to every weight gradient (dWhy += dy hᵀ, dWxh_k += dPre_k xᵀ, …). */
function accumulateStep(grads: Weights, model: Model, f: ForwardStep, b: BackwardStep): void {
  const V = model.vocab.length;
  const H = model.hiddenSize;
  addOuter(b.dy, f.h, grads.Why);
  for (let v = 0; v < V; v++) grads.by[v] += b.dy[v];
  for (const blk of BLOCKS[model.cell]) {
    const d = b.dPre[blk] as Float64Array;
    const dWxh = grads[blockName('Wxh', blk)];
    const dbh = grads[blockName('bh', blk)];
    const x = f.input;
    for (let j = 0; j < H; j++) {
      if (x !== null) dWxh[j * V + x] += d[j]; // one-hot x_t: dWxh gains dPre in column input
      dbh[j] += d[j];
    }
    addOuter(d, f.hIn[blk] as Float64Array, grads[blockName('Whh', blk)]);
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
    const d = b.dPre[blk as Block] as Float64Array;
    if (base === 'bh') for (let k = 0; k < out.length; k++) out[k] += d[k];
    else if (base === 'Whh') addOuter(d, f.hIn[blk as Block] as Float64Array, out);
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
