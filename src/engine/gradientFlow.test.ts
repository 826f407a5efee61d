import { describe, expect, it } from 'vitest';
import { forwardCell } from './cells';
import { gradientFlow, jacobianSpectralNorm, lastLossGradients } from './gradientFlow';
import { jvp, vjp } from './jvp';
import { CELL_TYPES, cloneModel } from './model';
import { norm2 } from './numeric';
import { randomModel, randomSequence, relError } from './testing';
import { buildTrace } from './trace';

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

    it(`${cell}: the spectral norm equals the largest singular value of the explicit Jacobian (1e-6)`, () => {
      const J = fdJacobian(trace, 4);
      // σ_max² = largest eigenvalue of JᵀJ, by 2000 plain power iterations on the explicit matrix
      const JTJ = J[0].map((_, a) => J[0].map((_, b) => J.reduce((s, row) => s + row[a] * row[b], 0)));
      let v = [1, 0.5, 0.25];
      let lambda = 0;
      for (let k = 0; k < 2000; k++) {
        const w = JTJ.map((row) => row.reduce((s, x, j) => s + x * v[j], 0));
        lambda = Math.hypot(...w);
        v = w.map((x) => x / lambda);
      }
      expect(
        relError(jacobianSpectralNorm(trace, 4, undefined, 500, 1e-14).norm, Math.sqrt(lambda)),
      ).toBeLessThan(1e-6);
    });

    it(`${cell}: ∂L_T/∂h_t matches finite differences of the last loss over the suffix started at h_t`, () => {
      const { lastStep, dh } = lastLossGradients(trace);
      expect(lastStep).toBe(6);
      for (const t of [1, 3, 5]) {
        // the suffix t+1..T started from h_t (and c_t): only its last step's loss counts
        const suffix = cloneModel(model);
        suffix.h0 = Float64Array.from(trace.forward[t - 1].h);
        if (suffix.c0) suffix.c0 = Float64Array.from(trace.forward[t - 1].c as Float64Array);
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
});
