/** The heatmap's colours: the diverging scale's ends and look-up table, the colour domain and readable ink. */
import { DIVERGING, divergingColor, inkOn } from '../colors';

/** Diverging scale ends (shared scale of colors.ts): negative, zero, positive. */
export const NEG_COLOR = DIVERGING[0];
export const POS_COLOR = DIVERGING[DIVERGING.length - 1];

const LUT_SIZE = 256;
/** LUT_SIZE + 1 RGB triples of colors.ts's diverging scale, from −max (index 0) through 0 to +max. */
const LUT = (() => {
  const out = new Uint8ClampedArray((LUT_SIZE + 1) * 3);
  for (let k = 0; k <= LUT_SIZE; k++) {
    const [r, g, b] = (divergingColor((2 * k) / LUT_SIZE - 1, 1).match(/\d+/g) ?? []).map(Number);
    out.set([r, g, b], k * 3);
  }
  return out;
})();

/** A usable colour domain: max |value| when finite and positive, else 1 (an all-zero matrix stays white). */
export function safeMaxAbs(maxAbs: number): number {
  return Number.isFinite(maxAbs) && maxAbs > 0 ? maxAbs : 1;
}

/** max |x| over the entries (0 for an empty array; NaN entries are skipped). */
export function maxAbsOf(data: ArrayLike<number>): number {
  let m = 0;
  for (let k = 0; k < data.length; k++) {
    const a = Math.abs(data[k]);
    if (a > m) m = a;
  }
  return m;
}

/** RGB of value v on the scale −maxAbs … 0 … +maxAbs (clamped outside; not finite is grey). */
export function divergingRgb(v: number, maxAbs: number): [number, number, number] {
  if (!Number.isFinite(v)) return [140, 140, 140];
  const s = Math.max(-1, Math.min(1, v / safeMaxAbs(maxAbs)));
  const k = Math.round(((s + 1) / 2) * LUT_SIZE) * 3;
  return [LUT[k], LUT[k + 1], LUT[k + 2]];
}

/**
 * Writes the opaque RGBA of value v on the scale −maxAbs … 0 … +maxAbs at out[at … at + 3] (the same colour
 * as divergingRgb; no array made: a grid's pixels are written in one loop, thousands per step).
 */
export function writeDivergingRgba(out: Uint8ClampedArray, at: number, v: number, maxAbs: number): void {
  if (!Number.isFinite(v)) {
    out[at] = out[at + 1] = out[at + 2] = 140;
  } else {
    const s = Math.max(-1, Math.min(1, v / safeMaxAbs(maxAbs)));
    const k = Math.round(((s + 1) / 2) * LUT_SIZE) * 3;
    out[at] = LUT[k];
    out[at + 1] = LUT[k + 1];
    out[at + 2] = LUT[k + 2];
  }
  out[at + 3] = 255;
}

/** Text colour readable on the cell colour of v. */
export function inkFor(v: number, maxAbs: number): string {
  return inkOn(divergingColor(v, safeMaxAbs(maxAbs)));
}
