// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createLossChart, emaSmooth, type LossView, lossDomain, nearestPoint } from './lossChart';

describe('emaSmooth', () => {
  it('starts at the first loss (debiased) and follows a constant series exactly (to 1e−12)', () => {
    const s = emaSmooth(
      [1, 1, 1].map((loss, x) => ({ x, loss })),
      0.9,
    );
    for (const p of s) expect(p.loss).toBeCloseTo(1, 12);
  });
  it('lags behind a falling loss and skips non-finite values', () => {
    const s = emaSmooth(
      [4, 3, Number.NaN, 2].map((loss, x) => ({ x, loss })),
      0.5,
    );
    expect(s.map((p) => p.x)).toEqual([0, 1, 3]);
    expect(s[0].loss).toBeCloseTo(4, 12);
    expect(s[1].loss).toBeCloseTo((0.25 * 4 + 0.5 * 3) / 0.75, 12);
    expect(s[2].loss).toBeGreaterThan(2);
  });
});

describe('lossDomain', () => {
  it('starts at 0 and rounds up: one pass shows x to 4 and y to a nice value above the loss', () => {
    const d = lossDomain([{ x: 0, loss: 5.63 }]);
    expect(d.xHi).toBe(4);
    expect(d.yHi).toBeGreaterThanOrEqual(5.63);
    expect(d.yHi).toBeLessThanOrEqual(10);
  });
  it('grows x with many passes and ignores infinite losses', () => {
    const d = lossDomain([
      { x: 0, loss: 2 },
      { x: 737, loss: Number.POSITIVE_INFINITY },
    ]);
    expect(d.xHi).toBeGreaterThanOrEqual(737);
    expect(d.yHi).toBeGreaterThanOrEqual(2);
    expect(Number.isFinite(d.yHi)).toBe(true);
  });
  it('has a usable y range when every loss is 0', () => {
    expect(lossDomain([{ x: 0, loss: 0 }]).yHi).toBeGreaterThan(0);
  });
});

describe('nearestPoint', () => {
  it('picks the point closest in x', () => {
    const pts = [0, 1, 2].map((x) => ({ x, loss: 1 }));
    expect(nearestPoint(pts, 1.4)?.x).toBe(1);
    expect(nearestPoint([], 1)).toBeNull();
  });
});

describe('createLossChart', () => {
  it('draws one dot per point, the pending point hollow and the current pass ringed', () => {
    const el = document.createElement('div');
    document.body.append(el);
    const chart = createLossChart(el, { height: 240 });
    const view: LossView = {
      points: [
        { x: 0, loss: 5.6 },
        { x: 1, loss: 5.1 },
      ],
      smoothed: null,
      current: 0,
      pending: 1,
      xTitle: 'pass',
      yTitle: 'L',
      rawLabel: 'loss',
      smoothLabel: 'avg',
      ariaLabel: 'loss',
      tip: () => '',
    };
    chart.update(view);
    expect(el.querySelectorAll('.loss-dot').length).toBe(2);
    expect(el.querySelector('.loss-pending')?.getAttribute('data-x')).toBe('1');
    expect(el.querySelector('.loss-current')?.getAttribute('data-x')).toBe('0');
    expect(el.innerHTML).not.toMatch(/NaN/);
    chart.destroy();
  });
});
