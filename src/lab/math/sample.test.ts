import { describe, expect, it } from 'vitest';
import type { FnParams } from './functions';
import { grid, sampleDeriv, sampleValue, saturationIntervals } from './sample';

const P: FnParams = { leakyAlpha: 0.01, eluAlpha: 1, slope: 1, maxout: { w1: 0, b1: 0, w2: 1, b2: 0 } };

describe('sampling curves for drawing', () => {
  it('grid spans x₀..x₁ inclusive and inserts extra points in order', () => {
    expect(grid(-1, 1, 5)).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect(grid(-1, 1, 3, [0.25, 5])).toEqual([-1, 0, 0.25, 1]);
  });

  it('ReLU′ breaks at 0: left limit 0, a NaN gap, right limit 1', () => {
    const d = sampleDeriv('relu', P, -2, 2, 5);
    expect(d).toEqual([
      [-2, 0],
      [-1, 0],
      [0, 0],
      [0, Number.NaN],
      [0, 1],
      [1, 1],
      [2, 1],
    ]);
  });

  it('the maxout corner is sampled exactly where the pieces cross', () => {
    const p = { ...P, maxout: { w1: 0, b1: 0.3, w2: 1, b2: 0 } };
    const f = sampleValue('maxout', p, -1, 1, 4);
    expect(f.map(([x]) => x)).toContain(0.3);
  });

  it('sigmoid saturates (|σ′| < 0.01) only beyond |x| ≈ 4.6, symmetric within one sample step', () => {
    const iv = saturationIntervals(sampleDeriv('sigmoid', P, -8, 8, 1601));
    expect(iv).toHaveLength(2);
    expect(iv[0][0]).toBe(-8);
    expect(iv[0][1]).toBeCloseTo(-4.6, 1);
    expect(iv[1][0]).toBeCloseTo(4.6, 1);
    expect(iv[1][1]).toBe(8);
  });

  it('ReLU saturates on its whole negative side; leaky ReLU with α = 0.01 does not (|f′| = 0.01 is not < 0.01)', () => {
    const relu = saturationIntervals(sampleDeriv('relu', P, -4, 4, 81));
    expect(relu).toHaveLength(1);
    expect(relu[0][0]).toBe(-4);
    expect(relu[0][1]).toBeCloseTo(0, 1);
    expect(saturationIntervals(sampleDeriv('leaky_relu', P, -4, 4, 81))).toEqual([]);
  });
});
