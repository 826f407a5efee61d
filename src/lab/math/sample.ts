/**
 * Curves sampled for drawing: f and f′ on a grid over [x₀, x₁]. f′ is split at the kinks, where it
 * jumps, with each side ending at its one-sided limit (a NaN point marks the gap for the line).
 */
import { type FnParams, type LabFn, labDeriv, labDerivRight, labKinks, labValue } from './functions';

export type Point = [number, number];

/** n evenly spaced points from x₀ to x₁ inclusive (n ≥ 2), plus the extra xs, sorted, no duplicates. */
export function grid(x0: number, x1: number, n: number, extra: readonly number[] = []): number[] {
  const xs = Array.from({ length: n }, (_, k) => x0 + ((x1 - x0) * k) / (n - 1));
  for (const e of extra) if (e > x0 && e < x1) xs.push(e);
  return [...new Set(xs)].sort((a, b) => a - b);
}

/** f sampled on the grid (kinks included, so a corner is drawn sharp). */
export function sampleValue(fn: LabFn, p: FnParams, x0: number, x1: number, n = 401): Point[] {
  return grid(x0, x1, n, labKinks(fn, p)).map((x) => [x, labValue(fn, x, p)]);
}

/** f′ sampled on the grid; at each kink the left limit, a gap [k, NaN], then the right limit. */
export function sampleDeriv(fn: LabFn, p: FnParams, x0: number, x1: number, n = 401): Point[] {
  const kinks = labKinks(fn, p).filter((k) => k > x0 && k < x1);
  const out: Point[] = [];
  for (const x of grid(x0, x1, n, kinks)) {
    if (kinks.includes(x)) {
      out.push([x, labDeriv(fn, x, p)], [x, Number.NaN], [x, labDerivRight(fn, x, p)]);
    } else {
      out.push([x, labDeriv(fn, x, p)]);
    }
  }
  return out;
}

/** Saturation threshold: |f′| below this passes almost no gradient. */
export const SATURATION = 0.01;

/**
 * The x intervals where |f′| < threshold, from sampled f′ (gaps ignored). Each interval runs between
 * the midpoints to its neighbouring samples, so an interval is never narrower than one sample step.
 */
export function saturationIntervals(points: readonly Point[], threshold = SATURATION): [number, number][] {
  const pts = points.filter(([, d]) => !Number.isNaN(d));
  const out: [number, number][] = [];
  let start: number | null = null;
  for (let k = 0; k < pts.length; k++) {
    const sat = Math.abs(pts[k][1]) < threshold;
    const lo = k === 0 ? pts[0][0] : (pts[k - 1][0] + pts[k][0]) / 2;
    const hi = k === pts.length - 1 ? pts[k][0] : (pts[k][0] + pts[k + 1][0]) / 2;
    if (sat && start === null) start = lo;
    if (!sat && start !== null) {
      out.push([start, lo]);
      start = null;
    }
    if (sat && k === pts.length - 1 && start !== null) out.push([start, hi]);
  }
  return out;
}
