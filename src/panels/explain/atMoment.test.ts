import { describe, expect, it } from 'vitest';
import { momentAt } from '../../store/cursor';
import { atMoment } from './atMoment';

// rnn, T = 4: forward 0..23 (x a h y p loss per step), total 24, backward 25..40 (dy dh dact dW from t = 4), update 41
const m = (k: number) => momentAt('rnn', 4, k);

describe('atMoment', () => {
  it('a forward quantity exists from the sub-step that computes it on', () => {
    expect(atMoment({ kind: 'h', t: 1, j: 0 }, m(1), 'rnn', 4)).toBeNull();
    expect(atMoment({ kind: 'h', t: 1, j: 0 }, m(2), 'rnn', 4)).toEqual({ kind: 'h', t: 1, j: 0 });
    expect(atMoment({ kind: 'h', t: 0, j: 0 }, m(0), 'rnn', 4)).not.toBeNull();
    expect(atMoment({ kind: 'p', t: 2, k: 1 }, m(41), 'rnn', 4)).not.toBeNull();
  });

  it('a weight gradient is the sum accumulated so far: from t at its dW sub-step, from t + 1 before', () => {
    const q = { kind: 'dW', name: 'Whh', index: 1 } as const;
    expect(atMoment(q, m(10), 'rnn', 4)).toBeNull();
    expect(atMoment(q, m(25), 'rnn', 4)).toEqual({ ...q, from: 5 }); // dy_4: nothing yet
    expect(atMoment(q, m(28), 'rnn', 4)).toEqual({ ...q, from: 4 }); // dW_4
    expect(atMoment(q, m(41), 'rnn', 4)).toEqual(q); // the update: the whole sum
  });

  it('ΔW exists only at the update, and dh only once backward computed it', () => {
    expect(atMoment({ kind: 'delta', name: 'Why', index: 0 }, m(40), 'rnn', 4)).toBeNull();
    expect(atMoment({ kind: 'delta', name: 'Why', index: 0 }, m(41), 'rnn', 4)).not.toBeNull();
    expect(atMoment({ kind: 'dh', t: 4, j: 0 }, m(25), 'rnn', 4)).toBeNull();
    expect(atMoment({ kind: 'dh', t: 4, j: 0 }, m(26), 'rnn', 4)).not.toBeNull();
  });
});
