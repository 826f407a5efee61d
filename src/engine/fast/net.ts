/**
 * The lean training path: loss, every weight gradient, dh0 (dc0) and the final state of one window,
 * equal to buildTrace's up to float rounding (fast.test.ts), without recording the intermediates for
 * display. All workspaces are preallocated once per (cell, V, H, maxT); a window allocates nothing.
 *
 * Per window:  forward recurrence (cell file) → Y = H·Whyᵀ + by for all steps at once → softmax, loss,
 * dy per step → dH_out = dY·Why, dWhy = dYᵀ·H, dby = Σ dy (batched) → backward recurrence (cell file)
 * → dWhh = dAᵀ·H_prev (batched), dWxh column scatter, dbh = Σ da.
 */
import { ACTIVATIONS, EngineError, type Model, type Weights } from '../model';
import { gemm } from './kernels';
import { type Layout, layoutFor, packInto, viewsOf } from './layout';

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
  /** Window: input indices and targets (−1 = no target). */
  xs: Int32Array;
  ys: Int32Array;
  /** hs row t (length H) = h_t for t = 0..len; row 0 is the state the window starts from. cs likewise (lstm). */
  hs: Float64Array;
  cs: Float64Array;
  /** Per step t, G·H: pre-activations and gate values (blocks in BLOCKS order); da = dL/d(pre). */
  pre: Float64Array;
  gates: Float64Array;
  da: Float64Array;
  /** lstm tanh(c_t); gru r_t ⊙ h_{t−1} (per step, H). */
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
}

/** A fast net for `model`'s cell and sizes, with a copy of its weights, for windows of up to maxT steps. */
export function createFastNet(model: Model, maxT: number): FastNet {
  const V = model.vocab.length;
  const H = model.hiddenSize;
  if (!(maxT >= 1)) throw new EngineError(`window length must be at least 1, got ${maxT}`);
  const layout = layoutFor(model.cell, V, H);
  const G = layout.G;
  const params = new Float64Array(layout.total);
  packInto(model.weights, params, layout);
  const grads = new Float64Array(layout.total);
  const f = (n: number) => new Float64Array(n);
  return {
    layout, cell: model.cell, actCode: ACTIVATIONS.indexOf(model.activation), V, H, G, maxT,
    params, grads, weights: viewsOf(params, layout), gradWeights: viewsOf(grads, layout),
    xs: new Int32Array(maxT), ys: new Int32Array(maxT),
    hs: f((maxT + 1) * H), cs: f(model.cell === 'lstm' ? (maxT + 1) * H : 0),
    pre: f(maxT * G * H), gates: f(maxT * G * H), da: f(maxT * G * H),
    tc: f(model.cell === 'lstm' ? maxT * H : 0), rh: f(model.cell === 'gru' ? maxT * H : 0),
    y: f(maxT * V), dy: f(maxT * V), dhOut: f(maxT * H),
    dhNext: f(H), dcNext: f(H), dRh: f(H), dhT: f(H),
  };
}

/** Loads a window (inputs, targets with null = no loss) and the start state into the net. */
export function setWindow(net: FastNet, inputs: ArrayLike<number>, targets: ArrayLike<number | null>, h: ArrayLike<number>, c: ArrayLike<number> | null): void {
  if (inputs.length > net.maxT) throw new EngineError(`window of ${inputs.length} steps exceeds ${net.maxT}`);
  for (let t = 0; t < inputs.length; t++) {
    net.xs[t] = inputs[t];
    const y = targets[t];
    net.ys[t] = y === null ? -1 : y;
  }
  net.hs.set(h);
  if (net.cell === 'lstm') net.cs.set(c ?? new Float64Array(net.H));
}

/** pre[t] = bh + Wxh[:, x_t] for every block (the one-hot input is a column gather). */
export function preInit(net: FastNet, t: number): void {
  const { params: P, pre, V } = net;
  const GH = net.G * net.H;
  const base = t * GH;
  const x = net.xs[t];
  const bh = net.layout.bh;
  let w = net.layout.wxh + x;
  for (let q = 0; q < GH; q++) {
    pre[base + q] = P[bh + q] + P[w];
    w += V;
  }
}

/** Output layer for steps 0..len−1: y_t = Why h_t + by, p_t = softmax(y_t), loss, dy_t = p_t − onehot. */
export function outputForward(net: FastNet, len: number): number {
  const { params: P, y, V, H } = net;
  const by = net.layout.by;
  for (let t = 0; t < len; t++) for (let v = 0; v < V; v++) y[t * V + v] = P[by + v];
  gemm(len, V, H, net.hs, H, H, 1, P, net.layout.why, H, 1, y, 0, V); // Y += H_{1..len} · Whyᵀ
  let loss = 0;
  for (let t = 0; t < len; t++) loss += softmaxStep(net, t);
  return loss;
}

/** p = e^(y − max) / Σ e^(y − max) into dy; returns −ln p[target] = max + ln Σ − y[target]; dy = p − onehot. */
function softmaxStep(net: FastNet, t: number): number {
  const { y, dy, V } = net;
  const o = t * V;
  const target = net.ys[t];
  if (target < 0) {
    dy.fill(0, o, o + V);
    return 0;
  }
  let m = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < V; k++) if (y[o + k] > m) m = y[o + k];
  let s = 0;
  for (let k = 0; k < V; k++) {
    const e = Math.exp(y[o + k] - m);
    dy[o + k] = e;
    s += e;
  }
  const inv = 1 / s;
  for (let k = 0; k < V; k++) dy[o + k] *= inv;
  dy[o + target] -= 1;
  return m + Math.log(s) - y[o + target];
}

/** dH_out = dY·Why (T × H), dWhy += dYᵀ·H_{1..len}, dby += Σ_t dy_t. */
export function outputBackward(net: FastNet, len: number): void {
  const { params: P, grads: D, dy, dhOut, V, H } = net;
  const { why, by } = net.layout;
  dhOut.fill(0, 0, len * H);
  gemm(len, H, V, dy, 0, V, 1, P, why, 1, H, dhOut, 0, H);
  gemm(V, H, len, dy, 0, 1, V, net.hs, H, 1, H, D, why, H);
  for (let t = 0; t < len; t++) for (let v = 0; v < V; v++) D[by + v] += dy[t * V + v];
}

/** dWxh_k[:, x_t] += da_k,t and dbh_k += da_k,t for every block and step. */
export function inputBackward(net: FastNet, len: number): void {
  const { grads: D, da, V } = net;
  const GH = net.G * net.H;
  const { wxh, bh } = net.layout;
  for (let t = 0; t < len; t++) {
    const base = t * GH;
    let w = wxh + net.xs[t];
    for (let q = 0; q < GH; q++) {
      const d = da[base + q];
      D[w] += d;
      D[bh + q] += d;
      w += V;
    }
  }
}

/** dW (rows × H, at offset wo of grads) += Σ_t da[t, q0 + r] · src[t, :] for t < len (Aᵀ·B over the window). */
export function recurrentGrad(net: FastNet, len: number, q0: number, rows: number, src: Float64Array, wo: number): void {
  const GH = net.G * net.H;
  gemm(rows, net.H, len, net.da, q0, 1, GH, src, 0, 1, net.H, net.grads, wo, net.H);
}
