import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CELL_TYPES, weightShapes } from './model';
import { randomModel } from './testing';
import { accumulatedFrom, buildTrace, stepContribution } from './trace';

const arbCase = fc.record({
  cell: fc.constantFrom(...CELL_TYPES),
  V: fc.integer({ min: 1, max: 6 }),
  H: fc.integer({ min: 1, max: 5 }),
  seed: fc.integer({ min: 0, max: 1_000_000 }),
  steps: fc.array(fc.tuple(fc.nat(), fc.option(fc.nat(), { nil: null })), { minLength: 1, maxLength: 7 }),
});

type Case = typeof arbCase extends fc.Arbitrary<infer T> ? T : never;

function caseTrace(c: Case) {
  const model = randomModel(c.cell, c.V, c.H, c.seed, 0.8);
  const inputs = c.steps.map(([x]) => x % c.V);
  const targets = c.steps.map(([, y]) => (y === null ? null : y % c.V));
  return { model, inputs, targets, trace: buildTrace(model, inputs, targets) };
}

describe('properties of every trace (random models and sequences)', () => {
  it('probabilities at every step are positive and sum to 1 (within 1e-12)', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        for (const f of caseTrace(c).trace.forward) {
          expect(Math.abs(f.p.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
          expect(f.p.every((v) => v >= 0)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('shapes match the model: h and gates have H entries, y and p have V, grads match the weights', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const { trace } = caseTrace(c);
        for (const f of trace.forward) {
          expect(f.h.length).toBe(c.H);
          expect(f.y.length).toBe(c.V);
          expect(f.p.length).toBe(c.V);
          for (const v of Object.values(f.act)) expect(v?.length).toBe(c.H);
          expect(f.c === null).toBe(c.cell !== 'lstm');
        }
        for (const s of weightShapes(c.cell, c.V, c.H))
          expect(trace.grads[s.name].length).toBe(s.rows * s.cols);
        expect(trace.dh0.length).toBe(c.H);
        expect(trace.dc0 === null).toBe(c.cell !== 'lstm');
      }),
      { numRuns: 100 },
    );
  });

  it('a step with no target adds no loss and has dy = 0; the total is the sum of the step losses', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const { trace } = caseTrace(c);
        let sum = 0;
        for (let k = 0; k < trace.T; k++) {
          const f = trace.forward[k];
          if (f.target === null) {
            expect(f.loss).toBe(0);
            expect(trace.backward[k].dy.every((v) => v === 0)).toBe(true);
          } else expect(Math.abs(f.loss + Math.log(f.p[f.target]))).toBeLessThan(1e-9);
          sum += f.loss;
        }
        expect(Math.abs(trace.loss - sum)).toBeLessThan(1e-12);
      }),
      { numRuns: 100 },
    );
  });

  it('dh_t is exactly from-output + from-future, and from-future is what step t+1 passed back', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const { trace } = caseTrace(c);
        for (let k = 0; k < trace.T; k++) {
          const b = trace.backward[k];
          for (let j = 0; j < c.H; j++) expect(b.dh[j]).toBe(b.dhFromOutput[j] + b.dhFromFuture[j]);
          const fut = k + 1 < trace.T ? trace.backward[k + 1].dhPrev : new Float64Array(c.H);
          expect(Array.from(b.dhFromFuture)).toEqual(Array.from(fut));
        }
        expect(trace.dh0).toBe(trace.backward[0].dhPrev);
      }),
      { numRuns: 100 },
    );
  });

  it('the final gradients are the sum of every step’s contribution (accumulated from t = 1 equals grads)', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const { trace } = caseTrace(c);
        for (const name of Object.keys(trace.grads)) {
          const acc = accumulatedFrom(trace, 1, name);
          for (let k = 0; k < acc.length; k++)
            expect(Math.abs(acc[k] - trace.grads[name][k])).toBeLessThan(1e-12);
          const last = stepContribution(trace, trace.T, name);
          const accT = accumulatedFrom(trace, trace.T, name);
          for (let k = 0; k < accT.length; k++) expect(Math.abs(accT[k] - last[k])).toBeLessThan(1e-15);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('the argmax is the index of the largest score', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        for (const f of caseTrace(c).trace.forward) expect(f.y[f.argmax]).toBe(Math.max(...f.y));
      }),
      { numRuns: 60 },
    );
  });
});
