/**
 * GRU on the fast path (cells/gru.ts): blocks [z r g]; Whh_z and Whh_r are stacked (2H × H).
 *   z, r = σ(pre);  g = tanh(Wxh_g x + Whh_g (r ⊙ h_{t−1}) + bh_g);  h_t = z ⊙ h_{t−1} + (1 − z) ⊙ g
 */

import { sigmoid } from '../numeric';
import { type FastNet, preInit, recurrentGrad } from './net';
import { matTVec, matVec } from './ops';
import { tanh } from './tanh';

export function gruForward(net: FastNet, len: number): void {
  const { hs, pre, gates, rh, H, at } = net;
  const whh = net.layout.whh;
  const whhG = whh + 2 * H * H;
  for (let t = 0; t < len; t++) {
    const b = 3 * t * H;
    const o = t * H;
    preInit(net, t);
    matVec(net, at.params + whh, 2 * H, H, at.hs + o, at.pre + b); // pre_{z,r} += Whh_{z,r} h_{t−1}
    for (let j = 0; j < H; j++) {
      const z = sigmoid(pre[b + j]);
      const r = sigmoid(pre[b + H + j]);
      gates[b + j] = z;
      gates[b + H + j] = r;
      rh[o + j] = r * hs[o + j]; // r_t ⊙ h_{t−1}
    }
    matVec(net, at.params + whhG, H, H, at.rh + o, at.pre + b + 2 * H); // pre_g += Whh_g (r ⊙ h_{t−1})
    for (let j = 0; j < H; j++) {
      const z = gates[b + j];
      const g = tanh(pre[b + 2 * H + j]);
      gates[b + 2 * H + j] = g;
      hs[o + H + j] = z * hs[o + j] + (1 - z) * g; // h_t = z ⊙ h_{t−1} + (1 − z) ⊙ g
    }
  }
}

/**
 * da_z = dh ⊙ (h_{t−1} − g) ⊙ z(1−z),  da_g = dh ⊙ (1−z) ⊙ (1−g²),  dRh = Whh_gᵀ da_g,
 * da_r = dRh ⊙ h_{t−1} ⊙ r(1−r),  dh_next = dh ⊙ z + dRh ⊙ r + Whh_zᵀ da_z + Whh_rᵀ da_r.
 */
export function gruBackward(net: FastNet, len: number): void {
  const { dhOut, dhNext, dhT, dRh, da, gates, hs, H, at } = net;
  const whh = net.layout.whh;
  const whhG = whh + 2 * H * H;
  for (let t = len - 1; t >= 0; t--) {
    const b = 3 * t * H;
    const o = t * H;
    for (let j = 0; j < H; j++) {
      const dh = dhOut[o + j] + dhNext[j];
      const z = gates[b + j];
      const g = gates[b + 2 * H + j];
      dhT[j] = dh;
      da[b + j] = dh * (hs[o + j] - g) * (z * (1 - z));
      da[b + 2 * H + j] = dh * (1 - z) * (1 - g * g);
      dRh[j] = 0;
    }
    matTVec(net, at.params + whhG, H, H, at.da + b + 2 * H, at.dRh);
    for (let j = 0; j < H; j++) {
      const r = gates[b + H + j];
      da[b + H + j] = dRh[j] * hs[o + j] * (r * (1 - r));
      dhNext[j] = dhT[j] * gates[b + j] + dRh[j] * r;
    }
    matTVec(net, at.params + whh, 2 * H, H, at.da + b, at.dhNext);
  }
  recurrentGrad(net, len, 0, 2 * H, at.hs, whh); // dWhh_{z,r} = Σ_t da_{z,r},t h_{t−1}ᵀ
  recurrentGrad(net, len, 2 * H, H, at.rh, whhG); // dWhh_g = Σ_t da_g,t (r_t ⊙ h_{t−1})ᵀ
}
