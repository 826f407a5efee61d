/**
 * The lean training path: loss, every weight gradient, dh0 (dc0) and the final state of one window,
 * equal to buildTrace's up to float rounding (fast.test.ts), without recording the intermediates for
 * display. All workspaces are preallocated once per (cell, V, H, maxT); a window allocates nothing.
 *
 * Per window (index.ts):  forward recurrence (rnn/lstm/gru.ts) → Y = H·Whyᵀ + by for all steps at once,
 * softmax, loss, dy per step → dH_out = dY·Why, dWhy = dYᵀ·H, dby = Σ dy (output.ts) → backward
 * recurrence (cell file) → dWhh = dAᵀ·H_prev (batched), dWxh column scatter, dbh = Σ da (here).
 * A tiny vanilla RNN takes the fused per-step path instead (small-rnn.ts).
 */

import { ACTIVATIONS, EngineError, type Model, type Weights } from '../model';
import { type Layout, layoutFor, packInto, viewsOf } from './layout';
import { gemmOp } from './ops';
import { instantiateKernels, type WasmKernels } from './wasm-kernels';

export interface FastNet {
  layout: Layout;
  cell: Model['cell'];
  /** Index into ACTIVATIONS (rnn only). */
  actCode: number;
  V: number;
  H: number;
  G: number;
  maxT: number;
  /** All weights in one buffer (layout.ts), and the gradient of the last window in the same layout. */
  params: Float64Array;
  grads: Float64Array;
  /** Named views of params and grads, keys in file order. */
  weights: Weights;
  gradWeights: Weights;
  /** Window: input indices (−1 = no input, x_t = 0) and targets (−1 = no target), int32 views of `window`. */
  xs: Int32Array;
  ys: Int32Array;
  /** hs row t (length H) = h_t for t = 0..len; row 0 is the state the window starts from. cs likewise (lstm). */
  hs: Float64Array;
  cs: Float64Array;
  /** Per step t, G·H: pre-activations and gate values (blocks in BLOCKS order); da = dL/d(pre). */
  pre: Float64Array;
  gates: Float64Array;
  da: Float64Array;
  /** lstm Math.tanh(c_t); gru r_t ⊙ h_{t−1} (per step, H). */
  tc: Float64Array;
  rh: Float64Array;
  /** Per step, V: scores y_t, then dy_t = p_t − onehot(target). */
  y: Float64Array;
  dy: Float64Array;
  /** Per step, H: Whyᵀ dy_t. */
  dhOut: Float64Array;
  /** dL/dh_{t−1} (dL/dc_{t−1}) carried backwards; after a window, dh0 (dc0). gru: dRh and dh scratch. */
  dhNext: Float64Array;
  dcNext: Float64Array;
  dRh: Float64Array;
  dhT: Float64Array;
  /** Optimiser slots laid out like params (used by train.ts; zeros until then). */
  slotA: Float64Array;
  slotB: Float64Array;
  /** SIMD kernels bound to the memory all the arrays above live in, or null for the JS kernels. */
  wasm: WasmKernels | null;
  /** The fused per-step path for a tiny vanilla RNN (small-rnn.ts) instead of the batched one. */
  small: boolean;
  /** The window's loss parts: product of softmax sums, times it was scaled by 1e−200, Σ (max − y[target]). */
  lossAcc: Float64Array;
  /** The whole memory the arrays above are views of, and where each starts in it (in elements). */
  mem: Float64Array;
  at: Record<Region, number>;
}

/** The arrays that live in a net's memory. */
type Region =
  | 'params'
  | 'grads'
  | 'slotA'
  | 'slotB'
  | 'hs'
  | 'cs'
  | 'pre'
  | 'gates'
  | 'da'
  | 'tc'
  | 'rh'
  | 'y'
  | 'dy'
  | 'dhOut'
  | 'dhNext'
  | 'dcNext'
  | 'dRh'
  | 'dhT'
  | 'window';

/**
 * 'auto': the batched path on WebAssembly SIMD kernels where available, else on JS kernels; for a vanilla
 * RNN with H < 16 the fused per-step path instead (small-rnn.ts, its backward pass in wasm where available).
 * The others force one path (tests): 'js' and 'small-js' keep everything, the optimiser step included, in JS.
 */
export type KernelChoice = 'auto' | 'js' | 'wasm' | 'small' | 'small-js';

/** A fast net for `model`'s cell and sizes, with a copy of its weights, for windows of up to maxT steps. */
export function createFastNet(model: Model, maxT: number, kernels: KernelChoice = 'auto'): FastNet {
  const V = model.vocab.length;
  const H = model.hiddenSize;
  if (!(Number.isInteger(maxT) && maxT >= 1))
    throw new EngineError(`window length must be at least 1, got ${maxT}`);
  const layout = layoutFor(model.cell, V, H);
  const { G, total } = layout;
  const lstm = model.cell === 'lstm';
  const sizes: Record<Region, number> = {
    params: total,
    grads: total,
    slotA: total,
    slotB: total,
    hs: (maxT + 1) * H,
    cs: lstm ? (maxT + 1) * H : 0,
    pre: maxT * G * H,
    gates: maxT * G * H,
    da: maxT * G * H,
    tc: lstm ? maxT * H : 0,
    rh: model.cell === 'gru' ? maxT * H : 0,
    y: maxT * V,
    dy: maxT * V,
    dhOut: maxT * H,
    dhNext: H,
    dcNext: H,
    dRh: H,
    dhT: H,
    window: maxT, // xs then ys, as int32
  };
  const { arrays, at, mem, wasm } = allocate(sizes, kernels !== 'js' && kernels !== 'small-js');
  if (kernels === 'wasm' && wasm === null) throw new EngineError('WebAssembly SIMD is not available here');
  const small = model.cell === 'rnn' && (kernels.startsWith('small') || (kernels === 'auto' && H < 16));
  packInto(model.weights, arrays.params, layout);
  return {
    layout,
    cell: model.cell,
    actCode: ACTIVATIONS.indexOf(model.activation),
    V,
    H,
    G,
    maxT,
    ...arrays,
    weights: viewsOf(arrays.params, layout),
    gradWeights: viewsOf(arrays.grads, layout),
    xs: new Int32Array(mem.buffer, 8 * at.window, maxT),
    ys: new Int32Array(mem.buffer, 8 * at.window + 4 * maxT, maxT),
    wasm,
    small,
    lossAcc: new Float64Array(2),
    mem,
    at,
  };
}

/** Zeroed arrays of the given lengths in one memory (a wasm memory if wanted and possible), 16-byte aligned. */
function allocate<K extends string>(sizes: Record<K, number>, wantWasm: boolean) {
  let doubles = 0;
  const offsets = {} as Record<K, number>;
  for (const key of Object.keys(sizes) as K[]) {
    offsets[key] = doubles;
    doubles += sizes[key] + (sizes[key] % 2);
  }
  const inst = wantWasm ? instantiateKernels(doubles * 8) : null;
  const buffer = inst ? inst.memory.buffer : new ArrayBuffer(doubles * 8);
  const arrays = {} as Record<K, Float64Array>;
  for (const key of Object.keys(sizes) as K[])
    arrays[key] = new Float64Array(buffer, offsets[key] * 8, sizes[key]);
  return { arrays, at: offsets, mem: new Float64Array(buffer), wasm: inst ? inst.kernels : null };
}

/** Loads a window (inputs with null = no input, targets with null = no loss) and the start state into the net. */
export function setWindow(
  net: FastNet,
  inputs: ArrayLike<number | null>,
  targets: ArrayLike<number | null>,
  h: ArrayLike<number>,
  c: ArrayLike<number> | null,
): void {
  if (inputs.length > net.maxT) throw new EngineError(`window of ${inputs.length} steps exceeds ${net.maxT}`);
  for (let t = 0; t < inputs.length; t++) {
    const x = inputs[t];
    net.xs[t] = x === null ? -1 : x;
    const y = targets[t];
    net.ys[t] = y === null ? -1 : y;
  }
  net.hs.set(h);
  if (net.cell === 'lstm') net.cs.set(c ?? new Float64Array(net.H));
}

/** pre[t] = bh + Wxh[:, x_t] for every block (the one-hot input is a column gather; no input: x_t = 0). */
export function preInit(net: FastNet, t: number): void {
  const { params: P, pre, V } = net;
  const GH = net.G * net.H;
  const base = t * GH;
  const x = net.xs[t];
  const bh = net.layout.bh;
  if (x < 0) {
    for (let q = 0; q < GH; q++) pre[base + q] = P[bh + q];
    return;
  }
  let w = net.layout.wxh + x;
  for (let q = 0; q < GH; q++) {
    pre[base + q] = P[bh + q] + P[w];
    w += V;
  }
}

/** dbh_k += da_k,t and dWxh_k[:, x_t] += da_k,t (steps with an input) for every block and step. */
export function inputBackward(net: FastNet, len: number): void {
  const { grads: D, da, V } = net;
  const GH = net.G * net.H;
  const { wxh, bh } = net.layout;
  for (let t = 0; t < len; t++) {
    const base = t * GH;
    const x = net.xs[t];
    for (let q = 0; q < GH; q++) D[bh + q] += da[base + q];
    if (x < 0) continue; // no input: x_t = 0 adds nothing to dWxh
    for (let q = 0, w = wxh + x; q < GH; q++, w += V) D[w] += da[base + q];
  }
}

/**
 * dW (rows × H, at offset wo of the weights) += Σ_t da[t, q0 + r] · src[t, :] for t < len (Aᵀ·B over the
 * window); src is where the vectors Whh multiplied start in the net's memory (at.hs, or at.rh for gru's g).
 */
export function recurrentGrad(
  net: FastNet,
  len: number,
  q0: number,
  rows: number,
  src: number,
  wo: number,
): void {
  const { at, H } = net;
  gemmOp(net, rows, H, len, at.da + q0, 1, net.G * H, src, 1, H, at.grads + wo, H);
}
