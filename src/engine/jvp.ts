/**
 * Jacobian–vector products of one cell step with respect to h_{t−1} (inputs and c_{t−1} held fixed):
 * J_t v = (∂h_t/∂h_{t−1}) v, computed in forward mode from the recorded step. The transposed product
 * Jᵀ v is the cell's backward step (cells/*Backward with dh = v and no cell-state gradient).
 */
import { activateDeriv } from './activations';
import { backwardCell } from './cells';
import { addMatVec } from './linalg';
import { blockName, type Model } from './model';
import type { ForwardStep, GruForwardStep, LstmForwardStep, RnnForwardStep } from './trace';

/** (∂h_t/∂h_{t−1}) v for the vanilla RNN: act'(a_t) ⊙ (Whh v). */
function rnnJvp(model: Model, f: RnnForwardStep, v: Float64Array, out: Float64Array): void {
  const H = model.hiddenSize;
  const a = f.pre[''];
  out.fill(0);
  addMatVec(model.weights.Whh, H, H, v, out);
  for (let j = 0; j < H; j++) out[j] *= activateDeriv(model.activation, a[j], f.h[j]);
}

/** LSTM with c_{t−1} fixed: dh = do ⊙ tanh(c) + o ⊙ (1 − tanh²c) ⊙ (df ⊙ c_{t−1} + di ⊙ g + i ⊙ dg). */
function lstmJvp(model: Model, f: LstmForwardStep, v: Float64Array, out: Float64Array): void {
  const H = model.hiddenSize;
  const d: Record<string, Float64Array> = {};
  for (const k of ['f', 'i', 'o', 'g'] as const) {
    const u = new Float64Array(H);
    addMatVec(model.weights[blockName('Whh', k)], H, H, v, u);
    const s = f.act[k];
    for (let j = 0; j < H; j++) u[j] *= k === 'g' ? 1 - s[j] * s[j] : s[j] * (1 - s[j]);
    d[k] = u;
  }
  const { i, o, g } = f.act;
  const tc = f.tanhC;
  const cPrev = f.cPrev;
  for (let j = 0; j < H; j++) {
    const dc = d.f[j] * cPrev[j] + d.i[j] * g[j] + i[j] * d.g[j];
    out[j] = d.o[j] * tc[j] + o[j] * (1 - tc[j] * tc[j]) * dc;
  }
}

/** GRU: d(r⊙h) = dr ⊙ h_{t−1} + r ⊙ v; dh = dz ⊙ (h_{t−1} − g) + z ⊙ v + (1 − z) ⊙ dg. */
function gruJvp(model: Model, f: GruForwardStep, v: Float64Array, out: Float64Array): void {
  const H = model.hiddenSize;
  const W = model.weights;
  const { z, r, g } = f.act;
  const hp = f.hPrev;
  const dz = new Float64Array(H);
  const dr = new Float64Array(H);
  addMatVec(W.Whh_z, H, H, v, dz);
  addMatVec(W.Whh_r, H, H, v, dr);
  const drh = new Float64Array(H);
  for (let j = 0; j < H; j++) {
    dz[j] *= z[j] * (1 - z[j]);
    drh[j] = dr[j] * r[j] * (1 - r[j]) * hp[j] + r[j] * v[j];
  }
  const dg = new Float64Array(H);
  addMatVec(W.Whh_g, H, H, drh, dg);
  for (let j = 0; j < H; j++) {
    out[j] = dz[j] * (hp[j] - g[j]) + z[j] * v[j] + (1 - z[j]) * dg[j] * (1 - g[j] * g[j]);
  }
}

/** out = (∂h_t/∂h_{t−1}) v at the recorded step f. */
export function jvp(model: Model, f: ForwardStep, v: Float64Array, out: Float64Array): void {
  if (f.cell === 'lstm') lstmJvp(model, f, v, out);
  else if (f.cell === 'gru') gruJvp(model, f, v, out);
  else rnnJvp(model, f, v, out);
}

/** (∂h_t/∂h_{t−1})ᵀ v: the cell's backward step with dh = v and, for the LSTM, dc from the future = 0. */
export function vjp(model: Model, f: ForwardStep, v: Float64Array): Float64Array {
  const dcNext = f.cell === 'lstm' ? new Float64Array(model.hiddenSize) : null;
  return backwardCell(model, f, v, dcNext).dhPrev;
}
