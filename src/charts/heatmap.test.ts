import { describe, expect, it } from 'vitest';
import {
  cellValueText,
  charLabel,
  divergingRgb,
  fitDigits,
  heatLayout,
  highlightRects,
  maxAbsOf,
  powerLabel,
  safeMaxAbs,
  thinTicks,
  valuePlan,
  writeDivergingRgba,
} from './heatmap';

describe('heatLayout', () => {
  it('gives a small matrix big cells (capped) and labels every row and column', () => {
    const l = heatLayout(3, 4, { maxGrid: 250, maxCell: 58, font: 14 });
    expect(l.cw).toBe(58);
    expect(l.ch).toBe(58);
    expect(l.gridW).toBe(4 * 58);
    expect(l.gridH).toBe(3 * 58);
    expect(l.rowTicks).toEqual([0, 1, 2]);
    expect(l.colTicks).toEqual([0, 1, 2, 3]);
    expect(l.width).toBeGreaterThan(l.left + l.gridW);
    expect(l.height).toBeGreaterThan(l.top + l.gridH);
  });

  it('fits a 64 × 64 matrix into the largest side, the grid never wider than maxGrid', () => {
    const l = heatLayout(64, 64, { maxGrid: 170, font: 14 });
    expect(l.cw).toBeCloseTo(170 / 64, 12);
    expect(l.ch).toBeCloseTo(170 / 64, 12);
    expect(l.gridW).toBeLessThanOrEqual(170 + 1e-9);
    expect(l.gridH).toBeLessThanOrEqual(170 + 1e-9);
  });

  it('keeps a minimum cell size for very large matrices', () => {
    expect(heatLayout(500, 500, { maxGrid: 100, minCell: 2 }).cw).toBe(2);
  });

  it('spaces two-digit column labels wider than one-character ones', () => {
    const l = heatLayout(64, 64, { maxGrid: 250, font: 14, minLabelGap: 16, colLabelChars: 2 });
    expect(l.colTicks.slice(0, 3)).toEqual([0, 9, 19]);
    expect(l.rowTicks.slice(0, 3)).toEqual([0, 4, 9]);
  });

  it('widens the short axis of a 64 × 4 matrix (Wxh with 4 characters) so every column is labelled', () => {
    const l = heatLayout(64, 4, { maxGrid: 250, font: 14, minLabelGap: 16 });
    expect(l.ch).toBeCloseTo(250 / 64, 12);
    expect(l.cw).toBe(16);
    expect(l.colTicks).toEqual([0, 1, 2, 3]);
    expect(l.gridH).toBeLessThanOrEqual(250 + 1e-9);
  });

  it('thins the labels of a big matrix so they stay at least a label apart', () => {
    const l = heatLayout(64, 60, { maxGrid: 170, font: 14, minLabelGap: 16 });
    expect(l.rowTicks.length).toBeLessThan(64);
    for (let k = 1; k < l.rowTicks.length; k++) {
      expect((l.rowTicks[k] - l.rowTicks[k - 1]) * l.ch).toBeGreaterThanOrEqual(0.8 * 16);
    }
  });
});

describe('thinTicks', () => {
  it('labels every index when cells are wider than the gap', () => {
    expect(thinTicks(5, 20, 16)).toEqual([0, 1, 2, 3, 4]);
  });

  it('labels 1, 5, 10, … (1-based) when every fifth label fits', () => {
    // cell 4 px, gap 16 px: step 5 (20 px); the first label is 4 cells = 16 px from the next
    expect(thinTicks(20, 4, 16)).toEqual([0, 4, 9, 14, 19]);
  });

  it('returns nothing for an empty axis', () => {
    expect(thinTicks(0, 10, 16)).toEqual([]);
  });
});

describe('colour domain', () => {
  it('an all-zero matrix has max |x| 0, a usable domain of 1 and white cells (no NaN)', () => {
    const zeros = new Float64Array(12);
    expect(maxAbsOf(zeros)).toBe(0);
    expect(safeMaxAbs(maxAbsOf(zeros))).toBe(1);
    const rgb = divergingRgb(0, 0);
    expect(rgb.every((c) => Number.isFinite(c))).toBe(true);
    expect(rgb).toEqual([247, 247, 247]);
  });

  it('writes the same colours into a pixel buffer as divergingRgb, opaque, grey for non-finite values', () => {
    const values = [-3, -2, -1.3, -0.01, 0, 0.004, 0.7, 1.99, 2, 7, Number.NaN, Number.POSITIVE_INFINITY];
    const px = new Uint8ClampedArray(values.length * 4);
    values.forEach((v, k) => {
      writeDivergingRgba(px, k * 4, v, 2);
    });
    values.forEach((v, k) => {
      expect([...px.subarray(k * 4, k * 4 + 4)]).toEqual([...divergingRgb(v, 2), 255]);
    });
    expect([...px.subarray(40, 43)]).toEqual([140, 140, 140]);
  });

  it('maps −max to blue, +max to orange and clamps beyond', () => {
    expect(divergingRgb(-2, 2)).toEqual([0x21, 0x66, 0xac]);
    expect(divergingRgb(2, 2)).toEqual([0xb3, 0x58, 0x06]);
    expect(divergingRgb(50, 2)).toEqual(divergingRgb(2, 2));
    expect(divergingRgb(-50, 2)).toEqual(divergingRgb(-2, 2));
  });

  it('shows a non-finite value as grey and ignores NaN in max |x|', () => {
    expect(divergingRgb(Number.NaN, 1)).toEqual([140, 140, 140]);
    expect(maxAbsOf([Number.NaN, -3, 2])).toBe(3);
    expect(safeMaxAbs(Number.NaN)).toBe(1);
    expect(safeMaxAbs(Number.POSITIVE_INFINITY)).toBe(1);
  });
});

describe('highlightRects', () => {
  it('outlines a single non-zero column (Wxh: the input character) as one rectangle', () => {
    // 3 × 4, column 2 non-zero
    const m = [0, 0, 1, 0, 0, 0, -2, 0, 0, 0, 3, 0];
    expect(highlightRects(m, 3, 4)).toEqual([{ r0: 0, c0: 2, r1: 3, c1: 3 }]);
  });

  it('outlines a full matrix (Whh, Why) as one rectangle', () => {
    expect(highlightRects([1, 2, 3, 4], 2, 2)).toEqual([{ r0: 0, c0: 0, r1: 2, c1: 2 }]);
  });

  it('splits around a zero row (a unit whose gradient is 0)', () => {
    const m = [1, 1, 0, 0, 1, 1];
    expect(highlightRects(m, 3, 2)).toEqual([
      { r0: 0, c0: 0, r1: 1, c1: 2 },
      { r0: 2, c0: 0, r1: 3, c1: 2 },
    ]);
  });

  it('outlines nothing for an all-zero contribution (a step without target)', () => {
    expect(highlightRects(new Float64Array(6), 2, 3)).toEqual([]);
  });
});

describe('cell values', () => {
  it('prints a real minus sign and no negative zero', () => {
    expect(cellValueText(-0.1234, 2)).toBe('−0.12');
    expect(cellValueText(-0.0001, 2)).toBe('0.00');
    expect(cellValueText(0.0123, 3)).toBe('0.012');
  });

  it('fits 3 decimals in a wide cell, 2 in a narrower one, none in a tiny one', () => {
    expect(fitDigits(58, 14, 0.5)).toBe(3);
    expect(fitDigits(48, 14, 0.5)).toBe(2);
    expect(fitDigits(20, 14, 0.5)).toBeNull();
    expect(fitDigits(58, 14, 0)).not.toBeNull();
  });

  it('gives a tiny matrix (ΔW) more decimals, and no values when even the largest would print as zero', () => {
    expect(fitDigits(80, 14, 0.004)).toBe(4);
    expect(fitDigits(58, 14, 0.004)).toBe(3);
    expect(fitDigits(48, 14, 0.004)).toBeNull();
  });

  it('prints a tiny matrix in units of a power of ten when plain decimals would show zeros', () => {
    expect(valuePlan(48, 14, 0.5)).toEqual({ digits: 2, exp: 0 });
    expect(valuePlan(48, 14, 0.0041)).toEqual({ digits: 2, exp: -3 });
    expect(valuePlan(48, 14, 0.026)).toEqual({ digits: 2, exp: -2 });
    expect(valuePlan(58, 14, 0.026)).toEqual({ digits: 3, exp: 0 });
    expect(valuePlan(48, 14, 1.16)).toEqual({ digits: 2, exp: 0 });
    expect(valuePlan(20, 14, 0.0041)).toBeNull();
    expect(valuePlan(48, 14, 0)).toEqual({ digits: 2, exp: 0 });
    expect(powerLabel(-3)).toBe('×10⁻³');
    expect(powerLabel(-12)).toBe('×10⁻¹²');
  });

  it('shows blanks and newlines in labels', () => {
    expect(charLabel(' ')).toBe('␣');
    expect(charLabel('\n')).toBe('↵');
    expect(charLabel('a')).toBe('a');
  });
});
