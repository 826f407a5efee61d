/**
 * Training over a text, min-char-rnn style (as `../shared/bench/minchar_numpy.py`, beside the checkout,
 * not in this repository): a data pointer p
 * walks the encoded text in windows of T; at the first step, or when p + T + 1 would pass the end,
 * p = 0 and the state goes back to h0 (c0). Inputs are text[p .. p+T), targets text[p+1 .. p+T];
 * the hidden (and cell) state is carried from one window to the next; p += T.
 * Each step runs the fast path (fast/) and one fused clip + optimiser pass over the flat weights.
 */
import { type Clip, clipByValue, sumSquares } from './clip';
import { createFastNet, type FastNet, type KernelChoice, lossAndGrads } from './fast/index';
import { copyRange, zeroRange } from './fast/kernels';
import { packInto, viewsOf } from './fast/layout';
import { cloneModel, EngineError, type Model } from './model';
import {
  cloneOptimizerState,
  createOptimizer,
  type OptimizerHyper,
  type OptimizerKind,
  type OptimizerState,
  SLOT_NAMES,
  updateArrays,
} from './optim';
import { sortedVocab, splitChars } from './text';

export { encodeText } from './text';

export interface TrainOptions {
  /** Window length T. */
  seqLength: number;
  /** Default adagrad (min-char-rnn). */
  optimizer?: OptimizerKind;
  /** Default lr 0.1 (see optim.ts DEFAULT_HYPER for the rest). */
  hyper?: Partial<OptimizerHyper>;
  /** Default clip by value to [−5, 5]. */
  clip?: Clip;
  /** Resume from a saved optimiser state (copied; must match the optimiser kind and the weights). */
  optState?: OptimizerState;
  /** Kernels of the fast path (default 'auto': WebAssembly SIMD for H ≥ 16 where available). */
  kernels?: KernelChoice;
}

export interface Trainer {
  net: FastNet;
  /** The trained model: its weights are views into net.params, always current. h0 and c0 are not trained. */
  model: Model;
  /** Optimiser state; its slot arrays are views into net.slotA / net.slotB (laid out like net.params). */
  opt: OptimizerState;
  clip: Clip;
  data: Int32Array;
  T: number;
  /** Data pointer and number of steps taken. */
  p: number;
  n: number;
  /** Loss of the last window, and min-char-rnn's smooth loss (0.999·s + 0.001·loss, from −ln(1/V)·T). */
  loss: number;
  smoothLoss: number;
}

export function createTrainer(model: Model, data: ArrayLike<number>, opts: TrainOptions): Trainer {
  const T = opts.seqLength;
  if (!(Number.isInteger(T) && T >= 1))
    throw new EngineError(`sequence length must be a positive integer, got ${T}`);
  if (data.length < T + 1)
    throw new EngineError(`the text needs at least ${T + 1} characters for windows of ${T}`);
  const V = model.vocab.length;
  for (let k = 0; k < data.length; k++) {
    if (!(data[k] >= 0 && data[k] < V))
      throw new EngineError(`text index ${data[k]} at ${k} is out of range`);
  }
  const net = createFastNet(model, T, opts.kernels);
  const trained: Model = {
    cell: model.cell,
    activation: model.activation,
    vocab: [...model.vocab],
    hiddenSize: model.hiddenSize,
    weights: net.weights,
    h0: Float64Array.from(model.h0),
    c0: model.c0 ? Float64Array.from(model.c0) : null,
  };
  const saved = opts.optState;
  const opt = createOptimizer(
    saved?.kind ?? opts.optimizer ?? 'adagrad',
    net.weights,
    saved?.hyper ?? opts.hyper,
  );
  SLOT_NAMES[opt.kind].forEach((name, k) => {
    opt.slots[name] = viewsOf(k === 0 ? net.slotA : net.slotB, net.layout);
    if (saved) copySlot(saved, name, opt.slots[name]);
  });
  if (saved) opt.step = saved.step;
  const clip = opts.clip ?? clipByValue(5);
  return {
    net,
    model: trained,
    opt,
    clip,
    data: Int32Array.from(data),
    T,
    p: 0,
    n: 0,
    loss: 0,
    smoothLoss: -Math.log(1 / V) * T,
  };
}

function copySlot(saved: OptimizerState, name: string, into: Record<string, Float64Array>): void {
  const from = saved.slots[name];
  if (!from) throw new EngineError(`the saved optimiser state has no '${name}' slot`);
  for (const [w, arr] of Object.entries(into)) {
    if (from[w]?.length !== arr.length)
      throw new EngineError(`the saved optimiser state does not fit weight '${w}'`);
    arr.set(from[w]);
  }
}

/** One training step (window, forward, backward, clipped update); returns the window's loss. */
export function trainStep(tr: Trainer): number {
  const { net, data, T } = tr;
  if (tr.n === 0 || tr.p + T + 1 > data.length) {
    tr.p = 0;
    resetState(tr);
  }
  const p = tr.p;
  for (let t = 0; t < T; t++) {
    net.xs[t] = data[p + t]; // inputs text[p .. p+T)
    net.ys[t] = data[p + t + 1]; // targets text[p+1 .. p+T]
  }
  const loss = lossAndGrads(net, T);
  update(tr);
  const H = net.H;
  copyRange(net.hs, T * H, net.hs, 0, H); // carry h_T into the next window
  if (net.cell === 'lstm') copyRange(net.cs, T * H, net.cs, 0, H);
  tr.p += T;
  tr.n += 1;
  tr.loss = loss;
  tr.smoothLoss = tr.smoothLoss * 0.999 + loss * 0.001;
  return loss;
}

/** `steps` training steps; returns the last window's loss. */
export function trainSteps(tr: Trainer, steps: number): number {
  for (let k = 0; k < steps; k++) trainStep(tr);
  return tr.loss;
}

/** h ← h0 (c ← c0, or zeros). */
export function resetState(tr: Trainer): void {
  const { net, model } = tr;
  copyRange(model.h0, 0, net.hs, 0, net.H);
  if (net.cell === 'lstm') {
    if (model.c0) copyRange(model.c0, 0, net.cs, 0, net.H);
    else zeroRange(net.cs, 0, net.H);
  }
}

/** Clip and optimiser step in one pass over the flat gradient: d = clamp(s·g, −c, c), then the rule. */
function update(tr: Trainer): void {
  const { net, opt, clip } = tr;
  let scale = 1;
  let limit = Number.POSITIVE_INFINITY;
  if (clip.kind === 'value') limit = clip.limit;
  else if (clip.kind === 'norm') {
    const norm = Math.sqrt(sumSquares(net.grads));
    if (norm > clip.maxNorm) scale = clip.maxNorm / norm; // s = maxNorm / ‖g‖₂
  }
  opt.step += 1;
  const w = net.wasm;
  if (w !== null && opt.kind === 'adagrad') {
    const { lr, eps } = opt.hyper;
    w.adagrad(8 * net.at.params, 8 * net.at.grads, 8 * net.at.slotA, net.layout.total, lr, eps, scale, limit);
  } else updateArrays(opt, net.params, net.grads, net.slotA, net.slotB, null, scale, limit);
}

/**
 * Starts the trainer over from `model` (same cell, activation and sizes): its weights, h0 and c0 copied in,
 * a fresh optimiser (zero slots, step 0), the data pointer at 0. Training then goes exactly as in a new
 * trainer, without allocating another net.
 */
export function resetTrainer(tr: Trainer, model: Model): void {
  const { net } = tr;
  if (
    model.cell !== net.cell ||
    model.activation !== tr.model.activation ||
    model.vocab.length !== net.V ||
    model.hiddenSize !== net.H
  ) {
    throw new EngineError('the model does not match the trainer’s cell, activation or sizes');
  }
  packInto(model.weights, net.params, net.layout);
  tr.model.h0.set(model.h0);
  if (tr.model.c0) tr.model.c0.set(model.c0 ?? new Float64Array(net.H));
  net.slotA.fill(0);
  net.slotB.fill(0);
  tr.opt.step = 0;
  tr.p = 0;
  tr.n = 0;
  tr.loss = 0;
  tr.smoothLoss = -Math.log(1 / net.V) * tr.T;
}

/** Copies the trained weights into another model of the same cell and sizes. */
export function writeBack(tr: Trainer, target: Model): void {
  for (const [name, w] of Object.entries(tr.model.weights)) target.weights[name].set(w);
}

/**
 * Compact copies of the trained model and the optimiser state, detached from the trainer's memory
 * (whose views would drag the whole workspace along when posted to or from a Web Worker).
 */
export function snapshot(tr: Trainer): { model: Model; opt: OptimizerState } {
  return { model: cloneModel(tr.model), opt: cloneOptimizerState(tr.opt) };
}
