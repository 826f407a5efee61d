import { describe, expect, it } from 'vitest';
import { barScales, labelledBars } from './bars';

const M = { top: 20, right: 6, bottom: 40, left: 36 };

describe('barScales', () => {
  it('maps p = 0 to the baseline and p = 1 to the top margin', () => {
    const s = barScales(4, 400, 200, M);
    expect(s.y(0)).toBeCloseTo(200 - 40, 12);
    expect(s.y(1)).toBeCloseTo(20, 12);
    expect(s.y(0.5)).toBeCloseTo((160 + 20) / 2, 12);
    expect(s.y0).toBe(s.y(0));
    expect(s.y1).toBe(s.y(1));
  });

  it('clamps probabilities outside 0..1 and treats NaN as 0', () => {
    const s = barScales(4, 400, 200, M);
    expect(s.y(1.5)).toBe(s.y(1));
    expect(s.y(-0.2)).toBe(s.y(0));
    expect(s.y(Number.NaN)).toBe(s.y(0));
  });

  it('places n bars left to right inside the plot area without overlap', () => {
    const s = barScales(5, 400, 200, M);
    expect(s.bandwidth).toBeGreaterThan(0);
    for (let i = 0; i < 5; i++) {
      expect(s.x(i)).toBeGreaterThanOrEqual(M.left);
      expect(s.x(i) + s.bandwidth).toBeLessThanOrEqual(400 - M.right + 1e-9);
      if (i > 0) expect(s.x(i)).toBeGreaterThanOrEqual(s.x(i - 1) + s.bandwidth);
    }
  });
});

describe('labelledBars', () => {
  it('labels every bar when the bands are wide enough', () => {
    expect(labelledBars(4, 60, 17, [1, 3])).toEqual([0, 1, 2, 3]);
  });

  it('labels every k-th bar of a big vocabulary and always the marked ones', () => {
    const shown = labelledBars(40, 8, 17, [13, null]);
    expect(shown).toContain(13);
    expect(shown).toContain(0);
    expect(shown.length).toBeLessThan(40);
  });

  it('drops regular labels that would crowd a marked one', () => {
    // k = 3: regular labels 0, 3, 6, 9; marked 4 → 3 and 6 are too close
    expect(labelledBars(10, 6, 17, [4])).toEqual([0, 4, 9]);
  });
});
