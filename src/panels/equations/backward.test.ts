import { describe, expect, it } from 'vitest';
import { asCell, stepContribution } from '../../engine/trace';
import { backwardRows, backwardSubstitution } from './backward';
import { lesson, WORDS } from './fixtures';
import { colVec, mat, oneHotVec } from './tex';

describe('backward equations with the numbers substituted', () => {
  const { pass } = lesson();
  const tr = asCell(pass.trace, 'rnn');

  it('dy_t = p_t − onehot(target) = the trace’s dy at t = 4', () => {
    const f = tr.forward[3];
    const b = tr.backward[3];
    expect(backwardSubstitution(tr, 4, 'dy', 'tanh').tex).toBe(
      `dy_t = ${colVec(f.p)} - ${oneHotVec(4, f.target as number)} = ${colVec(b.dy)}`,
    );
  });

  it('dh_t adds what the output sends back and what step t+1 passed back', () => {
    const b = tr.backward[1];
    expect(backwardSubstitution(tr, 2, 'dh', 'tanh').tex).toContain(
      `dh_t &= ${colVec(b.dhFromOutput)} + ${colVec(b.dhFromFuture)} = ${colVec(b.dh)}`,
    );
  });

  it('through tanh: da_t = dh_t ⊙ (1 − h_t²) with the trace’s factor', () => {
    const b = tr.backward[0];
    expect(backwardSubstitution(tr, 1, 'dact', 'tanh').tex).toBe(
      `da_t = ${colVec(b.dh)} \\odot ${colVec(b.actDeriv[''])} = ${colVec(b.dPre[''])}`,
    );
  });

  it('dW shows this step’s dWhh and dWhy contributions and dh_{t−1}', () => {
    const tex = backwardSubstitution(tr, 3, 'dW', 'tanh').tex ?? '';
    expect(tex).toContain(mat(stepContribution(tr, 3, 'Whh'), 3, 3));
    expect(tex).toContain(mat(stepContribution(tr, 3, 'Why'), 4, 3));
    expect(tex).toContain(`= ${colVec(tr.backward[2].dhPrev)}`);
  });

  it('the LSTM’s nonlinearity row has dc_t and one column per gate', () => {
    const lstm = asCell(lesson({ cell: 'lstm' }).pass.trace, 'lstm');
    const tex = backwardSubstitution(lstm, 2, 'dact', 'tanh').tex ?? '';
    expect(tex).toContain(`= ${colVec(lstm.backward[1].dc)}`);
    expect(tex).toContain('(k = f, i, o, g)');
    expect(backwardRows('lstm', 'tanh', WORDS)[2].tex).toContain('dc_t^{\\text{future}}');
  });

  it('with 12 hidden units the gradients are heatmaps, dWhh as a 12×12 grid', () => {
    const big = lesson({ hidden: 12 }).pass.trace;
    const s = backwardSubstitution(big, 2, 'dW', 'tanh');
    expect(s.tex).toBeNull();
    expect(s.grids[0]).toMatchObject({ rows: 12, cols: 12 });
  });
});
