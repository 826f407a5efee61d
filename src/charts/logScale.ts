/**
 * A log₁₀ axis that never produces NaN or −Infinity: zeros, values that underflowed (below the floor)
 * and values below the domain are drawn AT the floor and flagged, so the chart can mark them (a hollow
 * marker) and say so. NaN is a gap (no point); +Infinity is clamped to the top and flagged.
 */
import { scaleLog } from 'd3';
import { superscript } from './svg';

/** Smallest value the axis will ever show: below it a number counts as underflow (0 for the chart). */
export const LOG_FLOOR_MIN = 1e-300;
/** Most decades a domain spans; smaller values are clamped to the floor. */
export const LOG_MAX_DECADES = 120;

export interface LogDomain {
  /** Bottom of the axis (a power of ten): the floor where zeros and underflow are drawn. */
  lo: number;
  /** Top of the axis (a power of ten). */
  hi: number;
}

/** Whether a value is drawn as it is (finite and within [floor, +∞)). */
const isPlain = (v: number, floor: number) => Number.isFinite(v) && v >= floor;

/**
 * Domain of a log axis covering every finite value ≥ LOG_FLOOR_MIN, widened to whole decades and at
 * most maxDecades deep. With no usable value it is [1e−3, 1].
 */
export function logDomain(values: Iterable<number>, maxDecades = LOG_MAX_DECADES): LogDomain {
  let min = Number.POSITIVE_INFINITY;
  let max = 0;
  for (const v of values) {
    if (!isPlain(v, LOG_FLOOR_MIN)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (!(max > 0)) return { lo: 1e-3, hi: 1 };
  let hiExp = Math.ceil(Math.log10(max) - 1e-12);
  let loExp = Math.floor(Math.log10(min) + 1e-12);
  if (hiExp === loExp) {
    hiExp += 1;
    loExp -= 1;
  }
  loExp = Math.max(loExp, hiExp - maxDecades, Math.ceil(Math.log10(LOG_FLOOR_MIN)));
  return { lo: 10 ** loExp, hi: 10 ** hiExp };
}

export type ClampKind = 'low' | 'high' | null;

export interface LogPoint {
  /** The value drawn: the input, or the floor / top it was clamped to. */
  shown: number;
  /** Why it was clamped: 'low' (zero, negative, underflow, below the floor), 'high' (+∞ or above the top). */
  clamped: ClampKind;
}

/** The value to draw for v on the domain, or null for NaN (a gap in the line). */
export function clampLog(v: number, d: LogDomain): LogPoint | null {
  if (Number.isNaN(v)) return null;
  if (v === Number.POSITIVE_INFINITY || v > d.hi) return { shown: d.hi, clamped: 'high' };
  if (!(v >= d.lo)) return { shown: d.lo, clamped: 'low' };
  return { shown: v, clamped: null };
}

/**
 * A pixel mapping of the domain onto [bottom, top] (bottom > top in SVG): always a finite number. d3's
 * log scale, clamped; what it cannot take (zero, negatives, NaN) is drawn at the floor like clampLog says.
 */
export function logY(d: LogDomain, bottom: number, top: number): (v: number) => number {
  const scale = scaleLog().domain([d.lo, d.hi]).range([bottom, top]).clamp(true);
  return (v: number) => scale(clampLog(v, d)?.shown ?? d.lo);
}

/**
 * Decades to tick: multiples of a step (1, 2, 3, 5, 10, … decades) so there are at most maxTicks, plus
 * the top and the floor (where clamped points are drawn) unless they would crowd a neighbour.
 */
export function decadeTicks(d: LogDomain, maxTicks = 7): number[] {
  const a = Math.round(Math.log10(d.lo));
  const b = Math.round(Math.log10(d.hi));
  const n = b - a;
  const steps = [1, 2, 3, 5, 10, 20, 25, 50, 100];
  const step = steps.find((s) => n / s <= maxTicks - 2) ?? Math.ceil(n / Math.max(1, maxTicks - 2));
  const out: number[] = [];
  for (let e = Math.ceil(a / step) * step; e <= b; e += step) out.push(e);
  if (out.length === 0 || out[0] - a >= step / 2) out.unshift(a);
  if (b - (out.at(-1) as number) >= step / 2) out.push(b);
  return out;
}

/** "10⁻⁷³" for exponent −73; "1" for 0 and "10" for 1. */
export function decadeLabel(exp: number): string {
  if (exp === 0) return '1';
  if (exp === 1) return '10';
  return `10${superscript(exp)}`;
}
