import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, CELL_TYPES } from '../../engine/model';
import { OPTIMIZER_KINDS } from '../../engine/optim';
import { FORWARD_SUBS, momentAt, momentCount } from '../../store/cursor';
import { activeRowId, blockOf, blockRows, substitution } from './block';
import { lesson, WORDS } from './fixtures';

const typeset = (tex: string) =>
  katex.renderToString(tex, { throwOnError: false, displayMode: true, strict: false });

describe('the block of equations a moment shows', () => {
  it('forward and total show the forward block, with one row per forward sub-step plus the total', () => {
    for (const cell of CELL_TYPES) {
      const ids = blockRows('forward', cell, 'tanh', 'sgd', WORDS).map((r) => r.id);
      expect(ids).toEqual([...FORWARD_SUBS[cell], 'total']);
    }
    expect(blockOf({ phase: 'total' })).toBe('forward');
    expect(activeRowId({ phase: 'total' })).toBe('total');
    expect(activeRowId({ phase: 'forward', t: 2, sub: 'h' })).toBe('h');
  });

  it('backward shows dy, dh, the nonlinearity and dW; the update shows one rule', () => {
    expect(blockRows('backward', 'lstm', 'tanh', 'sgd', WORDS).map((r) => r.id)).toEqual([
      'dy',
      'dh',
      'dact',
      'dW',
    ]);
    expect(blockOf({ phase: 'backward', t: 1, sub: 'dW' })).toBe('backward');
    expect(activeRowId({ phase: 'backward', t: 1, sub: 'dW' })).toBe('dW');
    expect(blockRows('update', 'rnn', 'tanh', 'adam', WORDS).map((r) => r.id)).toEqual(['update']);
  });

  it('the RNN rows name the selected activation', () => {
    const h = (act: (typeof ACTIVATIONS)[number]) =>
      blockRows('forward', 'rnn', act, 'sgd', WORDS).find((r) => r.id === 'h')?.tex;
    expect(h('tanh')).toBe('h_t = \\tanh(a_t)');
    expect(h('sigmoid')).toBe('h_t = \\sigma(a_t)');
    expect(h('relu')).toContain('ReLU');
    expect(h('elu')).toContain('ELU');
    const dact = blockRows('backward', 'rnn', 'relu', 'sgd', WORDS).find((r) => r.id === 'dact')?.tex;
    expect(dact).toContain('\\mathbf{1}[a_t > 0]');
  });

  it('every static row of every cell, activation and optimiser typesets without a KaTeX error', () => {
    for (const cell of CELL_TYPES)
      for (const act of ACTIVATIONS)
        for (const opt of OPTIMIZER_KINDS)
          for (const kind of ['forward', 'backward', 'update'] as const)
            for (const row of blockRows(kind, cell, act, opt, WORDS)) {
              expect(typeset(row.tex), `${cell} ${act} ${opt} ${row.id}`).not.toContain('katex-error');
            }
  });

  it('every moment of a pass has numbers that typeset, for small and large networks of each cell', () => {
    const cases = [{ hidden: 3 }, { hidden: 12 }, { hidden: 3, input: 'the quick brown fox', target: '' }];
    for (const cell of CELL_TYPES)
      for (const c of cases)
        for (const opt of ['sgd', 'adam'] as const) {
          const { pass, next } = lesson({ cell, optimizer: opt, ...c });
          const T = pass.trace.T;
          for (let k = 0; k < momentCount(cell, T); k++) {
            const m = momentAt(cell, T, k);
            const s = substitution(m, pass, next, 'tanh');
            expect(s.tex !== null || s.grids.length > 0 || m.phase === 'update', JSON.stringify(m)).toBe(
              true,
            );
            if (s.tex)
              expect(typeset(s.tex), `${cell} ${JSON.stringify(c)} ${JSON.stringify(m)}`).not.toContain(
                'katex-error',
              );
            for (const g of s.grids) expect(g.values.length).toBe(g.rows * g.cols);
          }
        }
  });
});
