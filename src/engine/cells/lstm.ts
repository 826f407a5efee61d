/**
 * LSTM (no peepholes), as in the lecture:
 *   f_t = σ(Wxh_f x_t + Whh_f h_{t−1} + bh_f), likewise i_t, o_t;  g_t = tanh(Wxh_g x_t + Whh_g h_{t−1} + bh_g)
 *   c_t = f_t ⊙ c_{t−1} + i_t ⊙ g_t;  h_t = o_t ⊙ tanh(c_t)
 */
import { addMatTVec } from '../linalg';
import { blockName, type LstmGate, type Model } from '../model';
import { sigmoid } from '../numeric';
import type { LstmForwardStep } from '../trace';
import { blockPre } from './affine';
import type { LstmCellBackward, LstmCellForward } from './types';

const GATES: readonly LstmGate[] = ['f', 'i', 'o', 'g'];

export function lstmForward(
  model: Model,
  input: number | null,
  hPrev: Float64Array,
  cPrev: Float64Array,
): LstmCellForward {
  const H = model.hiddenSize;
  const pre = {
    f: blockPre(model, 'f', input, hPrev),
    i: blockPre(model, 'i', input, hPrev),
    o: blockPre(model, 'o', input, hPrev),
    g: blockPre(model, 'g', input, hPrev),
  };
  const f = pre.f.map(sigmoid);
  const i = pre.i.map(sigmoid);
  const o = pre.o.map(sigmoid);
  const g = pre.g.map(Math.tanh);
  const c = new Float64Array(H);
  const tanhC = new Float64Array(H);
  const h = new Float64Array(H);
  for (let j = 0; j < H; j++) {
    c[j] = f[j] * cPrev[j] + i[j] * g[j]; // c_t = f ⊙ c_{t−1} + i ⊙ g
    tanhC[j] = Math.tanh(c[j]);
    h[j] = o[j] * tanhC[j]; // h_t = o ⊙ tanh(c_t)
  }
  return {
    cell: 'lstm',
    cPrev,
    pre,
    act: { f, i, o, g },
    hIn: { f: hPrev, i: hPrev, o: hPrev, g: hPrev },
    c,
    tanhC,
    h,
  };
}

export function lstmBackward(
  model: Model,
  s: LstmForwardStep,
  dh: Float64Array,
  dcNext: Float64Array,
): LstmCellBackward {
  const H = model.hiddenSize;
  const { f, i, o, g } = s.act;
  const tanhC = s.tanhC;
  const cPrev = s.cPrev;
  const dc = new Float64Array(H);
  const dAct = {
    f: new Float64Array(H),
    i: new Float64Array(H),
    o: new Float64Array(H),
    g: new Float64Array(H),
  };
  const deriv = {
    f: new Float64Array(H),
    i: new Float64Array(H),
    o: new Float64Array(H),
    g: new Float64Array(H),
  };
  const dPre = {
    f: new Float64Array(H),
    i: new Float64Array(H),
    o: new Float64Array(H),
    g: new Float64Array(H),
  };
  const dcPrev = new Float64Array(H);
  for (let j = 0; j < H; j++) {
    dAct.o[j] = dh[j] * tanhC[j]; // do = dh ⊙ tanh(c_t)
    dc[j] = dh[j] * o[j] * (1 - tanhC[j] * tanhC[j]) + dcNext[j]; // total dL/dc_t
    dAct.f[j] = dc[j] * cPrev[j]; // df = dc ⊙ c_{t−1}
    dAct.i[j] = dc[j] * g[j]; // di = dc ⊙ g
    dAct.g[j] = dc[j] * i[j]; // dg = dc ⊙ i
    deriv.f[j] = f[j] * (1 - f[j]);
    deriv.i[j] = i[j] * (1 - i[j]);
    deriv.o[j] = o[j] * (1 - o[j]);
    deriv.g[j] = 1 - g[j] * g[j];
    dcPrev[j] = dc[j] * f[j]; // dL/dc_{t−1} = dc ⊙ f
  }
  const dhPrev = new Float64Array(H);
  for (const k of GATES) {
    for (let j = 0; j < H; j++) dPre[k][j] = dAct[k][j] * deriv[k][j];
    addMatTVec(model.weights[blockName('Whh', k)], H, H, dPre[k], dhPrev); // Σ_k Whh_kᵀ da_k
  }
  return { cell: 'lstm', dcFromFuture: dcNext, dc, dAct, actDeriv: deriv, dPre, dRh: null, dhPrev, dcPrev };
}
