import { describe, expect, it } from 'vitest';
import { forwardCell } from './cells';
import { gradientFlow, jacobianMatrix, jacobianSpectralNorm, lastLossGradients } from './gradientFlow';
import { initModel } from './init';
import { jvp, vjp } from './jvp';
import { CELL_TYPES, type CellType, cloneModel } from './model';
import { norm2 } from './numeric';
import { ALL_ACTIVATIONS, jacobiSingularValues, randomModel, randomSequence, relError } from './testing';
import { asCell, buildTrace } from './trace';

/** Explicit Jacobian ∂h_t/∂h_{t−1} by central differences of one forward cell step (c_{t−1} fixed). */
function fdJacobian(trace: ReturnType<typeof buildTrace>, t: number, h = 1e-6): number[][] {
  const { model } = trace;
  const f = trace.forward[t - 1];
  const H = model.hiddenSize;
  const J = Array.from({ length: H }, () => new Array(H).fill(0));
  for (let j = 0; j < H; j++) {
    const hp = Float64Array.from(f.hPrev);
    hp[j] += h;
    const up = forwardCell(model, f.input, hp, f.cPrev).h;
    hp[j] -= 2 * h;
    const dn = forwardCell(model, f.input, hp, f.cPrev).h;
    for (let i = 0; i < H; i++) J[i][j] = (up[i] - dn[i]) / (2 * h);
  }
  return J;
}

describe('gradient flow through time', () => {
  for (const cell of CELL_TYPES) {
    const model = randomModel(cell, 4, 3, 11, 0.7);
    const { inputs, targets } = randomSequence(4, 6, 5);
    const trace = buildTrace(model, inputs, targets);

    it(`${cell}: J v and Jᵀ v match the finite-difference Jacobian (1e-7)`, () => {
      const J = fdJacobian(trace, 3);
      const v = Float64Array.from([0.3, -0.5, 0.8]);
      const Jv = new Float64Array(3);
      jvp(model, trace.forward[2], v, Jv);
      const JTv = vjp(model, trace.forward[2], v);
      for (let i = 0; i < 3; i++) {
        expect(Math.abs(Jv[i] - J[i].reduce((s, x, j) => s + x * v[j], 0))).toBeLessThan(1e-7);
        expect(Math.abs(JTv[i] - J.reduce((s, row, r) => s + row[i] * v[r], 0))).toBeLessThan(1e-7);
      }
    });

    it(`${cell}: the explicit Jacobian matches finite differences and its spectral norm a Jacobi SVD of them (1e-8)`, () => {
      const fd = fdJacobian(trace, 4);
      const J = jacobianMatrix(trace, 4);
      for (let i = 0; i < 3; i++)
        for (let j = 0; j < 3; j++) expect(Math.abs(J[i * 3 + j] - fd[i][j])).toBeLessThan(1e-8);
      const sigmaFd = jacobiSingularValues(fd.flat(), 3, 3)[0];
      expect(relError(jacobianSpectralNorm(trace, 4), sigmaFd, 0)).toBeLessThan(1e-8);
    });

    it(`${cell}: ∂L_T/∂h_t matches finite differences of the last loss over the suffix started at h_t`, () => {
      const { lastStep, dh } = lastLossGradients(trace);
      expect(lastStep).toBe(6);
      for (const t of [1, 3, 5]) {
        // the suffix t+1..T started from h_t (and c_t): only its last step's loss counts
        const suffix = cloneModel(model);
        suffix.h0 = Float64Array.from(trace.forward[t - 1].h);
        if (suffix.c0) suffix.c0 = Float64Array.from(asCell(trace.forward[t - 1], 'lstm').c);
        const ins = inputs.slice(t);
        const tgs = targets.slice(t).map((y, k, a) => (k === a.length - 1 ? y : null));
        for (let j = 0; j < 3; j++) {
          const at = (d: number) => {
            const m = cloneModel(suffix);
            m.h0[j] += d;
            return buildTrace(m, ins, tgs).loss;
          };
          const e = 1e-4;
          const num = (-at(2 * e) + 8 * at(e) - 8 * at(-e) + at(-2 * e)) / (12 * e);
          expect(relError(dh[t - 1][j], num)).toBeLessThan(1e-6);
        }
      }
      expect(Math.abs(norm2(dh[5]) - gradientFlow(trace).lastLossNorm[5])).toBeLessThan(1e-15);
    });
  }

  it('a tanh RNN with small recurrent weights makes the long-range gradient vanish by orders of magnitude', () => {
    const model = randomModel('rnn', 5, 8, 3, 0.15);
    const { inputs, targets } = randomSequence(5, 40, 9);
    const flow = gradientFlow(buildTrace(model, inputs, targets));
    expect(flow.lastLossNorm[0] / flow.lastLossNorm[39]).toBeLessThan(1e-6);
    expect(flow.jacobianNorm.every((n) => n < 1)).toBe(true);
  });

  it('steps with no target: the followed step is the last one that has a target', () => {
    const model = randomModel('gru', 3, 2, 4);
    const trace = buildTrace(model, [0, 1, 2, 0], [1, 2, null, null]);
    const { lastStep, dh } = lastLossGradients(trace);
    expect(lastStep).toBe(2);
    expect(norm2(dh[3])).toBe(0);
    expect(norm2(dh[1])).toBeGreaterThan(0);
  });

  const cases: [CellType, (typeof ALL_ACTIVATIONS)[number]][] = [
    ...ALL_ACTIVATIONS.map((a) => ['rnn', a] as [CellType, (typeof ALL_ACTIVATIONS)[number]]),
    ['lstm', 'tanh'],
    ['gru', 'tanh'],
  ];
  for (const [cell, act] of cases) {
    for (const H of [2, 8, 64]) {
      it(`${cell}${cell === 'rnn' ? ` (${act})` : ''}, H = ${H}: every plotted ‖∂h_t/∂h_{t−1}‖₂ equals σ_max of a Jacobi SVD to 1e-12`, () => {
        const model = randomModel(cell, 5, H, 40 + H, 1.2 / Math.sqrt(H), act);
        const { inputs, targets } = randomSequence(5, H === 64 ? 3 : 8, 7);
        const trace = buildTrace(model, inputs, targets);
        const flow = gradientFlow(trace);
        for (let t = 1; t <= trace.T; t++) {
          const oracle = jacobiSingularValues(jacobianMatrix(trace, t), H, H)[0];
          expect(relError(flow.jacobianNorm[t - 1], oracle, 1e-300)).toBeLessThan(1e-12);
        }
      });
    }
  }

  it('a linear RNN with Whh = diag(1, 0.99) has ‖∂h_t/∂h_{t−1}‖₂ = 1 at every step (to 1e-12)', () => {
    const model = initModel({
      cell: 'rnn',
      activation: 'linear',
      vocab: ['a', 'b', 'c'],
      hiddenSize: 2,
      seed: 3,
    });
    model.weights.Whh.set([1, 0, 0, 0.99]);
    const trace = buildTrace(model, [0, 1, 2, 0, 1], [1, 2, 0, 1, 2]);
    for (const n of gradientFlow(trace).jacobianNorm) expect(Math.abs(n - 1)).toBeLessThan(1e-12);
  });
});
