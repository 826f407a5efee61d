import { describe, expect, it } from 'vitest';
import { clipByNorm, clipByValue, clipFactors, clipGrads, globalNorm, NO_CLIP, sumSquares } from './clip';

const grads = () => ({ W: Float64Array.of(3, -4, 0.5, -7), b: Float64Array.of(12, -0.25) });

describe('gradient clipping', () => {
  it('by value bounds every entry to [−c, c] and leaves smaller ones untouched (exactly)', () => {
    expect(clipGrads(grads(), clipByValue(5))).toEqual({
      W: Float64Array.of(3, -4, 0.5, -5),
      b: Float64Array.of(5, -0.25),
    });
  });

  it('by global norm rescales all weights together to the maximum norm (1e-15 relative)', () => {
    const g = grads();
    const n = Math.sqrt(9 + 16 + 0.25 + 49 + 144 + 0.0625);
    expect(globalNorm(g)).toBeCloseTo(n, 14);
    const c = clipGrads(g, clipByNorm(2));
    expect(Math.abs(globalNorm(c) - 2) / 2).toBeLessThanOrEqual(1e-15);
    expect(Math.abs(c.W[1] / c.b[0] - -4 / 12)).toBeLessThanOrEqual(1e-15);
  });

  it('by global norm does nothing when the norm is already small enough', () => {
    expect(clipFactors(clipByNorm(100), globalNorm(grads()))).toEqual({ scale: 1, limit: Infinity });
    expect(clipGrads(grads(), clipByNorm(100))).toEqual(grads());
  });

  it('none changes nothing and the input is never modified', () => {
    const g = grads();
    expect(clipGrads(g, NO_CLIP)).toEqual(grads());
    clipGrads(g, clipByValue(0.1));
    expect(g).toEqual(grads());
  });

  it('sums squares with partial sums over any length (exactly for small integers)', () => {
    for (let n = 0; n < 9; n++)
      expect(sumSquares(Float64Array.from({ length: n }, (_, k) => k + 1))).toBe(
        (n * (n + 1) * (2 * n + 1)) / 6,
      );
  });

  it('rejects non-positive bounds', () => {
    expect(() => clipByValue(0)).toThrow(/positive/);
    expect(() => clipByNorm(-1)).toThrow(/positive/);
  });
});
