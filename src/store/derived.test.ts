import { describe, expect, it } from 'vitest';
import { gradientFlow, jacobianMatrix } from '../engine/gradientFlow';
import { initModel } from '../engine/init';
import { jacobiSingularValues, randomModel, randomSequence, relError } from '../engine/testing';
import { buildTrace } from '../engine/trace';
import { translator } from '../i18n';
import { flowSeries } from '../panels/GradientFlowPanel';
import { flowOf } from './derived';

const seriesOf = (trace: ReturnType<typeof buildTrace>, key: string) =>
  flowSeries(flowOf(trace), translator('en')).find((s) => s.key === key)?.values ?? [];

describe('what the gradient-flow chart plots', () => {
  it('the chart’s Jacobian curve of a linear RNN with Whh = diag(1, 0.99) is 1 at every step (1e-12)', () => {
    const model = initModel({ cell: 'rnn', activation: 'linear', vocab: ['a', 'b'], hiddenSize: 2, seed: 1 });
    model.weights.Whh.set([1, 0, 0, 0.99]);
    const values = seriesOf(buildTrace(model, [0, 1, 0, 1], [1, 0, 1, 0]), 'jacobian');
    expect(values).toHaveLength(4);
    for (const v of Array.from(values)) expect(Math.abs(v - 1)).toBeLessThan(1e-12);
  });

  it('a GRU with H = 8 (5 % low under power iteration): the chart’s Jacobian curve equals a Jacobi SVD (1e-12)', () => {
    const model = randomModel('gru', 4, 8, 21, 0.6);
    const { inputs, targets } = randomSequence(4, 10, 2);
    const trace = buildTrace(model, inputs, targets);
    const values = seriesOf(trace, 'jacobian');
    for (let t = 1; t <= 10; t++) {
      expect(
        relError(values[t - 1], jacobiSingularValues(jacobianMatrix(trace, t), 8, 8)[0], 0),
      ).toBeLessThan(1e-12);
    }
  });

  it('flowOf is computed once per trace and equals gradientFlow of it', () => {
    const trace = buildTrace(randomModel('lstm', 3, 4, 5), [0, 1, 2], [1, 2, 0]);
    expect(flowOf(trace)).toBe(flowOf(trace));
    expect(flowOf(trace).jacobianNorm).toEqual(gradientFlow(trace).jacobianNorm);
  });
});
