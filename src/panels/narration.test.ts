import { describe, expect, it } from 'vitest';
import { initModel } from '../engine/init';
import { CELL_TYPES } from '../engine/model';
import { buildTrace } from '../engine/trace';
import { translator } from '../i18n';
import { momentAt, momentCount } from '../store/cursor';
import { lesson } from './equations/fixtures';
import { narrate, narrationText, oneHotText } from './narration';

const en = translator('en');
const ko = translator('ko');

describe('narrate: one sentence per moment', () => {
  const { config, vocab, pass, next } = lesson();

  it('the hello example at t = 1, sub-step p, names the input, the pick with its probability, and the target', () => {
    // the engine's own numbers for the lecture example
    const model = initModel({
      cell: 'rnn',
      vocab: ['h', 'e', 'l', 'o'],
      hiddenSize: 3,
      seed: 27,
      initialState: 'random',
    });
    const p = buildTrace(model, [0, 1, 2, 2], [1, 2, 2, 3]).forward[0].p;
    const best = p.indexOf(Math.max(...p));
    const X = (p[best] * 100).toFixed(1);
    const Y = ['h', 'e', 'l', 'o'][best];
    const n = narrate({ phase: 'forward', t: 1, sub: 'p' }, pass, null, config, vocab);
    expect(n.key).toBe('narr.p');
    expect(narrationText(n, en)).toBe(
      `t = 1: input ‘h’. The network puts ${X}% on ‘${Y}’; the target is ‘e’.`,
    );
    expect(narrationText(n, ko)).toBe(
      `t = 1: 입력 ‘h’. 네트워크는 ‘${Y}’에 ${X}%를 줍니다. 목표는 ‘e’입니다.`,
    );
  });

  it('x gives the one-hot vector, loss says whether the pick is right', () => {
    expect(narrationText(narrate({ phase: 'forward', t: 2, sub: 'x' }, pass, null, config, vocab), en)).toBe(
      't = 2: input ‘e’ enters as the one-hot vector [0, 1, 0, 0].',
    );
    const f = pass.trace.forward[0];
    const loss = narrate({ phase: 'forward', t: 1, sub: 'loss' }, pass, null, config, vocab);
    expect(loss.key).toBe(f.argmax === f.target ? 'narr.lossRight' : 'narr.lossWrong');
    expect(loss.params.loss).toBe(f.loss.toFixed(3));
  });

  it('the activation’s name is translated with the sentence', () => {
    const n = narrate(
      { phase: 'forward', t: 1, sub: 'h' },
      lesson({ activation: 'linear' }).pass,
      null,
      config,
      vocab,
    );
    expect(narrationText(n, en)).toContain('linear');
    expect(narrationText(n, ko)).toContain('선형');
  });

  it('the update compares the loss before and after, naming the optimiser when it is not plain SGD', () => {
    const n = narrate({ phase: 'update' }, pass, next, config, vocab);
    expect(n).toEqual({
      key: 'narr.update',
      params: { before: pass.trace.loss.toFixed(3), after: next.trace.loss.toFixed(3) },
    });
    const adam = lesson({ optimizer: 'adam' });
    const a = narrate({ phase: 'update' }, adam.pass, adam.next, adam.config, adam.vocab);
    expect(narrationText(a, en)).toMatch(/^The Adam update moves the loss from \d\.\d{3} to \d\.\d{3}\.$/);
    expect(narrate({ phase: 'update' }, pass, null, config, vocab).key).toBe('equations.narr.updateFailed');
  });

  it('every moment of every cell fills all its placeholders in English and Korean', () => {
    for (const cell of CELL_TYPES) {
      const l = lesson({ cell });
      const T = l.pass.trace.T;
      for (let k = 0; k < momentCount(cell, T); k++) {
        const m = momentAt(cell, T, k);
        const n = narrate(m, l.pass, l.next, l.config, l.vocab);
        for (const tr of [en, ko]) {
          const text = narrationText(n, tr);
          expect(text, `${cell} ${JSON.stringify(m)}`).not.toMatch(/\{\w+\}/);
          expect(text.length).toBeGreaterThan(10);
        }
      }
    }
  });

  it('oneHotText lists a small vocabulary in full and abbreviates a large one', () => {
    expect(oneHotText(4, 2)).toBe('[0, 0, 1, 0]');
    expect(oneHotText(30, 4)).toBe('[0 … 1 … 0] (5/30)');
  });
});
