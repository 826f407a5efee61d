import { describe, expect, it } from 'vitest';
import { NO_CLIP } from './clip';
import { initModel, orthogonalMatrix } from './init';
import { applyUpdateInto, createOptimizer } from './optim';
import { recurrentNames, spectralRadius } from './radius';
import { createRng } from './rng';
import { relError } from './testing';
import { buildTrace } from './trace';

const vocab = (n: number) => Array.from({ length: n }, (_, k) => String.fromCodePoint(0x61 + k));
const rel = (a: number, b: number) => relError(a, b, 1e-300);

function stats(w: Float64Array) {
  const mean = w.reduce((s, x) => s + x, 0) / w.length;
  const variance = w.reduce((s, x) => s + (x - mean) ** 2, 0) / w.length;
  return { mean, variance };
}

describe('weight initialisers', () => {
  it('Xavier/Glorot draws U(−a, a) with a = √(6/(fanIn + fanOut)): variance 2/(fanIn + fanOut), mean 0', () => {
    const m = initModel({ cell: 'rnn', vocab: vocab(26), hiddenSize: 64, seed: 4, init: 'xavier' });
    for (const [name, rows, cols] of [
      ['Wxh', 64, 26],
      ['Whh', 64, 64],
      ['Why', 26, 64],
    ] as const) {
      const w = m.weights[name];
      const { mean, variance } = stats(w);
      const a = Math.sqrt(6 / (rows + cols));
      expect(Math.max(...w.map(Math.abs))).toBeLessThanOrEqual(a);
      expect(Math.abs(mean)).toBeLessThan(0.05 * a);
      expect(rel(variance, 2 / (rows + cols))).toBeLessThan(0.08);
    }
  });

  it('small random (the default) is N(0, 1/fanIn): the standard deviation of Whh is 1/√H', () => {
    const m = initModel({ cell: 'gru', vocab: vocab(10), hiddenSize: 64, seed: 9 });
    for (const name of recurrentNames('gru')) {
      expect(rel(Math.sqrt(stats(m.weights[name]).variance), 1 / 8)).toBeLessThan(0.05);
    }
  });

  it('orthogonal makes every recurrent matrix orthogonal (QᵀQ = I to 1e-12) with spectral radius 1', () => {
    const m = initModel({ cell: 'lstm', vocab: vocab(5), hiddenSize: 16, seed: 2, init: 'orthogonal' });
    for (const name of recurrentNames('lstm')) {
      const Q = m.weights[name];
      for (let a = 0; a < 16; a++)
        for (let b = 0; b < 16; b++) {
          let dot = 0;
          for (let i = 0; i < 16; i++) dot += Q[i * 16 + a] * Q[i * 16 + b];
          expect(Math.abs(dot - (a === b ? 1 : 0))).toBeLessThan(1e-12);
        }
      expect(Math.abs(spectralRadius(Q, 16) - 1)).toBeLessThan(1e-9);
    }
    expect(stats(m.weights.Wxh_f).variance).toBeGreaterThan(0);
  });

  it('zeros shows the symmetry problem: after ten updates every hidden unit is the same, and only the output bias learned', () => {
    const m = initModel({ cell: 'rnn', vocab: vocab(4), hiddenSize: 3, seed: 1, init: 'zeros' });
    const opt = createOptimizer('sgd', m.weights, { lr: 0.5 });
    for (let k = 0; k < 10; k++) {
      const tr = buildTrace(m, [0, 1, 2, 2], [1, 2, 2, 3]);
      applyUpdateInto(opt, m.weights, tr.grads, NO_CLIP);
    }
    const row = (name: string, j: number, n: number) =>
      Array.from(m.weights[name].subarray(j * n, j * n + n));
    expect(row('Wxh', 1, 4)).toEqual(row('Wxh', 0, 4));
    expect(row('Wxh', 2, 4)).toEqual(row('Wxh', 0, 4));
    expect(row('Whh', 2, 3)).toEqual(row('Whh', 0, 3));
    // h_t = tanh(0) = 0, so dWhy = dy hᵀ = 0 and dh = Whyᵀ dy = 0: no gradient reaches the hidden layer
    for (const name of ['Wxh', 'Whh', 'Why', 'bh']) expect(m.weights[name].every((x) => x === 0)).toBe(true);
    expect(m.weights.by.some((x) => x !== 0)).toBe(true);
  });
});

describe('the spectral radius of Whh', () => {
  it('is max |λ| for diagonal, rotation, non-normal triangular and nilpotent matrices', () => {
    expect(rel(spectralRadius([0.5, 0, 0, 0, -2, 0, 0, 0, 1], 3), 2)).toBeLessThan(1e-10);
    const c = Math.cos(0.7);
    const s = Math.sin(0.7);
    expect(rel(spectralRadius([1.3 * c, -1.3 * s, 1.3 * s, 1.3 * c], 2), 1.3)).toBeLessThan(1e-10);
    // upper triangular with large off-diagonal entries: ρ is the largest diagonal entry, not ‖W‖
    expect(rel(spectralRadius([0.9, 5, -3, 0, 0.4, 7, 0, 0, -0.6], 3), 0.9)).toBeLessThan(1e-9);
    expect(spectralRadius([0, 1, 0, 0], 2)).toBe(0);
  });

  it('the radius setting rescales every recurrent matrix to that radius and leaves the others alone', () => {
    const base = initModel({ cell: 'gru', vocab: vocab(6), hiddenSize: 12, seed: 5 });
    const m = initModel({ cell: 'gru', vocab: vocab(6), hiddenSize: 12, seed: 5, whhRadius: 1.5 });
    for (const name of recurrentNames('gru')) {
      expect(rel(spectralRadius(m.weights[name], 12), 1.5)).toBeLessThan(1e-9);
      const k = m.weights[name][0] / base.weights[name][0];
      for (let i = 0; i < 144; i++)
        expect(rel(m.weights[name][i], k * base.weights[name][i])).toBeLessThan(1e-14);
    }
    expect(Array.from(m.weights.Wxh_z)).toEqual(Array.from(base.weights.Wxh_z));
  });

  it('agrees with the eigenvalues of a random symmetric matrix (largest |λ| by its spectral norm)', () => {
    const rng = createRng(3);
    const n = 10;
    const B = Array.from({ length: n * n }, () => rng.gaussian());
    const S = B.map((_, k) => B[k] + B[(k % n) * n + Math.floor(k / n)]);
    // symmetric: ρ = ‖S‖₂ = the largest singular value
    let v = new Float64Array(n).fill(1);
    let lam = 0;
    for (let it = 0; it < 5000; it++) {
      const w = new Float64Array(n);
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) w[i] += S[i * n + j] * v[j];
      lam = Math.hypot(...w);
      v = w.map((x) => x / lam);
    }
    expect(rel(spectralRadius(S, n), lam)).toBeLessThan(1e-8);
  });
});
