import { describe, expect, it } from 'vitest';
import { asCell } from '../../engine/trace';
import { lesson } from './fixtures';
import { forwardSubstitution, totalSubstitution } from './forward';
import { colVec, mat, num, oneHotVec } from './tex';

describe('forward equations with the numbers substituted (hello example, H = 3, V = 4)', () => {
  const { pass } = lesson();
  const tr = asCell(pass.trace, 'rnn');
  const f1 = tr.forward[0];
  const W = tr.model.weights;

  it('x_1 is the one-hot of ‘h’', () => {
    expect(forwardSubstitution(tr, 1, 'x', 'tanh').tex).toBe(
      `x_t = \\operatorname{onehot}(\\text{‘h’}) = ${oneHotVec(4, 0)}`,
    );
  });

  it('a_1 shows the full Wxh times x_1, Whh times h_0, b_h and the result a_1 from the trace', () => {
    const tex = forwardSubstitution(tr, 1, 'a', 'tanh').tex ?? '';
    expect(tex).toContain(`${mat(W.Wxh, 3, 4)}${oneHotVec(4, 0)}`);
    expect(tex).toContain(`${mat(W.Whh, 3, 3)}${colVec(tr.model.h0)}`);
    expect(tex).toContain(`= ${colVec(f1.pre[''])}`);
  });

  it('h_1 = tanh(a_1), y_1 and p_1 carry the trace’s vectors', () => {
    expect(forwardSubstitution(tr, 1, 'h', 'tanh').tex).toBe(
      `h_t = \\tanh\\left(${colVec(f1.pre[''])}\\right) = ${colVec(f1.h)}`,
    );
    expect(forwardSubstitution(tr, 1, 'y', 'tanh').tex).toContain(`= ${colVec(f1.y)}`);
    expect(forwardSubstitution(tr, 1, 'p', 'tanh').tex).toContain(`= ${colVec(f1.p)}`);
  });

  it('L_1 = −ln p_1[‘e’] with the probability and the loss', () => {
    expect(forwardSubstitution(tr, 1, 'loss', 'tanh').tex).toBe(
      `L_t = -\\ln p_t[\\text{‘e’}] = -\\ln ${num(f1.p[1])} = ${num(f1.loss)}`,
    );
  });

  it('the total writes out L_1 + … + L_T = L', () => {
    const terms = tr.forward.map((f) => num(f.loss)).join(' + ');
    expect(totalSubstitution(tr).tex).toBe(`L = ${terms} = ${num(tr.loss)}`);
  });
});

describe('forward equations of larger networks', () => {
  it('with 12 hidden units the vectors become heatmaps instead of matrices', () => {
    const { pass } = lesson({ hidden: 12 });
    const s = forwardSubstitution(pass.trace, 2, 'a', 'tanh');
    expect(s.tex).toBeNull(); // the static row already says it; the numbers are heatmaps
    expect(s.grids.map((g) => g.name)).toEqual(['hₜ₋₁', 'aₜ']);
    expect(Array.from(s.grids[1].values)).toEqual(Array.from(asCell(pass.trace, 'rnn').forward[1].pre['']));
  });

  it('with more than 8 characters x_t is e_k and Wxh x_t is the column of the input', () => {
    const { pass } = lesson({ input: 'the quick brown fox', target: '' });
    const tr = pass.trace;
    expect(forwardSubstitution(tr, 1, 'x', 'tanh').tex).toContain('e_{1} \\in \\mathbb{R}^{');
    const a = forwardSubstitution(tr, 1, 'a', 'tanh').tex ?? '';
    expect(a).toContain('W_{xh}[:,\\,\\text{‘t’}]');
    const p = forwardSubstitution(tr, 1, 'p', 'tanh');
    expect(p.grids[0].values).toBe(tr.forward[0].p);
  });

  it('an LSTM gate shows its pre-activation and σ of it; the GRU candidate uses r ⊙ h_{t−1}', () => {
    const lstm = asCell(lesson({ cell: 'lstm' }).pass.trace, 'lstm');
    const fTex = forwardSubstitution(lstm, 1, 'f', 'tanh').tex ?? '';
    expect(fTex).toContain(`= ${colVec(lstm.forward[0].pre.f)}`);
    expect(fTex).toContain(`f_t &= \\sigma(a_{f,t}) = ${colVec(lstm.forward[0].act.f)}`);
    const gru = asCell(lesson({ cell: 'gru' }).pass.trace, 'gru');
    const gTex = forwardSubstitution(gru, 2, 'g', 'tanh').tex ?? '';
    expect(gTex).toContain(`${colVec(gru.forward[1].act.r)} \\odot ${colVec(gru.forward[1].hPrev)}`);
  });
});
