import { describe, expect, it } from 'vitest';
import { CELL_TYPES } from './model';
import { ALL_ACTIVATIONS, numericGrad, randomModel, randomSequence, relError } from './testing';
import { buildTrace, stepContribution } from './trace';

const TOL = 1e-6; // max relative error against five-point central differences (h = 1e-4, floor 1e-4)

function worstError(
  cell: (typeof CELL_TYPES)[number],
  activation: (typeof ALL_ACTIVATIONS)[number],
  withGaps: boolean,
) {
  const V = 5;
  const H = 4;
  const model = randomModel(cell, V, H, 7, 0.5, activation);
  const { inputs, targets } = randomSequence(V, 6, 3, withGaps);
  const trace = buildTrace(model, inputs, targets);
  let worst = 0;
  for (const [name, w] of Object.entries(model.weights)) {
    for (let k = 0; k < w.length; k++) {
      worst = Math.max(worst, relError(trace.grads[name][k], numericGrad(model, w, k, inputs, targets)));
    }
  }
  for (let j = 0; j < H; j++)
    worst = Math.max(worst, relError(trace.dh0[j], numericGrad(model, model.h0, j, inputs, targets)));
  if (model.c0 && trace.dc0) {
    for (let j = 0; j < H; j++)
      worst = Math.max(worst, relError(trace.dc0[j], numericGrad(model, model.c0, j, inputs, targets)));
  }
  return worst;
}

describe('BPTT gradients match central finite differences on every weight, h0 and c0', () => {
  for (const cell of CELL_TYPES) {
    it(`${cell}: every parameter's gradient is within 1e-6 relative error`, () => {
      expect(worstError(cell, 'tanh', false)).toBeLessThan(TOL);
    });
    it(`${cell}: steps without a target still give exact gradients`, () => {
      expect(worstError(cell, 'tanh', true)).toBeLessThan(TOL);
    });
  }
  for (const act of ALL_ACTIVATIONS) {
    it(`rnn with ${act} activation: every parameter's gradient is within 1e-6 relative error`, () => {
      expect(worstError('rnn', act, false)).toBeLessThan(TOL);
    });
  }
});

describe('steps with no input (x_t = 0, for one-to-many) keep exact gradients', () => {
  for (const cell of CELL_TYPES) {
    it(`${cell}: a sequence whose later steps have no input matches finite differences (1e-6)`, () => {
      const model = randomModel(cell, 4, 3, 21, 0.6);
      const inputs = [2, null, null, 1, null];
      const targets = [0, 3, null, 1, 2];
      const trace = buildTrace(model, inputs, targets);
      let worst = 0;
      for (const [name, w] of Object.entries(model.weights)) {
        for (let k = 0; k < w.length; k++) {
          worst = Math.max(worst, relError(trace.grads[name][k], numericGrad(model, w, k, inputs, targets)));
        }
      }
      expect(worst).toBeLessThan(TOL);
      // no input: the step adds nothing to any column of any Wxh block, while a step with input does
      for (const name of Object.keys(model.weights).filter((n) => n.startsWith('Wxh'))) {
        expect(stepContribution(trace, 2, name).every((v) => v === 0)).toBe(true);
        expect(stepContribution(trace, 1, name).some((v) => v !== 0)).toBe(true);
      }
    });
  }
});
