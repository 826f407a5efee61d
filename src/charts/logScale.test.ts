import { describe, expect, it } from 'vitest';
import { clampLog, decadeLabel, decadeTicks, LOG_FLOOR_MIN, logDomain, logY } from './logScale';

describe('logDomain', () => {
  it('widens the finite positive values to whole decades', () => {
    expect(logDomain([0.03, 2.5, 0.7])).toEqual({ lo: 1e-2, hi: 10 });
  });

  it('reaches down to 1e−73 when a gradient has vanished that far', () => {
    const d = logDomain([1e-73, 0.5, 1.2]);
    expect(Math.log10(d.lo)).toBeCloseTo(-73, 9);
    expect(d.hi).toBe(10);
  });

  it('ignores zeros, negatives, NaN, infinities and underflow below 1e−300', () => {
    expect(logDomain([0, -1, Number.NaN, Number.POSITIVE_INFINITY, 5e-324, 1e-310, 0.2, 3])).toEqual({
      lo: 0.1,
      hi: 10,
    });
  });

  it('is at most maxDecades deep', () => {
    const d = logDomain([1e-250, 1], 40);
    expect(Math.log10(d.lo)).toBeCloseTo(-40, 9);
  });

  it('spans two decades around a single value and falls back to [1e−3, 1] with no usable value', () => {
    expect(logDomain([1])).toEqual({ lo: 0.1, hi: 10 });
    expect(logDomain([0, 0, Number.NaN])).toEqual({ lo: 1e-3, hi: 1 });
    expect(logDomain([])).toEqual({ lo: 1e-3, hi: 1 });
  });
});

describe('clampLog', () => {
  const d = { lo: 1e-10, hi: 10 };
  it('keeps a value inside the domain as it is', () => {
    expect(clampLog(0.5, d)).toEqual({ shown: 0.5, clamped: null });
  });
  it('draws zero, a negative number, underflow and values below the floor at the floor, flagged low', () => {
    for (const v of [0, -0, -3, 5e-324, 1e-73, Number.NEGATIVE_INFINITY]) {
      expect(clampLog(v, d)).toEqual({ shown: 1e-10, clamped: 'low' });
    }
  });
  it('clamps +Infinity and values above the top to the top, flagged high', () => {
    expect(clampLog(Number.POSITIVE_INFINITY, d)).toEqual({ shown: 10, clamped: 'high' });
    expect(clampLog(1e5, d)).toEqual({ shown: 10, clamped: 'high' });
  });
  it('returns null for NaN (a gap in the line)', () => {
    expect(clampLog(Number.NaN, d)).toBeNull();
  });
});

describe('logY', () => {
  it('maps the floor to the bottom pixel and the top decade to the top pixel (within 1e−9 px)', () => {
    const y = logY({ lo: 1e-4, hi: 1 }, 200, 0);
    expect(y(1e-4)).toBeCloseTo(200, 9);
    expect(y(1)).toBeCloseTo(0, 9);
    expect(y(1e-2)).toBeCloseTo(100, 9);
  });

  it('never returns NaN or ±Infinity, whatever the value', () => {
    const y = logY(logDomain([1e-73, 1]), 300, 10);
    for (const v of [0, -1, 1e-73, 1e-320, 5e-324, Number.NaN, Number.POSITIVE_INFINITY, -Infinity, 1e300]) {
      expect(Number.isFinite(y(v))).toBe(true);
    }
    expect(y(0)).toBeCloseTo(300, 9);
    expect(y(1e-320)).toBeCloseTo(300, 9);
  });

  it('stays finite on a degenerate domain', () => {
    expect(Number.isFinite(logY({ lo: 1, hi: 1 }, 100, 0)(1))).toBe(true);
  });

  it('keeps LOG_FLOOR_MIN finite on the log scale', () => {
    expect(Number.isFinite(Math.log10(LOG_FLOOR_MIN))).toBe(true);
  });
});

describe('decadeTicks', () => {
  it('ticks every decade when few', () => {
    expect(decadeTicks({ lo: 1e-3, hi: 10 })).toEqual([-3, -2, -1, 0, 1]);
  });
  it('thins 74 decades to round steps (−60, −40, …, 0), keeps the floor 10⁻⁷³ and at most 7 ticks', () => {
    const t = decadeTicks({ lo: 1e-73, hi: 10 });
    expect(t).toEqual([-73, -60, -40, -20, 0]);
  });
  it('adds the top decade when it is far from the last round tick', () => {
    expect(decadeTicks({ lo: 1e-20, hi: 1e7 }, 7)).toEqual([-20, -10, 0, 7]);
  });
  it('always returns increasing exponents within the domain', () => {
    for (const [lo, hi] of [
      [1e-300, 1e3],
      [1e-5, 1e-4],
      [1e-9, 1],
    ]) {
      const t = decadeTicks({ lo, hi });
      expect(t.length).toBeLessThanOrEqual(8);
      for (let k = 1; k < t.length; k++) expect(t[k]).toBeGreaterThan(t[k - 1]);
      expect(t[0]).toBeGreaterThanOrEqual(Math.round(Math.log10(lo)));
      expect(t.at(-1)).toBeLessThanOrEqual(Math.round(Math.log10(hi)));
    }
  });
});

describe('decadeLabel', () => {
  it('writes powers of ten with superscript exponents', () => {
    expect(decadeLabel(-73)).toBe('10⁻⁷³');
    expect(decadeLabel(0)).toBe('1');
    expect(decadeLabel(1)).toBe('10');
    expect(decadeLabel(12)).toBe('10¹²');
  });
});
