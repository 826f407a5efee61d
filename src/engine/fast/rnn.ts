/**
 * Vanilla RNN on the fast path: a_t = Wxh x_t + Whh h_{t−1} + bh, h_t = act(a_t) (cells/rnn.ts).
 * The activation is chosen once per row, outside the inner loops.
 */

import { ELU_ALPHA, LEAKY_SLOPE } from '../activations';
import { sigmoid } from '../numeric';
import { type FastNet, preInit, recurrentGrad } from './net';
import { matTVec, matVec } from './ops';
import { tanh } from './tanh';

// Activation codes: the index in ACTIVATIONS.
const TANH = 0;
const SIGMOID = 1;
const RELU = 2;
const LEAKY = 3;
const ELU = 4;

export function rnnForward(net: FastNet, len: number): void {
  const { hs, pre, H, at } = net;
  const whh = net.layout.whh;
  for (let t = 0; t < len; t++) {
    preInit(net, t);
    matVec(net, at.params + whh, H, H, at.hs + t * H, at.pre + t * H); // a_t += Whh h_{t−1}
    activateRow(net.actCode, pre, t * H, hs, (t + 1) * H, H); // h_t = act(a_t)
  }
}

/** h[ho + j] = act(a[ao + j]) for j < n (activations.ts's activate). */
export function activateRow(
  code: number,
  a: Float64Array,
  ao: number,
  h: Float64Array,
  ho: number,
  n: number,
): void {
  switch (code) {
    case TANH:
      for (let j = 0; j < n; j++) h[ho + j] = tanh(a[ao + j]);
      return;
    case SIGMOID:
      for (let j = 0; j < n; j++) h[ho + j] = sigmoid(a[ao + j]);
      return;
    case RELU:
      // biome-ignore lint/complexity/useMathMinMax: as activations.ts (NaN → 0, like the trace)
      for (let j = 0; j < n; j++) h[ho + j] = a[ao + j] > 0 ? a[ao + j] : 0;
      return;
    case LEAKY:
      for (let j = 0; j < n; j++) h[ho + j] = a[ao + j] > 0 ? a[ao + j] : LEAKY_SLOPE * a[ao + j];
      return;
    case ELU:
      for (let j = 0; j < n; j++) h[ho + j] = a[ao + j] > 0 ? a[ao + j] : ELU_ALPHA * Math.expm1(a[ao + j]);
      return;
    default:
      for (let j = 0; j < n; j++) h[ho + j] = a[ao + j];
  }
}

/** Backward through time: da_t = (dh_out,t + dh_next) ⊙ act'(a_t), dh_next = Whhᵀ da_t; then dWhh. */
export function rnnBackward(net: FastNet, len: number): void {
  const { dhOut, dhNext, da, H, at } = net;
  const whh = net.layout.whh;
  for (let t = len - 1; t >= 0; t--) {
    const o = t * H;
    for (let j = 0; j < H; j++) {
      da[o + j] = dhOut[o + j] + dhNext[j]; // dh_t = Whyᵀ dy_t + dh from step t+1
      dhNext[j] = 0;
    }
    derivRow(net.actCode, net.pre, net.hs, o, H, da);
    matTVec(net, at.params + whh, H, H, at.da + o, at.dhNext); // dL/dh_{t−1} = Whhᵀ da_t
  }
  recurrentGrad(net, len, 0, H, at.hs, whh); // dWhh = Σ_t da_t h_{t−1}ᵀ
}

/** da[o + j] *= act'(a), given a = pre[o + j] and h = hs[o + H + j] (activations.ts's activateDeriv). */
export function derivRow(
  code: number,
  a: Float64Array,
  h: Float64Array,
  o: number,
  n: number,
  da: Float64Array,
): void {
  const ho = o + n;
  switch (code) {
    case TANH:
      for (let j = 0; j < n; j++) da[o + j] *= 1 - h[ho + j] * h[ho + j];
      return;
    case SIGMOID:
      for (let j = 0; j < n; j++) da[o + j] *= h[ho + j] * (1 - h[ho + j]);
      return;
    case RELU:
      for (let j = 0; j < n; j++) da[o + j] *= a[o + j] > 0 ? 1 : 0;
      return;
    case LEAKY:
      for (let j = 0; j < n; j++) da[o + j] *= a[o + j] > 0 ? 1 : LEAKY_SLOPE;
      return;
    case ELU:
      for (let j = 0; j < n; j++) da[o + j] *= a[o + j] > 0 ? 1 : h[ho + j] + ELU_ALPHA;
      return;
    default:
  }
}
