/**
 * Independent hand-worked cases: one hidden unit, two characters, every number written out as scalar
 * arithmetic here (not through the engine's code), then compared with the trace.
 */
import { describe, expect, it } from 'vitest';
import type { Model } from './model';
import { asCell, buildTrace } from './trace';

const TOL = 1e-12; // absolute, on numbers of order 1
const sig = (x: number) => 1 / (1 + Math.exp(-x));
const softmax2 = (y0: number, y1: number) => [
  Math.exp(y0) / (Math.exp(y0) + Math.exp(y1)),
  Math.exp(y1) / (Math.exp(y0) + Math.exp(y1)),
];
const f64 = (...v: number[]) => Float64Array.from(v);

describe('a one-unit tanh RNN on "ab" → "ba", worked by hand', () => {
  // Wxh = [[0.5, −0.3]], Whh = [[0.8]], bh = [0.1], Why = [[1], [−1]], by = [0, 0.2], h0 = [0.2]
  const model: Model = {
    cell: 'rnn',
    activation: 'tanh',
    vocab: ['a', 'b'],
    hiddenSize: 1,
    weights: { Wxh: f64(0.5, -0.3), Whh: f64(0.8), bh: f64(0.1), Why: f64(1, -1), by: f64(0, 0.2) },
    h0: f64(0.2),
    c0: null,
  };
  const tr = asCell(buildTrace(model, [0, 1], [1, 0]), 'rnn');
  // forward
  const a1 = 0.5 + 0.8 * 0.2 + 0.1; // input a: column 0 of Wxh
  const h1 = Math.tanh(a1);
  const p1 = softmax2(h1, -h1 + 0.2);
  const a2 = -0.3 + 0.8 * h1 + 0.1; // input b: column 1
  const h2 = Math.tanh(a2);
  const p2 = softmax2(h2, -h2 + 0.2);
  const L = -Math.log(p1[1]) - Math.log(p2[0]);
  // backward, t = 2 then t = 1
  const dy2 = [p2[0] - 1, p2[1]];
  const dh2 = dy2[0] * 1 + dy2[1] * -1;
  const da2 = dh2 * (1 - h2 * h2);
  const dy1 = [p1[0], p1[1] - 1];
  const dh1out = dy1[0] - dy1[1];
  const dh1 = dh1out + 0.8 * da2;
  const da1 = dh1 * (1 - h1 * h1);

  it('the forward numbers equal the hand computation', () => {
    expect(tr.forward[0].pre['']?.[0]).toBeCloseTo(0.76, 14);
    expect(tr.forward[0].h[0]).toBeCloseTo(h1, 14);
    expect(tr.forward[1].h[0]).toBeCloseTo(h2, 14);
    expect(Math.abs(tr.forward[0].p[1] - p1[1])).toBeLessThan(TOL);
    expect(Math.abs(tr.forward[1].p[0] - p2[0])).toBeLessThan(TOL);
    expect(Math.abs(tr.loss - L)).toBeLessThan(TOL);
  });

  it('dh_t splits into the output part and the future part as worked by hand', () => {
    expect(Math.abs(tr.backward[1].dh[0] - dh2)).toBeLessThan(TOL);
    expect(tr.backward[1].dhFromFuture[0]).toBe(0);
    expect(Math.abs(tr.backward[0].dhFromOutput[0] - dh1out)).toBeLessThan(TOL);
    expect(Math.abs(tr.backward[0].dhFromFuture[0] - 0.8 * da2)).toBeLessThan(TOL);
    expect(Math.abs(tr.backward[0].dh[0] - dh1)).toBeLessThan(TOL);
  });

  it('the weight gradients and dh0 equal the hand computation', () => {
    const g = tr.grads;
    expect(Math.abs(g.Wxh[0] - da1)).toBeLessThan(TOL); // column a gets da1
    expect(Math.abs(g.Wxh[1] - da2)).toBeLessThan(TOL); // column b gets da2
    expect(Math.abs(g.Whh[0] - (da1 * 0.2 + da2 * h1))).toBeLessThan(TOL);
    expect(Math.abs(g.bh[0] - (da1 + da2))).toBeLessThan(TOL);
    expect(Math.abs(g.Why[0] - (dy1[0] * h1 + dy2[0] * h2))).toBeLessThan(TOL);
    expect(Math.abs(g.Why[1] - (dy1[1] * h1 + dy2[1] * h2))).toBeLessThan(TOL);
    expect(Math.abs(g.by[1] - (dy1[1] + dy2[1]))).toBeLessThan(TOL);
    expect(Math.abs(tr.dh0[0] - 0.8 * da1)).toBeLessThan(TOL);
  });
});

describe('a one-unit LSTM, one step, worked by hand', () => {
  const w = (x: number, h: number, b: number) => ({ x, h, b });
  const F = w(0.3, -0.2, 0.1);
  const I = w(-0.4, 0.5, 0);
  const O = w(0.7, 0.1, -0.2);
  const G = w(0.9, -0.6, 0.05);
  const model: Model = {
    cell: 'lstm',
    activation: 'tanh',
    vocab: ['a', 'b'],
    hiddenSize: 1,
    weights: {
      Wxh_f: f64(F.x, 0),
      Whh_f: f64(F.h),
      bh_f: f64(F.b),
      Wxh_i: f64(I.x, 0),
      Whh_i: f64(I.h),
      bh_i: f64(I.b),
      Wxh_o: f64(O.x, 0),
      Whh_o: f64(O.h),
      bh_o: f64(O.b),
      Wxh_g: f64(G.x, 0),
      Whh_g: f64(G.h),
      bh_g: f64(G.b),
      Why: f64(1.5, -0.5),
      by: f64(0.1, 0),
    },
    h0: f64(0.4),
    c0: f64(-0.3),
  };
  const tr = asCell(buildTrace(model, [0], [1]), 'lstm');
  const h0 = 0.4;
  const c0 = -0.3;
  const f = sig(F.x + F.h * h0 + F.b);
  const i = sig(I.x + I.h * h0 + I.b);
  const o = sig(O.x + O.h * h0 + O.b);
  const g = Math.tanh(G.x + G.h * h0 + G.b);
  const c = f * c0 + i * g;
  const h = o * Math.tanh(c);
  const p = softmax2(1.5 * h + 0.1, -0.5 * h);
  const dh = p[0] * 1.5 + (p[1] - 1) * -0.5;
  const dc = dh * o * (1 - Math.tanh(c) ** 2);

  it('gates, cell state and hidden state equal the lecture equations', () => {
    const act = tr.forward[0].act;
    expect(act.f?.[0]).toBeCloseTo(f, 14);
    expect(act.i?.[0]).toBeCloseTo(i, 14);
    expect(act.o?.[0]).toBeCloseTo(o, 14);
    expect(act.g?.[0]).toBeCloseTo(g, 14);
    expect(tr.forward[0].c?.[0]).toBeCloseTo(c, 14);
    expect(tr.forward[0].h[0]).toBeCloseTo(h, 14);
    expect(Math.abs(tr.loss + Math.log(p[1]))).toBeLessThan(TOL);
  });

  it('dc, dc0 and the forget gate gradient equal the hand computation', () => {
    expect(Math.abs(tr.backward[0].dc[0] - dc)).toBeLessThan(TOL);
    expect(Math.abs(tr.dc0[0] - dc * f)).toBeLessThan(TOL);
    expect(Math.abs(tr.grads.bh_f[0] - dc * c0 * f * (1 - f))).toBeLessThan(TOL);
    expect(Math.abs(tr.grads.Wxh_g[0] - dc * i * (1 - g * g))).toBeLessThan(TOL);
    expect(Math.abs(tr.grads.Whh_o[0] - dh * Math.tanh(c) * o * (1 - o) * h0)).toBeLessThan(TOL);
  });
});

describe('a one-unit GRU (reset before the recurrent matrix), one step, worked by hand', () => {
  const model: Model = {
    cell: 'gru',
    activation: 'tanh',
    vocab: ['a', 'b'],
    hiddenSize: 1,
    weights: {
      Wxh_z: f64(0, 0.6),
      Whh_z: f64(-0.7),
      bh_z: f64(0.2),
      Wxh_r: f64(0, -0.4),
      Whh_r: f64(0.9),
      bh_r: f64(0.1),
      Wxh_g: f64(0, 1.1),
      Whh_g: f64(0.5),
      bh_g: f64(-0.3),
      Why: f64(-1, 2),
      by: f64(0, 0),
    },
    h0: f64(0.5),
    c0: null,
  };
  const tr = asCell(buildTrace(model, [1], [0]), 'gru');
  const h0 = 0.5;
  const z = sig(0.6 - 0.7 * h0 + 0.2);
  const r = sig(-0.4 + 0.9 * h0 + 0.1);
  const g = Math.tanh(1.1 + 0.5 * (r * h0) - 0.3);
  const h = z * h0 + (1 - z) * g;
  const p = softmax2(-h, 2 * h);
  const dh = (p[0] - 1) * -1 + p[1] * 2;
  const dag = dh * (1 - z) * (1 - g * g);
  const drh = 0.5 * dag;
  const daz = dh * (h0 - g) * z * (1 - z);
  const dar = drh * h0 * r * (1 - r);

  it('z, r, g and h equal the lecture equations', () => {
    expect(tr.forward[0].act.z?.[0]).toBeCloseTo(z, 14);
    expect(tr.forward[0].act.r?.[0]).toBeCloseTo(r, 14);
    expect(tr.forward[0].act.g?.[0]).toBeCloseTo(g, 14);
    expect(tr.forward[0].h[0]).toBeCloseTo(h, 14);
  });

  it('the gradients of Whh_g (through r ⊙ h) and dh0 equal the hand computation', () => {
    expect(Math.abs(tr.grads.Whh_g[0] - dag * r * h0)).toBeLessThan(TOL);
    expect(Math.abs(tr.grads.Wxh_z[1] - daz)).toBeLessThan(TOL);
    expect(Math.abs(tr.grads.Whh_r[0] - dar * h0)).toBeLessThan(TOL);
    const dh0 = dh * z + drh * r + -0.7 * daz + 0.9 * dar;
    expect(Math.abs(tr.dh0[0] - dh0)).toBeLessThan(TOL);
  });
});
