/**
 * The output layer of the batched path, and the softmax and loss that the fused tiny-RNN path shares:
 *   y_t = Why h_t + by (all steps at once),  p_t = softmax(y_t),  L = Σ_t −ln p_t[target_t],
 *   dy_t = p_t − onehot(target_t);  dH_out = dY·Why,  dWhy += dYᵀ·H,  dby += Σ_t dy_t
 */
import { zeroRange } from './kernels';
import type { FastNet } from './net';
import { gemmOp } from './ops';

/** Output layer for steps 0..len−1: y_t = Why h_t + by, then softmax, loss and dy per step (softmaxStep). */
export function outputForward(net: FastNet, len: number): number {
  const { params: P, y, V, H, at } = net;
  const by = net.layout.by;
  for (let t = 0; t < len; t++) for (let v = 0; v < V; v++) y[t * V + v] = P[by + v];
  gemmOp(net, len, V, H, at.hs + H, H, 1, at.params + net.layout.why, H, 1, at.y, V); // Y += H_{1..len} · Whyᵀ
  startLoss(net);
  let loss = 0;
  for (let t = 0; t < len; t++) loss += softmaxStep(net, t);
  return finishLoss(net, loss);
}

/*
 * The window's loss L = Σ_t −ln p_t[target] = Σ_t (max_t − y_t[target]) + ln Π_t s_t, with
 * s_t = Σ_v e^(y_t,v − max_t) ∈ [1, V]: the product of the sums takes one logarithm per window
 * (scaled by 1e−200 whenever it passes 1e200, and the scalings counted).
 */
const LN_1E200 = Math.log(1e200);

export function startLoss(net: FastNet): void {
  net.lossAcc[0] = 1;
  net.lossAcc[1] = 0;
}

export function finishLoss(net: FastNet, partial: number): number {
  const acc = net.lossAcc;
  return partial + (acc[1] * LN_1E200 + Math.log(acc[0]));
}

/**
 * p = e^(y − max) / s, s = Σ e^(y − max), into dy's row; then dy = p − onehot(target). Returns
 * max − y[target] and multiplies s into the window's product (−ln p[target] = max + ln s − y[target]).
 */
export function softmaxStep(net: FastNet, t: number): number {
  const { y, dy, V } = net;
  const o = t * V;
  const target = net.ys[t];
  if (target < 0) {
    zeroRange(dy, o, o + V);
    return 0;
  }
  let km = 0;
  for (let k = 1; k < V; k++) if (y[o + k] > y[o + km]) km = k;
  const m = y[o + km];
  let s = 0;
  for (let k = 0; k < km; k++) {
    const e = Math.exp(y[o + k] - m);
    dy[o + k] = e;
    s += e;
  }
  dy[o + km] = 1; // e^0, without the call
  s += 1;
  for (let k = km + 1; k < V; k++) {
    const e = Math.exp(y[o + k] - m);
    dy[o + k] = e;
    s += e;
  }
  const inv = 1 / s;
  for (let k = 0; k < V; k++) dy[o + k] *= inv;
  dy[o + target] -= 1;
  const acc = net.lossAcc;
  const prod = acc[0] * s;
  if (prod > 1e200) {
    acc[0] = prod * 1e-200;
    acc[1] += 1;
  } else acc[0] = prod;
  return m - y[o + target];
}

/** dH_out = dY·Why (T × H), dWhy += dYᵀ·H_{1..len}, dby += Σ_t dy_t. */
export function outputBackward(net: FastNet, len: number): void {
  const { grads: D, dy, dhOut, V, H, at } = net;
  const { why, by } = net.layout;
  zeroRange(dhOut, 0, len * H);
  gemmOp(net, len, H, V, at.dy, V, 1, at.params + why, 1, H, at.dhOut, H); // dH_out = dY·Why
  gemmOp(net, V, H, len, at.dy, 1, V, at.hs + H, 1, H, at.grads + why, H); // dWhy += dYᵀ·H_{1..len}
  for (let t = 0; t < len; t++) for (let v = 0; v < V; v++) D[by + v] += dy[t * V + v];
}
