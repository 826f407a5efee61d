/**
 * What the time heatmap's cells show (pure): colour look-up tables, positions on a band's scale, a band's
 * RGBA pixels, the units × steps reshaping, a round scale end and the value text of a cell.
 */
import { color } from 'd3';
import { divergingColor, INVALID_COLOR, sequentialColor } from '../colors';
import { cellValueText } from '../labelText';
import type { BandScale } from '../svg';
import type { TimeBand } from './types';

/** 257 RGB triples of a scale from its low end (index 0) to its high end (index 256). */
export function colorLut(kind: BandScale['kind']): Uint8ClampedArray {
  const out = new Uint8ClampedArray(257 * 3);
  for (let k = 0; k <= 256; k++) {
    const u = k / 256;
    const c = color(kind === 'diverging' ? divergingColor(2 * u - 1, 1) : sequentialColor(u))?.rgb();
    if (c) out.set([Math.round(c.r), Math.round(c.g), Math.round(c.b)], k * 3);
  }
  return out;
}

const LUTS = { diverging: colorLut('diverging'), sequential: colorLut('sequential') };
const invalidRgb = (() => {
  const c = color(INVALID_COLOR)?.rgb();
  return c ? [c.r, c.g, c.b] : [140, 140, 140];
})();

/** Position 0..1 of v on a band's scale (clamped), or NaN for a value that is not finite. */
export function scalePosition(v: number, s: BandScale): number {
  if (!Number.isFinite(v)) return Number.NaN;
  const u =
    s.kind === 'diverging' ? (s.maxAbs > 0 ? (v / s.maxAbs + 1) / 2 : 0.5) : (v - s.lo) / (s.hi - s.lo || 1);
  return Math.max(0, Math.min(1, u));
}

/**
 * RGBA pixels (steps wide, units tall) of a band: cells of steps after `reached` are transparent,
 * values that are not finite are grey.
 */
export function bandPixels(
  band: TimeBand,
  units: number,
  steps: number,
  out?: Uint8ClampedArray,
): Uint8ClampedArray {
  const px = out && out.length === units * steps * 4 ? out : new Uint8ClampedArray(units * steps * 4);
  const lut = LUTS[band.scale.kind];
  const reached = Math.max(0, Math.min(steps, band.reached));
  for (let j = 0; j < units; j++) {
    for (let c = 0; c < steps; c++) {
      const o = (j * steps + c) * 4;
      if (c >= reached) {
        px[o + 3] = 0;
        continue;
      }
      const u = scalePosition(band.data[j * steps + c], band.scale);
      if (Number.isNaN(u)) px.set(invalidRgb, o);
      else {
        const k = Math.round(u * 256) * 3;
        px[o] = lut[k];
        px[o + 1] = lut[k + 1];
        px[o + 2] = lut[k + 2];
      }
      px[o + 3] = 255;
    }
  }
  return px;
}

/** Steps-major vectors (one Float64Array of units per step) as a units × steps row-major matrix. */
export function unitsBySteps(vectors: readonly ArrayLike<number>[], units: number): Float64Array {
  const T = vectors.length;
  const m = new Float64Array(units * T);
  for (let c = 0; c < T; c++) for (let j = 0; j < units; j++) m[j * T + c] = vectors[c][j];
  return m;
}

/** A round colour-scale end ≥ max |x| (1, 2 or 5 × 10^k), so legends read cleanly; 1 for all zeros. */
export function niceMaxAbs(data: ArrayLike<number>): number {
  let m = 0;
  for (let k = 0; k < data.length; k++) {
    const a = Math.abs(data[k]);
    if (Number.isFinite(a) && a > m) m = a;
  }
  if (!(m > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(m));
  for (const f of [1, 2, 5, 10]) if (f * p >= m * (1 - 1e-12)) return f * p;
  return 10 * p;
}

/** Cell value text: two decimals with a real minus sign. */
export function shortValue(v: number): string {
  return cellValueText(v, 2);
}
