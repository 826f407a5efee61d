import { describe, expect, it } from 'vitest';
import { lesson } from './fixtures';
import { mat } from './tex';
import { hyperTex, updateRows, updateSubstitution } from './update';

describe('the update rule with numbers', () => {
  it('sgd: W_hh ← old − η dW = new, with η from the config', () => {
    const { pass, next } = lesson({ lr: 0.5 });
    const s = updateSubstitution({
      trace: pass.trace,
      weights: pass.model.weights,
      next: { weights: next.model.weights, delta: next.delta, optimizer: next.optimizer },
    });
    const W = pass.model.weights.Whh;
    const g = pass.trace.grads.Whh;
    expect(s.tex).toContain(`W_{hh} &\\leftarrow ${mat(W, 3, 3)} - 0.5\\,${mat(g, 3, 3)}`);
    expect(s.tex).toContain(`&= ${mat(next.model.weights.Whh, 3, 3)}`);
    // the new matrix is old − η·dW to 1e-12
    for (let k = 0; k < 9; k++) expect(next.model.weights.Whh[k]).toBeCloseTo(W[k] - 0.5 * g[k], 12);
  });

  it('adam: ΔW from the next pass and its hyper-parameters with k = 1', () => {
    const { pass, next } = lesson({ cell: 'lstm', optimizer: 'adam' });
    const s = updateSubstitution({
      trace: pass.trace,
      weights: pass.model.weights,
      next: { weights: next.model.weights, delta: next.delta, optimizer: next.optimizer },
    });
    expect(s.tex).toContain(`\\Delta W_{hh_f} &= ${mat(next.delta?.Whh_f ?? [], 3, 3)}`);
    expect(hyperTex(next.optimizer)).toContain('k = 1');
    expect(updateRows('lstm', 'adam')[0].tex).toContain('\\hat m');
  });

  it('without a next pass there are no numbers', () => {
    const { pass } = lesson();
    expect(updateSubstitution({ trace: pass.trace, weights: pass.model.weights, next: null }).tex).toBeNull();
  });
});
