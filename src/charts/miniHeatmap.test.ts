import { describe, expect, it } from 'vitest';
import { divergingColor as sharedColor } from './colors';
import {
  CELL_MAX,
  CELL_MIN,
  cellAt,
  divergingColor,
  divergingPixel,
  heatmapLayout,
  maxAbs,
  STRIP_HEIGHT,
  stripBackground,
} from './miniHeatmap';

describe('miniHeatmap transforms', () => {
  it('divergingColor maps −max to blue, 0 to near-white and +max to orange, clamping beyond', () => {
    expect(divergingColor(-2, 2)).toBe('rgb(33, 102, 172)'); // #2166ac
    expect(divergingColor(0, 2)).toBe('rgb(247, 247, 247)'); // #f7f7f7
    expect(divergingColor(2, 2)).toBe('rgb(179, 88, 6)'); // #b35806
    expect(divergingColor(10, 2)).toBe(divergingColor(2, 2));
    expect(divergingColor(1, 0)).toBe('rgb(247, 247, 247)');
    expect(divergingColor(Number.NaN, 1)).toBe('#8c8c8c');
  });

  it('halfway to +max is the scale’s #fdb863, the colour every other chart gives it', () => {
    expect(divergingColor(1, 2)).toBe('rgb(253, 184, 99)');
    expect(divergingColor(1, 2)).toBe(sharedColor(1, 2));
    expect(divergingColor(-0.37, 1.1)).toBe(sharedColor(-0.37, 1.1));
  });

  it('maxAbs is the largest magnitude, ignoring non-finite values', () => {
    expect(maxAbs([0.5, -3, 2])).toBe(3);
    expect(maxAbs([Number.POSITIVE_INFINITY, 1])).toBe(1);
    expect(maxAbs([])).toBe(0);
  });

  it('heatmapLayout fits the columns into the width within the cell size limits', () => {
    expect(heatmapLayout(12, 12, 240)).toEqual({ cellW: 20, cellH: 20, width: 240, height: 240 });
    expect(heatmapLayout(4, 4, 1000).cellW).toBe(CELL_MAX);
    const wide = heatmapLayout(64, 64, 200);
    expect(wide.cellW).toBe(CELL_MIN);
    expect(wide.width).toBeGreaterThan(200); // the container scrolls
  });

  it('a one-row strip keeps a readable height', () => {
    const l = heatmapLayout(1, 64, 320);
    expect(l.cellW).toBe(5);
    expect(l.height).toBe(STRIP_HEIGHT);
  });

  it('cellAt finds the cell under a point and null outside', () => {
    const l = heatmapLayout(3, 4, 80); // 20-px cells
    expect(cellAt(l, 3, 4, 0, 0)).toEqual({ row: 0, col: 0 });
    expect(cellAt(l, 3, 4, 79.5, 59.5)).toEqual({ row: 2, col: 3 });
    expect(cellAt(l, 3, 4, 80, 10)).toBeNull();
    expect(cellAt(l, 3, 4, -1, 10)).toBeNull();
  });
});

describe('stripBackground', () => {
  it('gives each cell a hard colour stop of its own width, with white 1-px gaps from 8-px cells', () => {
    const wide = stripBackground([-1, 0, 1], 1, 10);
    expect(wide).toBe(
      'linear-gradient(to right, rgb(33, 102, 172) 0px 9px, #fff 9px 10px, rgb(247, 247, 247) 10px 19px, #fff 19px 20px, rgb(179, 88, 6) 20px 29px, #fff 29px 30px)',
    );
    const narrow = stripBackground([0.5, -0.5], 1, 5);
    expect(narrow).toBe(
      `linear-gradient(to right, ${divergingColor(0.5, 1)} 0px 5px, ${divergingColor(-0.5, 1)} 5px 10px)`,
    );
  });

  it('is white for an empty vector and a solid colour for one value', () => {
    expect(stripBackground([], 1, 5)).toBe('#fff');
    expect(stripBackground([1], 1, 5)).toBe(
      'linear-gradient(to right, rgb(179, 88, 6) 0px 5px, rgb(179, 88, 6) 0px 5px)',
    );
  });
});

describe('divergingPixel', () => {
  it('packs divergingColor’s red, green and blue into an opaque ImageData pixel', () => {
    const bytes = new Uint8Array(new Uint32Array([divergingPixel(1, 2)]).buffer);
    expect([bytes[0], bytes[1], bytes[2], bytes[3]]).toEqual([253, 184, 99, 255]);
  });
});
