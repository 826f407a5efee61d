import { describe, expect, it } from 'vitest';
import { CELL_TYPES } from '../engine/model';
import {
  backwardReached,
  type Cursor,
  forwardReached,
  indexOf,
  momentAt,
  momentCount,
  next,
  prev,
  translateMoment,
} from './cursor';

describe('the cursor over a pass of moments', () => {
  it('an rnn pass over "hell" has 4·6 forward, 1 total, 4·4 backward and 1 update moment', () => {
    expect(momentCount('rnn', 4)).toBe(24 + 1 + 16 + 1);
    expect(momentAt('rnn', 4, 0)).toEqual({ phase: 'forward', t: 1, sub: 'x' });
    expect(momentAt('rnn', 4, 23)).toEqual({ phase: 'forward', t: 4, sub: 'loss' });
    expect(momentAt('rnn', 4, 24)).toEqual({ phase: 'total' });
    expect(momentAt('rnn', 4, 25)).toEqual({ phase: 'backward', t: 4, sub: 'dy' });
    expect(momentAt('rnn', 4, 40)).toEqual({ phase: 'backward', t: 1, sub: 'dW' });
    expect(momentAt('rnn', 4, 41)).toEqual({ phase: 'update' });
  });

  it('lstm steps through f, i, o, g, c, h, y, p, loss and gru through z, r, g, h, y, p, loss', () => {
    expect(
      [0, 1, 2, 3, 4, 5, 6, 7, 8].map((k) => (momentAt('lstm', 2, k) as { sub: string }).sub).join(' '),
    ).toBe('f i o g c h y p loss');
    expect([0, 1, 2, 3, 4, 5, 6].map((k) => (momentAt('gru', 2, k) as { sub: string }).sub).join(' ')).toBe(
      'z r g h y p loss',
    );
    expect(momentAt('gru', 2, 7)).toEqual({ phase: 'forward', t: 2, sub: 'z' });
  });

  for (const cell of CELL_TYPES) {
    for (const T of [1, 3]) {
      it(`${cell}, T = ${T}: indexOf inverts momentAt for every moment`, () => {
        for (let k = 0; k < momentCount(cell, T); k++) expect(indexOf(cell, T, momentAt(cell, T, k))).toBe(k);
      });
      it(`${cell}, T = ${T}: stepping forward through a pass and back retraces the same moments`, () => {
        const seen: Cursor[] = [];
        let c: Cursor = { pass: 0, index: 0 };
        for (let k = 0; k < momentCount(cell, T); k++) {
          seen.push(c);
          c = next(c, cell, T);
        }
        expect(c).toEqual({ pass: 1, index: 0 });
        for (let k = seen.length - 1; k >= 0; k--) {
          c = prev(c, cell, T);
          expect(c).toEqual(seen[k]);
        }
        expect(prev(c, cell, T)).toEqual({ pass: 0, index: 0 });
      });
    }
  }

  it('turning point forward → backward: after the last loss comes the total, then backward at t = T', () => {
    const last = indexOf('rnn', 3, { phase: 'forward', t: 3, sub: 'loss' });
    expect(momentAt('rnn', 3, last + 1)).toEqual({ phase: 'total' });
    expect(momentAt('rnn', 3, last + 2)).toEqual({ phase: 'backward', t: 3, sub: 'dy' });
  });

  it('turning point backward → update → next pass: stepping back from the next pass lands on the update', () => {
    const end: Cursor = { pass: 2, index: momentCount('lstm', 1) - 1 };
    expect(momentAt('lstm', 1, end.index)).toEqual({ phase: 'update' });
    expect(next(end, 'lstm', 1)).toEqual({ pass: 3, index: 0 });
    expect(prev({ pass: 3, index: 0 }, 'lstm', 1)).toEqual(end);
  });

  it('at T = 1 the backward phase has only t = 1', () => {
    const ms = Array.from({ length: momentCount('rnn', 1) }, (_, k) => momentAt('rnn', 1, k));
    expect(ms.filter((m) => m.phase === 'backward').map((m) => (m as { t: number }).t)).toEqual([1, 1, 1, 1]);
  });

  it('a step is dimmed in the forward phase until it is reached, and backward steps only once reached', () => {
    const m = momentAt('rnn', 4, indexOf('rnn', 4, { phase: 'forward', t: 2, sub: 'h' }));
    expect(forwardReached('rnn', 4, m, 2, 'a')).toBe(true);
    expect(forwardReached('rnn', 4, m, 2, 'y')).toBe(false);
    expect(forwardReached('rnn', 4, m, 3)).toBe(false);
    const b = { phase: 'backward', t: 3, sub: 'dh' } as const;
    expect(backwardReached('rnn', 4, b, 4)).toBe(true);
    expect(backwardReached('rnn', 4, b, 3, 'dact')).toBe(false);
    expect(backwardReached('rnn', 4, b, 2)).toBe(false);
  });
});

describe('keeping the place when the cell or the text changes', () => {
  it('h_t, y_t, p_t and backward moments keep their place; gates and the pre-activation map to the first gate', () => {
    expect(translateMoment({ phase: 'forward', t: 2, sub: 'h' }, 'lstm', 4)).toEqual({
      phase: 'forward',
      t: 2,
      sub: 'h',
    });
    expect(translateMoment({ phase: 'forward', t: 2, sub: 'a' }, 'gru', 4)).toEqual({
      phase: 'forward',
      t: 2,
      sub: 'z',
    });
    expect(translateMoment({ phase: 'forward', t: 3, sub: 'c' }, 'rnn', 4)).toEqual({
      phase: 'forward',
      t: 3,
      sub: 'h',
    });
    expect(translateMoment({ phase: 'forward', t: 1, sub: 'i' }, 'rnn', 4)).toEqual({
      phase: 'forward',
      t: 1,
      sub: 'x',
    });
    expect(translateMoment({ phase: 'backward', t: 4, sub: 'dh' }, 'gru', 2)).toEqual({
      phase: 'backward',
      t: 2,
      sub: 'dh',
    });
    expect(translateMoment({ phase: 'update' }, 'lstm', 9)).toEqual({ phase: 'update' });
  });
});
