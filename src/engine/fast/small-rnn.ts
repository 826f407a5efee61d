/**
 * The vanilla RNN for tiny sizes (the lecture's 'hello', H = 3): the same equations as rnn.ts and
 * net.ts, but fused per step (hidden update, output, softmax; then its backward step) in two loops
 * over t, because at these sizes the batched products' loop and call overhead costs more than the
 * arithmetic.
 *   forward:  a_t = Wxh x_t + Whh h_{t−1} + bh;  h_t = act(a_t);  y_t = Why h_t + by;  p_t = softmax(y_t)
 *   backward: dy_t = p_t − onehot;  dh_t = Whyᵀ dy_t + dh_next;  da_t = dh_t ⊙ act'(a_t);  dh_next = Whhᵀ da_t
 *             dWhy += dy_t h_tᵀ, dby += dy_t, dWhh += da_t h_{t−1}ᵀ, dWxh[:, x_t] += da_t, dbh += da_t
 */
import { ELU_ALPHA, LEAKY_SLOPE } from '../activations';
import type { FastNet } from './net';
import { finishLoss, softmaxStep, startLoss } from './output';
import { activateRow, derivRow } from './rnn';

export function smallRnnLossAndGrads(net: FastNet, len: number): number {
  const { params: P, hs, pre, y, xs, V, H, actCode } = net;
  const { whh, wxh, bh, why, by } = net.layout;
  startLoss(net);
  let loss = 0;
  for (let t = 0; t < len; t++) {
    const x = xs[t];
    const hp = t * H;
    const ho = hp + H;
    for (let j = 0; j < H; j++) {
      let s = 0;
      for (let c = 0; c < H; c++) s += P[whh + j * H + c] * hs[hp + c];
      // a_t = (bh + Wxh x_t) + Whh h_{t−1}  (no input: x_t = 0)
      pre[hp + j] = (x < 0 ? P[bh + j] : P[bh + j] + P[wxh + j * V + x]) + s;
    }
    activateRow(actCode, pre, hp, hs, ho, H); // h_t = act(a_t)
    for (let v = 0; v < V; v++) {
      let s = 0;
      for (let j = 0; j < H; j++) s += P[why + v * H + j] * hs[ho + j];
      y[t * V + v] = P[by + v] + s; // y_t = by + Why h_t
    }
    loss += softmaxStep(net, t);
  }
  const w = net.wasm;
  if (w === null) backward(net, len);
  else {
    const { at, layout: L } = net;
    w.smallRnnBackward(
      8 * at.params,
      8 * at.grads,
      8 * at.hs,
      8 * at.pre,
      8 * at.dy,
      8 * at.da,
      8 * at.dhNext,
      8 * at.window,
      V,
      H,
      len,
      actCode,
      8 * L.whh,
      8 * L.wxh,
      8 * L.bh,
      8 * L.why,
      8 * L.by,
      LEAKY_SLOPE,
      ELU_ALPHA,
    ); // wasm-small.ts
  }
  return finishLoss(net, loss);
}

/** Backward through time, then the weight gradients (the JS twin of wasm-small.ts: same sums, same order). */
function backward(net: FastNet, len: number): void {
  const { params: P, hs, pre, dy, da, dhNext, V, H, actCode } = net;
  const { whh, why } = net.layout;
  for (let t = len - 1; t >= 0; t--) {
    const hp = t * H;
    for (let j = 0; j < H; j++) {
      let s = 0;
      for (let v = 0; v < V; v++) s += P[why + v * H + j] * dy[t * V + v];
      da[hp + j] = s + dhNext[j]; // dh_t = Whyᵀ dy_t + dh_next
    }
    derivRow(actCode, pre, hs, hp, H, da); // da_t = dh_t ⊙ act'(a_t)
    for (let c = 0; c < H; c++) {
      let s = 0;
      for (let j = 0; j < H; j++) s += P[whh + j * H + c] * da[hp + j];
      dhNext[c] = s; // dh_next = Whhᵀ da_t
    }
  }
  weightGrads(net, len);
}

/** dWhy += Σ_t dy_t h_tᵀ, dby += Σ_t dy_t, dWhh += Σ_t da_t h_{t−1}ᵀ, dWxh[:, x_t] += da_t, dbh += Σ_t da_t. */
function weightGrads(net: FastNet, len: number): void {
  const { grads: D, hs, dy, da, xs, V, H } = net;
  const { whh, wxh, bh, why, by } = net.layout;
  for (let v = 0; v < V; v++) {
    let sb = 0;
    for (let t = 0; t < len; t++) sb += dy[t * V + v];
    D[by + v] += sb;
    for (let j = 0; j < H; j++) {
      let s = 0;
      for (let t = 0; t < len; t++) s += dy[t * V + v] * hs[(t + 1) * H + j];
      D[why + v * H + j] += s;
    }
  }
  for (let j = 0; j < H; j++) {
    for (let c = 0; c < H; c++) {
      let s = 0;
      for (let t = 0; t < len; t++) s += da[t * H + j] * hs[t * H + c];
      D[whh + j * H + c] += s;
    }
  }
  for (let t = 0; t < len; t++) {
    const x = xs[t];
    for (let j = 0; j < H; j++) {
      const d = da[t * H + j];
      if (x >= 0) D[wxh + j * V + x] += d; // no input: x_t = 0 adds nothing
      D[bh + j] += d;
    }
  }
}
