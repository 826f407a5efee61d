/**
 * LSTM on the fast path (cells/lstm.ts): blocks [f i o g] stacked, so one product Whh·h_{t−1} (4H × H)
 * serves all four gates.
 *   f, i, o = σ(pre), g = tanh(pre);  c_t = f ⊙ c_{t−1} + i ⊙ g;  h_t = o ⊙ tanh(c_t)
 */

import { sigmoid } from '../numeric';
import { type FastNet, preInit, recurrentGrad } from './net';
import { matTVec, matVec } from './ops';
import { tanh } from './tanh';

export function lstmForward(net: FastNet, len: number): void {
  const { hs, cs, pre, gates, tc, H, at } = net;
  const whh = net.layout.whh;
  for (let t = 0; t < len; t++) {
    const b = 4 * t * H;
    const o = t * H;
    preInit(net, t);
    matVec(net, at.params + whh, 4 * H, H, at.hs + o, at.pre + b); // pre += Whh_{fiog} h_{t−1}
    for (let j = 0; j < H; j++) {
      const f = sigmoid(pre[b + j]);
      const i = sigmoid(pre[b + H + j]);
      const og = sigmoid(pre[b + 2 * H + j]);
      const g = tanh(pre[b + 3 * H + j]);
      gates[b + j] = f;
      gates[b + H + j] = i;
      gates[b + 2 * H + j] = og;
      gates[b + 3 * H + j] = g;
      const c = f * cs[o + j] + i * g; // c_t = f ⊙ c_{t−1} + i ⊙ g
      cs[o + H + j] = c;
      const tcj = tanh(c);
      tc[o + j] = tcj;
      hs[o + H + j] = og * tcj; // h_t = o ⊙ tanh(c_t)
    }
  }
}

/**
 * dc = dh ⊙ o ⊙ (1 − tanh²c) + dc_next;  da_f = dc ⊙ c_{t−1} ⊙ f(1−f), da_i = dc ⊙ g ⊙ i(1−i),
 * da_o = dh ⊙ tanh c ⊙ o(1−o), da_g = dc ⊙ i ⊙ (1−g²);  dc_next = dc ⊙ f;  dh_next = Σ_k Whh_kᵀ da_k.
 */
export function lstmBackward(net: FastNet, len: number): void {
  const { dhOut, dhNext, dcNext, da, gates, tc, cs, H, at } = net;
  const whh = net.layout.whh;
  for (let t = len - 1; t >= 0; t--) {
    const b = 4 * t * H;
    const o = t * H;
    for (let j = 0; j < H; j++) {
      const dh = dhOut[o + j] + dhNext[j];
      const f = gates[b + j];
      const i = gates[b + H + j];
      const og = gates[b + 2 * H + j];
      const g = gates[b + 3 * H + j];
      const tcj = tc[o + j];
      const dc = dh * og * (1 - tcj * tcj) + dcNext[j];
      da[b + j] = dc * cs[o + j] * (f * (1 - f));
      da[b + H + j] = dc * g * (i * (1 - i));
      da[b + 2 * H + j] = dh * tcj * (og * (1 - og));
      da[b + 3 * H + j] = dc * i * (1 - g * g);
      dcNext[j] = dc * f;
      dhNext[j] = 0;
    }
    matTVec(net, at.params + whh, 4 * H, H, at.da + b, at.dhNext);
  }
  recurrentGrad(net, len, 0, 4 * H, at.hs, whh); // dWhh_k = Σ_t da_k,t h_{t−1}ᵀ
}
