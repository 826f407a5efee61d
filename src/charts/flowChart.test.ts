// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  createFlowChart,
  LOG_AXIS,
  linePath,
  linePoints,
  markerPath,
  type StepLinesView,
  stepAt,
  stepFrame,
  stepX,
  yMapping,
} from './flowChart';

const frame = stepFrame(4, 500, 300, 14);

describe('stepFrame and stepX', () => {
  it('centres each step in its own column inside the plot', () => {
    expect(stepX(frame, 1)).toBeCloseTo(frame.left + frame.colW / 2, 9);
    expect(stepX(frame, 4)).toBeCloseTo(frame.left + frame.plotW - frame.colW / 2, 9);
  });
  it('finds the step under x and null outside the plot', () => {
    expect(stepAt(frame, 4, stepX(frame, 3))).toBe(3);
    expect(stepAt(frame, 4, frame.left - 1)).toBeNull();
    expect(stepAt(frame, 4, frame.left + frame.plotW + 1)).toBeNull();
  });
});

describe('yMapping on a log axis', () => {
  const series = [
    { key: 'rnn', label: 'rnn', color: '#000', marker: 'circle' as const, values: [1e-73, 1e-20, 0.5, 0] },
  ];
  const { y, ticks, domain } = yMapping(LOG_AXIS, series, frame);

  it('spans the smallest positive value (1e−73) to the next decade above the largest', () => {
    expect(domain && Math.log10(domain.lo)).toBeCloseTo(-73, 9);
    expect(domain?.hi).toBe(1);
  });

  it('labels at most 8 decades, top one included', () => {
    expect(ticks.length).toBeLessThanOrEqual(8);
    expect(ticks.at(-1)?.label).toBe('1');
  });

  it('draws zero at the floor, flagged as clamped, and never produces NaN or −Infinity', () => {
    const pts = linePoints(series[0].values, frame, y, domain);
    expect(pts.map((p) => p.clamped)).toEqual([false, false, false, true]);
    expect(pts[3].y).toBeCloseTo(frame.top + frame.plotH, 9);
    for (const p of pts) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    expect(linePath(pts)).not.toMatch(/NaN|Infinity/);
  });

  it('draws underflow (5e−324) at the floor too', () => {
    const pts = linePoints([5e-324, 1e-310], frame, y, domain);
    expect(pts.every((p) => p.clamped && Math.abs(p.y - (frame.top + frame.plotH)) < 1e-9)).toBe(true);
  });
});

describe('yMapping on a linear axis', () => {
  it('maps −1 to the bottom, 1 to the top and clamps outside', () => {
    const { y } = yMapping({ kind: 'linear', lo: -1, hi: 1, ticks: [-1, 0, 1] }, [], frame);
    expect(y(-1)).toBeCloseTo(frame.top + frame.plotH, 9);
    expect(y(1)).toBeCloseTo(frame.top, 9);
    expect(y(0)).toBeCloseTo(frame.top + frame.plotH / 2, 9);
    expect(y(7)).toBeCloseTo(frame.top, 9);
  });
});

describe('linePoints and linePath', () => {
  it('skips NaN (steps not reached) and starts a new segment after a gap', () => {
    const y = (v: number) => 100 - v;
    const pts = linePoints([1, Number.NaN, 3, 4], frame, y, null);
    expect(pts.map((p) => p.t)).toEqual([1, 3, 4]);
    expect(linePath(pts).match(/M/g)?.length).toBe(2);
  });
  it('gives an empty path for no points', () => {
    expect(linePath([])).toBe('');
  });
});

describe('markerPath', () => {
  it('draws each marker shape as a closed path with finite numbers', () => {
    for (const shape of ['circle', 'square', 'triangle', 'diamond'] as const) {
      expect(markerPath(shape, 10, 10, 4)).not.toMatch(/NaN/);
    }
  });
});

describe('createFlowChart', () => {
  it('tags each curve with its data attributes and first value, and notes points drawn at the floor', () => {
    const el = document.createElement('div');
    document.body.append(el);
    const chart = createFlowChart(el, { height: 300 });
    const view: StepLinesView = {
      steps: 3,
      series: [
        {
          key: 'rnn',
          label: 'RNN',
          color: '#d55e00',
          marker: 'square',
          values: [0, 1e-40, 0.5],
          data: { cell: 'rnn' },
        },
        {
          key: 'lstm',
          label: 'LSTM',
          color: '#0072b2',
          marker: 'circle',
          values: [1e-3, 1e-2, 0.5],
          data: { cell: 'lstm' },
        },
      ],
      y: LOG_AXIS,
      cursorT: 2,
      xTitle: 't',
      yTitle: 'norm',
      ariaLabel: 'chart',
      floorNote: (f) => `floor ${f}`,
      tipTitle: (t) => `t = ${t}`,
      formatValue: String,
    };
    chart.update(view);
    const paths = [...el.querySelectorAll('path.sl-line')];
    expect(paths.map((p) => p.getAttribute('data-cell'))).toEqual(['rnn', 'lstm']);
    expect(Number(paths[1].getAttribute('data-first-value'))).toBe(1e-3);
    expect(el.querySelector('.chart-note')?.textContent).toBe('floor 10⁻⁴⁰');
    expect(el.querySelectorAll('.sl-clamped').length).toBe(1);
    expect(el.querySelector('.sl-cursor')?.getAttribute('data-t')).toBe('2');
    expect(el.innerHTML).not.toMatch(/NaN|Infinity/);
    chart.destroy();
  });
});
