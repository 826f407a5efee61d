// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createCurves, decadeLabel, decadeTicks, logDomain, paddedDomain } from './curves';

describe('curves: domains and ticks', () => {
  it('paddedDomain pads the extent by 8% and always contains the included values', () => {
    const [lo, hi] = paddedDomain([0, 1]);
    expect(lo).toBeCloseTo(-0.08, 12);
    expect(hi).toBeCloseTo(1.08, 12);
    const [lo2, hi2] = paddedDomain([0.2, 0.6], [0, 1]);
    expect(lo2).toBeLessThan(0);
    expect(hi2).toBeGreaterThan(1);
  });

  it('paddedDomain clamps to the given range before padding, and ignores NaN', () => {
    const [lo, hi] = paddedDomain([-100, Number.NaN, 100], [], [-5, 5]);
    expect(lo).toBeCloseTo(-5.8, 12);
    expect(hi).toBeCloseTo(5.8, 12);
  });

  it('paddedDomain widens a flat series to a unit span', () => {
    const [lo, hi] = paddedDomain([2, 2, 2]);
    expect(hi - lo).toBeCloseTo(1.16, 12);
  });

  it('logDomain covers the positive values in whole decades, at least floor..10', () => {
    expect(logDomain([0.3, 0, 1e-5], 1e-3)).toEqual([1e-5, 10]);
    expect(logDomain([2500], 1e-3)).toEqual([1e-3, 1e4]);
  });

  it('decadeTicks keeps at most 7 decades, always including the top one', () => {
    expect(decadeTicks([1e-3, 10])).toEqual([1e-3, 1e-2, 1e-1, 1, 10]);
    const many = decadeTicks([1e-20, 10]);
    expect(many.length).toBeLessThanOrEqual(7);
    expect(many.at(-1)).toBe(10);
  });

  it('decadeLabel writes powers of ten with superscripts', () => {
    expect(decadeLabel(1e-6)).toBe('10⁻⁶');
    expect(decadeLabel(1)).toBe('1');
    expect(decadeLabel(10)).toBe('10');
    expect(decadeLabel(1000)).toBe('10³');
  });
});

describe('the curves factory', () => {
  const view = {
    label: 'test plot',
    xDomain: [-1, 1] as [number, number],
    xTitle: 'x',
    probeX: 0.5,
    plots: [
      {
        title: 'f',
        height: 100,
        yDomain: [-1, 1] as [number, number],
        series: [
          {
            id: 'a',
            color: '#000',
            points: [
              [-1, -1],
              [0, Number.NaN],
              [1, 1],
            ] as [number, number][],
          },
          {
            id: 'b',
            color: '#f00',
            points: [
              [-1, 0],
              [1, 0],
            ] as [number, number][],
          },
        ],
      },
    ],
    lanes: [{ id: 'a', color: '#000', intervals: [[-1, 0]] as [number, number][] }],
    probeDots: [[{ x: 0.5, y: 0.5, color: '#000' }]],
  };

  it('draws one path per series, a lane per interval, the crosshair and its dots, and names the SVG', () => {
    const el = document.createElement('div');
    document.body.append(el);
    const chart = createCurves(el);
    chart.update(view);
    const svg = el.querySelector('svg');
    expect(svg?.getAttribute('aria-label')).toBe('test plot');
    expect(el.querySelectorAll('path.series')).toHaveLength(2);
    expect(el.querySelectorAll('line.lane')).toHaveLength(1);
    expect(el.querySelectorAll('.probe-layer line.probe')).toHaveLength(1);
    expect(el.querySelectorAll('.probe-layer circle')).toHaveLength(1);
    // a NaN point breaks the line into two pieces (two "M" moves)
    const d = el.querySelector('path.series[data-id="a"]')?.getAttribute('d') ?? '';
    expect(d.match(/M/g)?.length).toBe(2);
    chart.destroy();
    expect(el.querySelector('svg')).toBeNull();
  });

  it('moving only the probe keeps the plot’s paths (no full redraw)', () => {
    const el = document.createElement('div');
    document.body.append(el);
    const chart = createCurves(el);
    chart.update(view);
    const path = el.querySelector('path.series');
    chart.update({ ...view, probeX: -0.5 });
    expect(el.querySelector('path.series')).toBe(path);
    chart.update({ ...view, plots: [...view.plots] });
    expect(el.querySelector('path.series')).not.toBe(path);
    chart.destroy();
  });
});
