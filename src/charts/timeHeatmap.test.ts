// @vitest-environment happy-dom
import { color } from 'd3';
import { describe, expect, it } from 'vitest';
import {
  bandPixels,
  cellAt,
  colorLut,
  createTimeHeatmap,
  legendNumber,
  niceMaxAbs,
  scalePosition,
  type TimeBand,
  type TimeHeatmapView,
  thinSteps,
  timeLayout,
  unitsBySteps,
} from './timeHeatmap';

const rgbOf = (hex: string) => {
  const c = color(hex)?.rgb();
  return c ? [Math.round(c.r), Math.round(c.g), Math.round(c.b)] : [];
};

describe('colorLut', () => {
  it('runs the diverging scale from blue #2166ac through white #f7f7f7 to orange #b35806 (±1 per channel)', () => {
    const lut = colorLut('diverging');
    const at = (k: number) => Array.from(lut.slice(k * 3, k * 3 + 3));
    for (const [k, hex] of [
      [0, '#2166ac'],
      [128, '#f7f7f7'],
      [256, '#b35806'],
    ] as const) {
      at(k).forEach((c, i) => {
        expect(Math.abs(c - rgbOf(hex)[i])).toBeLessThanOrEqual(1);
      });
    }
  });
});

describe('scalePosition', () => {
  it('centres a diverging scale on 0 and clamps beyond ±maxAbs', () => {
    const s = { kind: 'diverging', maxAbs: 2 } as const;
    expect(scalePosition(0, s)).toBe(0.5);
    expect(scalePosition(-2, s)).toBe(0);
    expect(scalePosition(1, s)).toBe(0.75);
    expect(scalePosition(50, s)).toBe(1);
  });
  it('maps a sequential 0..1 gate scale linearly', () => {
    const s = { kind: 'sequential', lo: 0, hi: 1 } as const;
    expect(scalePosition(0.25, s)).toBe(0.25);
    expect(scalePosition(-1, s)).toBe(0);
  });
  it('returns NaN for values that are not finite', () => {
    expect(scalePosition(Number.NaN, { kind: 'sequential', lo: 0, hi: 1 })).toBeNaN();
    expect(scalePosition(Number.POSITIVE_INFINITY, { kind: 'diverging', maxAbs: 1 })).toBeNaN();
  });
});

describe('unitsBySteps', () => {
  it('turns one vector per step into a units × steps row-major matrix', () => {
    const m = unitsBySteps([Float64Array.of(1, 2), Float64Array.of(3, 4), Float64Array.of(5, 6)], 2);
    expect(Array.from(m)).toEqual([1, 3, 5, 2, 4, 6]);
  });
});

describe('niceMaxAbs', () => {
  it('rounds max |x| up to 1, 2 or 5 × 10^k', () => {
    expect(niceMaxAbs([0.3, -0.74])).toBe(1);
    expect(niceMaxAbs([0.12])).toBeCloseTo(0.2, 12);
    expect(niceMaxAbs([-3.2])).toBe(5);
    expect(niceMaxAbs([1])).toBe(1);
  });
  it('is 1 for all zeros and skips non-finite values', () => {
    expect(niceMaxAbs([0, 0])).toBe(1);
    expect(niceMaxAbs([Number.NaN, 0.4])).toBe(0.5);
  });
});

describe('bandPixels', () => {
  const band = (reached: number): TimeBand => ({
    key: 'h',
    label: 'h_t',
    data: Float64Array.of(-1, 0, 1, Number.NaN, 0.5, -0.5),
    scale: { kind: 'diverging', maxAbs: 1 },
    reached,
  });
  it('colours reached steps opaquely and leaves steps not reached transparent', () => {
    const px = bandPixels(band(2), 2, 3);
    const alpha = [0, 1, 2, 3, 4, 5].map((k) => px[k * 4 + 3]);
    expect(alpha).toEqual([255, 255, 0, 255, 255, 0]);
  });
  it('draws −max blue, 0 white, and NaN grey', () => {
    const px = bandPixels(band(3), 2, 3);
    expect(Array.from(px.slice(0, 3))).toEqual(rgbOf('#2166ac'));
    expect(Array.from(px.slice(4, 7))).toEqual(rgbOf('#f7f7f7'));
    expect(Array.from(px.slice(12, 15))).toEqual(rgbOf('#8c8c8c'));
  });
  it('fills 128 units × 200 steps in well under a frame', () => {
    const data = Float64Array.from({ length: 128 * 200 }, (_, k) => Math.sin(k));
    const b: TimeBand = {
      key: 'h',
      label: 'h_t',
      data,
      scale: { kind: 'diverging', maxAbs: 1 },
      reached: 200,
    };
    const t0 = performance.now();
    const px = bandPixels(b, 128, 200);
    expect(performance.now() - t0).toBeLessThan(50);
    expect(px.length).toBe(128 * 200 * 4);
  });
});

describe('timeLayout', () => {
  const base = { font: 14, maxBandHeight: 220, labelChars: 3 };
  it('gives the hello case big whole-pixel cells with values printed', () => {
    const L = timeLayout({ ...base, units: 3, steps: 4, bands: 1, width: 900 });
    expect(L.cellW).toBe(64);
    expect(L.cellH).toBe(34);
    expect(L.showValues).toBe(true);
    expect(L.colTicks).toEqual([0, 1, 2, 3]);
  });
  it('fits 128 units × 200 steps in 1000 px, two bands, with finite sizes and thinned ticks', () => {
    const L = timeLayout({ ...base, units: 128, steps: 200, bands: 2, width: 1000 });
    expect(L.width).toBeLessThanOrEqual(1000);
    expect(L.cellH).toBeCloseTo(220 / 128, 9);
    expect(L.bandTops[1]).toBeGreaterThan(L.bandTops[0] + L.bandH);
    expect(L.showValues).toBe(false);
    expect(L.colTicks.length).toBeLessThan(40);
    expect(L.rowTicks.length).toBeLessThan(20);
    for (const v of [L.cellW, L.cellH, L.height, L.gridW]) expect(Number.isFinite(v)).toBe(true);
  });
  it('does not print values when H > 8', () => {
    expect(
      timeLayout({ ...base, units: 9, steps: 3, bands: 1, width: 900, maxBandHeight: 400 }).showValues,
    ).toBe(false);
  });
});

describe('cellAt', () => {
  it('finds band, unit and step (1-based) under a point, and null in the gap between bands', () => {
    const L = timeLayout({ font: 14, maxBandHeight: 100, units: 4, steps: 5, bands: 2, width: 600 });
    const x = L.left + 2.5 * L.cellW;
    expect(cellAt(L, 4, 5, x, L.bandTops[0] + 0.5 * L.cellH)).toEqual({ band: 0, unit: 1, t: 3 });
    expect(cellAt(L, 4, 5, x, L.bandTops[1] + 3.5 * L.cellH)).toEqual({ band: 1, unit: 4, t: 3 });
    expect(cellAt(L, 4, 5, x, L.bandTops[0] + L.bandH + L.bandGap / 2)).toBeNull();
    expect(cellAt(L, 4, 5, L.left - 3, L.bandTops[0] + 1)).toBeNull();
  });
});

describe('thinSteps', () => {
  it('labels every step when they fit and every 5th (5, 10, …) when not', () => {
    expect(thinSteps(4, 40, 30)).toEqual([0, 1, 2, 3]);
    expect(thinSteps(20, 8, 34)).toEqual([0, 4, 9, 14, 19]);
  });
});

describe('legendNumber', () => {
  it('prints scale ends briefly with a real minus sign', () => {
    expect(legendNumber(-0.5)).toBe('−0.5');
    expect(legendNumber(1)).toBe('1');
    expect(legendNumber(0.30000000000000004)).toBe('0.3');
  });
});

describe('createTimeHeatmap', () => {
  const view = (reached: number, cursorT: number | null): TimeHeatmapView => ({
    units: 2,
    steps: 3,
    bands: [
      {
        key: 'h',
        label: 'h_t',
        data: Float64Array.of(0.1, 0.2, 0.3, -0.1, -0.2, -0.3),
        scale: { kind: 'diverging', maxAbs: 1 },
        reached,
      },
    ],
    legends: [{ label: 'h_t', scale: { kind: 'diverging', maxAbs: 1 } }],
    cursorT,
    xTitle: 'step t',
    yTitle: 'unit j',
    ariaLabel: 'heatmap',
    tip: () => '',
  });

  it('hatches the steps not reached, outlines the cursor column and draws the linked hover', () => {
    const el = document.createElement('div');
    document.body.append(el);
    const chart = createTimeHeatmap(el, { maxBandHeight: 100 });
    chart.update(view(1, 2));
    expect(el.querySelector('.th-blank rect')?.getAttribute('data-reached')).toBe('1');
    expect(el.querySelector('.th-cursor')?.getAttribute('data-t')).toBe('2');
    chart.setHover({ unit: 2, t: 3 });
    expect(el.querySelector('.th-hover-col')?.getAttribute('data-t')).toBe('3');
    expect(el.querySelector('.th-hover-row')?.getAttribute('data-unit')).toBe('2');
    chart.update(view(3, null));
    expect(el.querySelector('.th-blank rect')).toBeNull();
    expect(el.querySelector('.th-cursor')?.getAttribute('visibility')).toBe('hidden');
    chart.destroy();
    expect(el.childElementCount).toBe(0);
  });

  it('renders 128 units × 200 steps in two bands, with finite geometry and no NaN in the overlay', () => {
    const el = document.createElement('div');
    document.body.append(el);
    const chart = createTimeHeatmap(el, { maxBandHeight: 220 });
    const data = Float64Array.from({ length: 128 * 200 }, (_, k) => Math.tanh(Math.sin(k)));
    const band = (key: string, reached: number): TimeBand => ({
      key,
      label: `${key}_t`,
      data,
      scale: { kind: 'diverging', maxAbs: 1 },
      reached,
    });
    chart.update({
      ...view(0, null),
      units: 128,
      steps: 200,
      bands: [band('h', 150), band('c', 151)],
      cursorT: 151,
    });
    chart.setHover({ unit: 128, t: 200 });
    expect(el.querySelectorAll('.th-band-label')).toHaveLength(2);
    expect(el.querySelector('.th-cursor')?.getAttribute('data-t')).toBe('151');
    expect(el.innerHTML).not.toMatch(/NaN|Infinity/);
    chart.destroy();
  });
});
