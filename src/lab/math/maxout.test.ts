import { describe, expect, it } from 'vitest';
import { elu, leakyRelu } from './functions';
import { MAXOUT_PRESETS, matchPreset, maxout, maxoutDeriv, maxoutPreset, paramCount } from './maxout';

const GRID = Array.from({ length: 2001 }, (_, k) => -10 + k * 0.01);

describe('maxout presets', () => {
  it('the ReLU preset (w₁ = b₁ = 0) equals max(0, x) exactly on a grid of 2001 points', () => {
    const p = maxoutPreset('relu', 0.01);
    expect(p.w1).toBe(0);
    expect(p.b1).toBe(0);
    for (const x of GRID) expect(maxout(x, p)).toBe(Math.max(0, x));
  });

  it('the leaky ReLU preset equals leaky ReLU exactly for α = 0.01, 0.1 and 0.3', () => {
    for (const a of [0.01, 0.1, 0.3]) {
      const p = maxoutPreset('leaky_relu', a);
      for (const x of GRID) expect(maxout(x, p)).toBe(leakyRelu(x, a));
    }
  });

  it('the |x| preset equals Math.abs exactly', () => {
    const p = maxoutPreset('abs', 0.01);
    for (const x of GRID) expect(maxout(x, p)).toBe(Math.abs(x));
  });

  it('the linear preset equals x exactly (its second piece never wins)', () => {
    const p = maxoutPreset('linear', 0.01);
    for (const x of GRID) expect(maxout(x, p)).toBe(x);
  });

  it('the preset derivatives equal ReLU′, leaky′ and sign(x) away from 0', () => {
    for (const x of GRID) {
      if (x === 0) continue;
      expect(maxoutDeriv(x, maxoutPreset('relu', 0.01))).toBe(x > 0 ? 1 : 0);
      expect(maxoutDeriv(x, maxoutPreset('leaky_relu', 0.01))).toBe(x > 0 ? 1 : 0.01);
      expect(maxoutDeriv(x, maxoutPreset('abs', 0.01))).toBe(Math.sign(x));
    }
    expect(maxoutDeriv(0, maxoutPreset('relu', 0.01))).toBe(0); // the engine's ReLU′(0)
  });

  it('no preset is ELU: its curved negative side needs more than two pieces', () => {
    const p = maxoutPreset('leaky_relu', 0.01);
    expect(maxout(-2, p)).not.toBeCloseTo(elu(-2, 1), 2);
  });

  it('matchPreset recognises each preset, in either piece order', () => {
    for (const preset of MAXOUT_PRESETS) expect(matchPreset(maxoutPreset(preset, 0.05), 0.05)).toBe(preset);
    expect(matchPreset({ w1: 1, b1: 0, w2: 0, b2: 0 }, 0.01)).toBe('relu');
    expect(matchPreset({ w1: 1, b1: 0, w2: 1, b2: 0 }, 0.01)).toBe('linear');
    expect(matchPreset({ w1: -0.5, b1: 0, w2: 1, b2: 0 }, 0.01)).toBeNull();
    expect(matchPreset({ w1: 1, b1: 0, w2: 1, b2: 0.5 }, 0.01)).toBeNull();
  });
});

describe('parameter cost', () => {
  it('a maxout unit has twice the parameters of a ReLU unit: 4 vs 2 for one input, 16 vs 8 for 7', () => {
    expect([paramCount('relu', 1), paramCount('maxout', 1)]).toEqual([2, 4]);
    expect([paramCount('relu', 7), paramCount('maxout', 7)]).toEqual([8, 16]);
  });
});
