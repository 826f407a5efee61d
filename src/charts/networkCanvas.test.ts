import { color } from 'd3';
import { describe, expect, it } from 'vitest';
import { divergingColor } from './colors';
import { columnX, type LayoutInput, layoutNetwork } from './network';
import { columnAt, columnRange, columnSpan, denseHit, divergingPixel, rangeCovers } from './networkCanvas';

const long: LayoutInput = { T: 99, H: 64, V: 30, cell: 'lstm', avail: 880, font: 14, valueW: 46 };

describe('columnAt and columnSpan', () => {
  it('tile the chart: every column owns the strip around its centre, h0 first, and x maps back to it', () => {
    const L = layoutNetwork(long);
    expect(columnSpan(L, 99, 0)[0]).toBe(0);
    expect(columnSpan(L, 99, 99)[1]).toBe(L.width);
    for (let t = 0; t <= 99; t++) {
      const [a, b] = columnSpan(L, 99, t);
      expect(b).toBeGreaterThan(a);
      if (t > 0) expect(a).toBeCloseTo(columnSpan(L, 99, t - 1)[1], 9);
      expect(columnAt(L, 99, columnX(L, t))).toBe(t);
    }
    expect(columnAt(L, 99, -10)).toBe(0);
    expect(columnAt(L, 99, L.width + 500)).toBe(99);
  });
});

describe('columnRange', () => {
  it('draws only the columns near the viewport, and all of them when the viewport is unknown', () => {
    const L = layoutNetwork(long);
    expect(columnRange(L, 99, 0, 0, 100)).toEqual([0, 99]);
    const [a, b] = columnRange(L, 99, 5000, 880, 2 * L.colW);
    expect(a).toBeGreaterThan(0);
    expect(b).toBeLessThan(99);
    expect(columnSpan(L, 99, a)[0]).toBeLessThanOrEqual(5000 - 2 * L.colW);
    expect(columnSpan(L, 99, b)[1]).toBeGreaterThanOrEqual(5000 + 880 + 2 * L.colW);
    expect(b - a + 1).toBeLessThan(20);
  });

  it('is kept while the viewport stays inside it with a column to spare, and replaced when it leaves', () => {
    const L = layoutNetwork(long);
    const r = columnRange(L, 99, 5000, 880, 440);
    expect(rangeCovers(L, 99, r, 5000, 880)).toBe(true);
    expect(rangeCovers(L, 99, r, 5000 + L.colW, 880)).toBe(true);
    expect(rangeCovers(L, 99, r, 5000 + 880, 880)).toBe(false);
    expect(rangeCovers(L, 99, [0, 99], 0, 0)).toBe(true);
    expect(rangeCovers(L, 99, [0, 50], 0, 0)).toBe(false);
  });
});

describe('denseHit', () => {
  it('finds the unit of h_t, the cell of c_t and the score bar under a point, and nothing between them', () => {
    const L = layoutNetwork(long);
    const x = columnX(L, 7);
    const unit = denseHit(L, 99, 64, 30, 'lstm', x, L.y.unitsTop + 10.5 * L.unitH);
    expect(unit).toEqual({ kind: 'unit', t: 7, j: 10 });
    const inner = L.boxW - 2 * L.pad;
    const c = denseHit(L, 99, 64, 30, 'lstm', x - inner / 2 + 0.5, L.y.cTop + 1);
    expect(c).toEqual({ kind: 'c', t: 7, j: 0 });
    const bar = denseHit(L, 99, 64, 30, 'lstm', x + L.barsW / 2 - 0.5, L.y.barsMid);
    expect(bar).toEqual({ kind: 'bar', t: 7, j: 29 });
    expect(denseHit(L, 99, 64, 30, 'lstm', x, L.y.target)).toBeNull();
    // no c_t strip in a GRU
    expect(denseHit(L, 99, 64, 30, 'gru', x - inner / 2 + 0.5, L.y.cTop + 1)).toBeNull();
  });
});

describe('divergingPixel', () => {
  it('is divergingColor as an ImageData pixel: the same red, green and blue, opaque', () => {
    for (const v of [-2, -1, -0.3, 0, 0.01, 0.5, 1, 3]) {
      const px = divergingPixel(v, 1);
      const c = color(divergingColor(v, 1))?.rgb();
      const bytes = new Uint8Array(new Uint32Array([px]).buffer);
      expect([bytes[0], bytes[1], bytes[2], bytes[3]]).toEqual([c?.r, c?.g, c?.b, 255]);
    }
  });

  it('draws a value that is not a finite number grey, and every value white when the scale is 0', () => {
    const grey = new Uint8Array(new Uint32Array([divergingPixel(Number.NaN, 1)]).buffer);
    expect([grey[0], grey[1], grey[2]]).toEqual([0x8c, 0x8c, 0x8c]);
    expect(divergingPixel(5, 0)).toBe(divergingPixel(0, 1));
  });
});
