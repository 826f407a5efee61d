/** Vanilla RNN: h_t = act(Wxh x_t + Whh h_{t−1} + bh). */
import { activate, activateDeriv } from '../activations';
import { addMatTVec } from '../linalg';
import type { Model } from '../model';
import type { RnnForwardStep } from '../trace';
import { blockPre } from './affine';
import type { RnnCellBackward, RnnCellForward } from './types';

export function rnnForward(model: Model, input: number | null, hPrev: Float64Array): RnnCellForward {
  const a = blockPre(model, '', input, hPrev); // a_t = Wxh x_t + Whh h_{t−1} + bh
  const h = a.map((v) => activate(model.activation, v)); // h_t = act(a_t)
  return {
    cell: 'rnn',
    cPrev: null,
    pre: { '': a },
    act: { '': h },
    hIn: { '': hPrev },
    c: null,
    tanhC: null,
    h,
  };
}

export function rnnBackward(model: Model, f: RnnForwardStep, dh: Float64Array): RnnCellBackward {
  const H = model.hiddenSize;
  const a = f.pre[''];
  const deriv = new Float64Array(H); // act'(a_t), e.g. 1 − h_t² for tanh
  const dRaw = new Float64Array(H); // through the nonlinearity: dL/da_t = dh_t ⊙ act'(a_t)
  for (let j = 0; j < H; j++) {
    deriv[j] = activateDeriv(model.activation, a[j], f.h[j]);
    dRaw[j] = dh[j] * deriv[j];
  }
  const dhPrev = new Float64Array(H); // dL/dh_{t−1} through this step = Whhᵀ dL/da_t
  addMatTVec(model.weights.Whh, H, H, dRaw, dhPrev);
  return {
    cell: 'rnn',
    dcFromFuture: null,
    dc: null,
    dAct: { '': dh },
    actDeriv: { '': deriv },
    dPre: { '': dRaw },
    dRh: null,
    dhPrev,
    dcPrev: null,
  };
}
