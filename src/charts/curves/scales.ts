/** The curves chart's y domains (padded, or log in whole decades), decade ticks and tick label text. */
import { decadeLabel as decadeExpLabel } from '../logScale';

/** A y domain around values: their extent padded by 8%, always containing `include`, clamped to [lo, hi]. */
export function paddedDomain(
  values: Iterable<number>,
  include: readonly number[] = [],
  clamp: [number, number] = [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY],
): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const v of [...values, ...include]) {
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo > hi) return [Math.max(-1, clamp[0]), Math.min(1, clamp[1])];
  lo = Math.max(lo, clamp[0]);
  hi = Math.min(hi, clamp[1]);
  if (hi - lo < 1e-9) {
    lo -= 0.5;
    hi += 0.5;
  }
  const pad = (hi - lo) * 0.08;
  return [lo - pad, hi + pad];
}

/** 10^e exactly as written (10 ** −5 is 9.999…e−6 in floating point; 1e−5 is not). */
const decade = (e: number): number => Number(`1e${e}`);

/** A log domain in whole decades covering the positive values, at least [floor, 10]. */
export function logDomain(values: Iterable<number>, floor = 1e-12, top = 10): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = top;
  for (const v of values) {
    if (!(v > 0) || !Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const loExp = Math.floor(Math.log10(Math.min(lo, floor)));
  const hiExp = Math.ceil(Math.log10(hi));
  return [decade(Math.max(loExp, -300)), decade(hiExp)];
}

/** Decade ticks of a log domain, thinned to at most `max` (every 2nd, 3rd, … decade). */
export function decadeTicks(domain: [number, number], max = 7): number[] {
  const a = Math.round(Math.log10(domain[0]));
  const b = Math.round(Math.log10(domain[1]));
  const every = Math.max(1, Math.ceil((b - a + 1) / max));
  const out: number[] = [];
  for (let e = b; e >= a; e -= every) out.push(decade(e));
  return out.reverse();
}

/** 10^e as "10⁻⁶" (1 and 10 written plainly). */
export function decadeLabel(v: number): string {
  return decadeExpLabel(Math.round(Math.log10(v)));
}

/** Negative numbers with a real minus sign. */
export const minus = (s: string) => s.replace(/-/g, '−');
