import { describe, expect, it } from 'vitest';
import type { Block } from '../engine/model';
import { blockOf } from '../engine/trace';
import { type Config, DEFAULT_CONFIG } from '../store/config';
import { compareFlows } from '../store/derived';
import { buildSequence, firstPass, nextPass, type Pass, type Sequence } from '../store/lesson';
import { LONG_TEXT } from './lecture';
import { type Asked, ask } from './questions';
import type { Question } from './types';

function lesson(patch: Partial<Config>): { config: Config; seq: Sequence; pass: Pass } {
  const config = { ...DEFAULT_CONFIG, ...patch };
  const seq = buildSequence(config, null) as Sequence;
  return { config, seq, pass: firstPass(config, seq, null) };
}
const asked = (q: Question, patch: Partial<Config> = {}) => ask(q, lesson(patch)) as Asked;
const answerId = (a: Asked) => a.choices[a.answer].id;

describe('questions computed from the live trace', () => {
  it('the pick after "h" is the argmax of y₁: "o" with seed 27, "e" with seed 28', () => {
    const a = asked({ kind: 'argmax', t: 1 });
    const { pass } = lesson({});
    const y = pass.trace.forward[0].y;
    expect(a.choices.map((c) => c.id)).toEqual(['h', 'e', 'l', 'o']);
    expect(Math.max(...y)).toBe(y[3]);
    expect(answerId(a)).toBe('o');
    expect(answerId(asked({ kind: 'argmax', t: 1 }, { seed: 28 }))).toBe('e');
    expect(a.prompt).toEqual({ key: 'script.q.argmax', params: { t: 1, ch: 'h' } });
  });

  it('with more than four characters the choices are the four highest scores and include the pick', () => {
    const { pass } = lesson({ input: 'abcdefg', target: '' });
    const a = asked({ kind: 'argmax', t: 2 }, { input: 'abcdefg', target: '' });
    expect(a.choices).toHaveLength(4);
    expect(answerId(a)).toBe(pass.trace.model.vocab[pass.trace.forward[1].argmax]);
  });

  it('the most open gate of a unit is the largest of its f, i, o (LSTM) or z, r (GRU) values', () => {
    for (const cell of ['lstm', 'gru'] as const) {
      for (const seed of [27, 28, 29]) {
        const { pass } = lesson({ cell, seed });
        const f = pass.trace.forward[1];
        const gates: Block[] = cell === 'lstm' ? ['f', 'i', 'o'] : ['z', 'r'];
        const values = gates.map((g) => blockOf(f.act, g)[1]);
        const a = asked({ kind: 'gate', t: 2, unit: 2 }, { cell, seed });
        expect(a.choices.map((c) => c.id)).toEqual(gates);
        expect(answerId(a)).toBe(gates[values.indexOf(Math.max(...values))]);
      }
    }
  });

  it('a changed seed changes which gate is the most open', () => {
    const answers = new Set(
      Array.from({ length: 12 }, (_, k) =>
        answerId(asked({ kind: 'gate', t: 2, unit: 2 }, { cell: 'lstm', seed: k })),
      ),
    );
    expect(answers.size).toBeGreaterThan(1);
  });

  it('the RNN has no gates to ask about', () => {
    expect(ask({ kind: 'gate', t: 1, unit: 1 }, lesson({}))).toEqual({ key: 'script.q.needsGates' });
    expect(ask({ kind: 'argmax', t: 9 }, lesson({}))).toMatchObject({ key: 'script.q.badStep' });
  });

  it('the loss goes down after a small update and up after a huge one', () => {
    const small = lesson({});
    const after = nextPass(small.pass, small.config, small.seq) as Pass;
    expect(after.trace.loss).toBeLessThan(small.pass.trace.loss);
    expect(answerId(asked({ kind: 'lossDown' }))).toBe('down');
    const huge = lesson({ lr: 100 });
    const hugeAfter = nextPass(huge.pass, huge.config, huge.seq);
    const up = 'key' in hugeAfter || hugeAfter.trace.loss >= huge.pass.trace.loss;
    expect(up).toBe(true);
    expect(answerId(asked({ kind: 'lossDown' }, { lr: 100 }))).toBe('up');
  });

  it('on the long sentence with 3 units the LSTM keeps the largest gradient at t = 1', () => {
    const l = lesson({ input: LONG_TEXT, target: '' });
    const flows = compareFlows(l.config, l.seq);
    const norms = (['rnn', 'lstm', 'gru'] as const).map((c) => flows[c].flow.lastLossNorm[0]);
    const a = ask({ kind: 'gradient', t: 1 }, l) as Asked;
    expect(answerId(a)).toBe('lstm');
    expect(norms[1]).toBe(Math.max(...norms));
    expect(norms[0]).toBeLessThan(norms[2]);
  });

  it('at the last step the answer is the cell with the largest ‖∂L_T/∂h_T‖', () => {
    const l = lesson({});
    const flows = compareFlows(l.config, l.seq);
    const norms = (['rnn', 'lstm', 'gru'] as const).map((c) => flows[c].flow.lastLossNorm[3]);
    const a = ask({ kind: 'gradient', t: 4 }, l) as Asked;
    expect(a.answer).toBe(norms.indexOf(Math.max(...norms)));
  });
});
