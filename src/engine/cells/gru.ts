/**
 * GRU in the lecture's form (reset applied before the recurrent matrix):
 *   z_t = σ(Wxh_z x_t + Whh_z h_{t−1} + bh_z);  r_t = σ(Wxh_r x_t + Whh_r h_{t−1} + bh_r)
 *   g_t = tanh(Wxh_g x_t + Whh_g (r_t ⊙ h_{t−1}) + bh_g);  h_t = z_t ⊙ h_{t−1} + (1 − z_t) ⊙ g_t
 */
import { addMatTVec } from '../linalg';
import type { Model } from '../model';
import { sigmoid } from '../numeric';
import type { GruForwardStep } from '../trace';
import { blockPre } from './affine';
import type { GruCellBackward, GruCellForward } from './types';

export function gruForward(model: Model, input: number | null, hPrev: Float64Array): GruCellForward {
  const H = model.hiddenSize;
  const preZ = blockPre(model, 'z', input, hPrev);
  const preR = blockPre(model, 'r', input, hPrev);
  const z = preZ.map(sigmoid);
  const r = preR.map(sigmoid);
  const rh = new Float64Array(H);
  for (let j = 0; j < H; j++) rh[j] = r[j] * hPrev[j]; // r_t ⊙ h_{t−1}
  const preG = blockPre(model, 'g', input, rh);
  const g = preG.map(Math.tanh);
  const h = new Float64Array(H);
  for (let j = 0; j < H; j++) h[j] = z[j] * hPrev[j] + (1 - z[j]) * g[j];
  return {
    cell: 'gru',
    cPrev: null,
    pre: { z: preZ, r: preR, g: preG },
    act: { z, r, g },
    hIn: { z: hPrev, r: hPrev, g: rh },
    c: null,
    tanhC: null,
    h,
  };
}

export function gruBackward(model: Model, s: GruForwardStep, dh: Float64Array): GruCellBackward {
  const H = model.hiddenSize;
  const W = model.weights;
  const { z, r, g } = s.act;
  const hPrev = s.hPrev;
  const dAct = { z: new Float64Array(H), r: new Float64Array(H), g: new Float64Array(H) };
  const deriv = { z: new Float64Array(H), r: new Float64Array(H), g: new Float64Array(H) };
  const dPre = { z: new Float64Array(H), r: new Float64Array(H), g: new Float64Array(H) };
  for (let j = 0; j < H; j++) {
    dAct.z[j] = dh[j] * (hPrev[j] - g[j]); // dz = dh ⊙ (h_{t−1} − g)
    dAct.g[j] = dh[j] * (1 - z[j]); // dg = dh ⊙ (1 − z)
    deriv.z[j] = z[j] * (1 - z[j]);
    deriv.r[j] = r[j] * (1 - r[j]);
    deriv.g[j] = 1 - g[j] * g[j];
    dPre.z[j] = dAct.z[j] * deriv.z[j];
    dPre.g[j] = dAct.g[j] * deriv.g[j];
  }
  const dRh = new Float64Array(H); // dL/d(r ⊙ h_{t−1}) = Whh_gᵀ da_g
  addMatTVec(W.Whh_g, H, H, dPre.g, dRh);
  const dhPrev = new Float64Array(H);
  for (let j = 0; j < H; j++) {
    dAct.r[j] = dRh[j] * hPrev[j]; // dr = dRh ⊙ h_{t−1}
    dPre.r[j] = dAct.r[j] * deriv.r[j];
    dhPrev[j] = dh[j] * z[j] + dRh[j] * r[j]; // direct path through z and through r ⊙ h_{t−1}
  }
  addMatTVec(W.Whh_z, H, H, dPre.z, dhPrev);
  addMatTVec(W.Whh_r, H, H, dPre.r, dhPrev);
  return {
    cell: 'gru',
    dcFromFuture: null,
    dc: null,
    dAct,
    actDeriv: deriv,
    dPre,
    dRh,
    dhPrev,
    dcPrev: null,
  };
}
