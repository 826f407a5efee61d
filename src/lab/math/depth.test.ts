import { describe, expect, it } from 'vitest';
import { compose, gradientStats, preActivations, quantileSorted, sigmoidBound } from './depth';
import type { FnParams } from './functions';

const P: FnParams = { leakyAlpha: 0.01, eluAlpha: 1, slope: 1.3, maxout: { w1: 0, b1: 0, w2: 1, b2: 0 } };

describe('stacking layers', () => {
  it('linear layers collapse: f(f(f(x))) = c³x, and f^N(x) = cᴺx (relative 1e-12)', () => {
    for (const x of [-2, 0.5, 3]) {
      expect(compose('linear', 3, x, P)).toBeCloseTo(P.slope ** 3 * x, 12);
      expect(compose('linear', 17, x, P) / (P.slope ** 17 * x)).toBeCloseTo(1, 12);
    }
  });

  it('stacked tanh flattens: tanh^10 stays below 0.5 in size for every x, while tanh(3) > 0.99', () => {
    for (let x = -10; x <= 10; x += 0.25) expect(Math.abs(compose('tanh', 10, x, P))).toBeLessThan(0.5);
    expect(compose('tanh', 1, 3, P)).toBeGreaterThan(0.99);
  });

  it('ReLU stacked is still ReLU (max(0, ·) is idempotent)', () => {
    for (const x of [-3, -0.1, 0, 0.7, 4]) expect(compose('relu', 8, x, P)).toBe(Math.max(0, x));
  });

  it('N = 0 is the identity', () => {
    expect(compose('sigmoid', 0, 1.25, P)).toBe(1.25);
  });
});

describe('the gradient through the stack', () => {
  const layers = 20;
  const pre = preActivations(401, layers, 1);

  it('the random pre-activations are seeded: same seed, same numbers', () => {
    expect(preActivations(5, 4, 1)).toEqual(preActivations(5, 4, 1));
    expect(preActivations(5, 4, 1, 1)).not.toEqual(preActivations(5, 4, 1, 2));
  });

  it('sigmoid shrinks at least as 0.25ᴺ: every quartile of |Π σ′| is ≤ 0.25ᴺ', () => {
    const s = gradientStats('sigmoid', P, pre, layers);
    for (let n = 1; n <= layers; n++) {
      expect(s.q3[n - 1]).toBeLessThanOrEqual(sigmoidBound(n));
      expect(s.median[n - 1]).toBeLessThanOrEqual(s.q3[n - 1]);
      expect(s.q1[n - 1]).toBeLessThanOrEqual(s.median[n - 1]);
    }
  });

  it('linear layers multiply the gradient by exactly cᴺ (no spread)', () => {
    const s = gradientStats('linear', P, pre, layers);
    for (let n = 1; n <= layers; n++) {
      expect(s.median[n - 1] / P.slope ** n).toBeCloseTo(1, 12);
      expect(s.q1[n - 1]).toBe(s.q3[n - 1]);
    }
  });

  it('ReLU’s product is 0 in about 1 − 0.5ᴺ of the chains (within 0.06)', () => {
    const s = gradientStats('relu', P, pre, layers);
    for (let n = 1; n <= 6; n++) expect(Math.abs(s.zeroShare[n - 1] - (1 - 0.5 ** n))).toBeLessThan(0.06);
    expect(s.zeroShare[layers - 1]).toBeGreaterThan(0.99);
  });

  it('leaky ReLU never gives an exact 0', () => {
    const s = gradientStats('leaky_relu', P, pre, layers);
    expect(Math.max(...s.zeroShare)).toBe(0);
  });

  it('quantileSorted interpolates linearly between neighbours', () => {
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileSorted([1, 2, 3, 4, 5], 0.25)).toBe(2);
  });
});
