// @vitest-environment happy-dom
import { color, select } from 'd3';
import { describe, expect, it } from 'vitest';
import {
  DIVERGING,
  divergingColor,
  divergingInk,
  drawLegend,
  INVALID_COLOR,
  inkOn,
  luminance,
  sequentialColor,
} from './colors';

const rgb = (c: string) => {
  const x = color(c)?.rgb();
  if (!x) throw new Error(`not a colour: ${c}`);
  return [Math.round(x.r), Math.round(x.g), Math.round(x.b)];
};

describe('divergingColor', () => {
  it('maps −maxAbs, 0 and +maxAbs to blue #2166ac, white #f7f7f7 and orange #b35806 exactly', () => {
    expect(rgb(divergingColor(-2, 2))).toEqual(rgb('#2166ac'));
    expect(rgb(divergingColor(0, 2))).toEqual(rgb('#f7f7f7'));
    expect(rgb(divergingColor(2, 2))).toEqual(rgb('#b35806'));
  });

  it('clamps values beyond ±maxAbs to the end colours', () => {
    expect(rgb(divergingColor(-50, 1))).toEqual(rgb(DIVERGING[0]));
    expect(rgb(divergingColor(50, 1))).toEqual(rgb(DIVERGING[DIVERGING.length - 1]));
  });

  it('gets darker as |value| grows on either side of zero', () => {
    const lum = (v: number) => luminance(divergingColor(v, 1));
    expect(lum(0)).toBeGreaterThan(lum(0.5));
    expect(lum(0.5)).toBeGreaterThan(lum(1));
    expect(lum(0)).toBeGreaterThan(lum(-0.5));
    expect(lum(-0.5)).toBeGreaterThan(lum(-1));
  });

  it('gives the middle colour when maxAbs is 0 and the invalid grey for NaN', () => {
    expect(rgb(divergingColor(0.3, 0))).toEqual(rgb(DIVERGING[4]));
    expect(divergingColor(Number.NaN, 1)).toBe(INVALID_COLOR);
  });
});

describe('sequentialColor', () => {
  it('runs from dark (0) to light (1) and clamps outside [0, 1]', () => {
    expect(luminance(sequentialColor(0))).toBeLessThan(luminance(sequentialColor(1)));
    expect(sequentialColor(-1)).toBe(sequentialColor(0));
    expect(sequentialColor(2)).toBe(sequentialColor(1));
  });
});

describe('divergingInk', () => {
  it('agrees with inkOn of the fill it writes on', () => {
    for (const v of [-1, -0.7, -0.3, 0, 0.3, 0.7, 1])
      expect(divergingInk(v, 1)).toBe(inkOn(divergingColor(v, 1)));
  });
});

describe('inkOn', () => {
  it('writes white on the dark ends of the scale and near-black on white', () => {
    expect(inkOn('#2166ac')).toBe('#ffffff');
    expect(inkOn('#f7f7f7')).toBe('#1d1d1f');
    expect(inkOn(divergingColor(0.2, 1))).toBe('#1d1d1f');
  });
});

describe('drawLegend', () => {
  it('draws a label, a gradient bar with the 9 diverging stops and ticks −max, 0, +max', () => {
    const svg = select(document.body).append('svg');
    const size = drawLegend(svg, { kind: 'diverging', maxAbs: 1.5, width: 120, label: 'value' });
    expect(svg.selectAll('stop').size()).toBe(9);
    expect(svg.select('.legend-label').text()).toBe('value');
    expect(
      svg
        .selectAll<SVGTextElement, unknown>('.legend-tick')
        .nodes()
        .map((n) => n.textContent),
    ).toEqual(['−1.50', '0', '1.50']);
    expect(size.width).toBeGreaterThan(120);
    expect(size.height).toBeGreaterThan(0);
  });

  it('replaces an earlier legend in the same parent instead of stacking a second one', () => {
    const svg = select(document.body).append('svg');
    drawLegend(svg, { kind: 'sequential', domain: [0, 1], width: 80, label: 'p' });
    drawLegend(svg, { kind: 'sequential', domain: [0, 2], width: 80, label: 'p' });
    expect(svg.selectAll('g.legend').size()).toBe(1);
    expect(
      svg
        .selectAll<SVGTextElement, unknown>('.legend-tick')
        .nodes()
        .map((n) => n.textContent),
    ).toEqual(['0.00', '2.00']);
  });
});
