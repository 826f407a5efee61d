import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import { tanh } from './tanh';

describe('the fast path’s tanh', () => {
  it('returns exactly Math.tanh’s double on 300,000 arguments across every branch', () => {
    const rng = createRng(5);
    const scales = [1e-10, 1e-6, 0.5, 2, 8, 30, 1000];
    let mismatches = 0;
    for (let k = 0; k < 300000; k++) {
      const x = (2 * rng.next() - 1) * scales[k % scales.length];
      if (!Object.is(tanh(x), Math.tanh(x))) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  it('handles the edges as Math.tanh does: ±0, 2^−28, 1, 22, ±∞ and NaN', () => {
    for (const x of [
      0,
      -0,
      2 ** -28,
      -(2 ** -28),
      2 ** -29,
      1,
      -1,
      1 - 2 ** -53,
      22,
      -22,
      22 - 1e-14,
      Infinity,
      -Infinity,
      NaN,
    ]) {
      expect(Object.is(tanh(x), Math.tanh(x))).toBe(true);
    }
  });
});
