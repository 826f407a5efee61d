/**
 * The step-lines chart's geometry (pure): the plot frame, where step t sits, the y mapping and its ticks,
 * the points and path of a series, and the marker shapes.
 */

import { line } from 'd3';
import { clampLog, decadeLabel, decadeTicks, type LogDomain, logDomain, logY } from '../logScale';
import type { MarkerShape, StepSeries, YAxis } from './types';

export interface StepFrame {
  left: number;
  top: number;
  plotW: number;
  plotH: number;
  colW: number;
  width: number;
  height: number;
}

/** Plot frame: margins for tick labels and titles, one column per step. */
export function stepFrame(steps: number, width: number, height: number, font: number): StepFrame {
  const left = Math.round(font * 5.2);
  const right = Math.round(font * 0.8);
  const top = Math.round(font * 0.6);
  const bottom = Math.round(font * 2.8);
  const plotW = Math.max(40, width - left - right);
  const plotH = Math.max(40, height - top - bottom);
  return {
    left,
    top,
    plotW,
    plotH,
    colW: plotW / Math.max(1, steps),
    width: left + plotW + right,
    height: top + plotH + bottom,
  };
}

/** x (centre of its column) of step t (1-based). */
export const stepX = (f: StepFrame, t: number) => f.left + (t - 0.5) * f.colW;

/** The step (1-based) under x, or null outside the plot. */
export function stepAt(f: StepFrame, steps: number, x: number): number | null {
  const c = Math.floor((x - f.left) / f.colW);
  return c >= 0 && c < steps ? c + 1 : null;
}

/** The y mapping of an axis over the plot, and its ticks as (value, label) pairs. */
export function yMapping(
  axis: YAxis,
  series: readonly StepSeries[],
  f: StepFrame,
): { y: (v: number) => number; ticks: { v: number; label: string }[]; domain: LogDomain | null } {
  const bottom = f.top + f.plotH;
  if (axis.kind === 'linear') {
    const span = axis.hi - axis.lo || 1;
    const y = (v: number) => {
      const u = Number.isFinite(v) ? Math.max(0, Math.min(1, (v - axis.lo) / span)) : 0;
      return bottom - u * f.plotH;
    };
    return { y, ticks: axis.ticks.map((v) => ({ v, label: String(v).replace('-', '−') })), domain: null };
  }
  const all: number[] = [];
  for (const s of series) for (let k = 0; k < s.values.length; k++) all.push(s.values[k]);
  const domain = logDomain(all);
  const ticks = decadeTicks(domain, Math.max(3, Math.min(8, Math.floor(f.plotH / 30)))).map((e) => ({
    v: 10 ** e,
    label: decadeLabel(e),
  }));
  return { y: logY(domain, bottom, f.top), ticks, domain };
}

export interface LinePoint {
  t: number;
  x: number;
  y: number;
  value: number;
  /** Drawn at the floor (or the top) of a log axis instead of where it is. */
  clamped: boolean;
}

/** The drawable points of a series (NaN values skipped), with coordinates that are always finite. */
export function linePoints(
  values: ArrayLike<number>,
  f: StepFrame,
  y: (v: number) => number,
  domain: LogDomain | null,
): LinePoint[] {
  const out: LinePoint[] = [];
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    if (Number.isNaN(v)) continue;
    const clamped = domain ? clampLog(v, domain)?.clamped != null : !Number.isFinite(v);
    out.push({ t: k + 1, x: stepX(f, k + 1), y: y(v), value: v, clamped });
  }
  return out;
}

const stepLine = line<LinePoint | null>()
  .defined((p) => p !== null)
  .x((p) => (p as LinePoint).x)
  .y((p) => (p as LinePoint).y)
  .digits(2);

/** SVG path of the points: a new segment ("M") after each gap in t (d3's line, undefined at the gaps). */
export function linePath(points: readonly LinePoint[]): string {
  if (points.length === 0) return '';
  const first = points[0].t;
  const steps: (LinePoint | null)[] = new Array((points.at(-1) as LinePoint).t - first + 1).fill(null);
  for (const p of points) steps[p.t - first] = p;
  return stepLine(steps) ?? '';
}

/** Path of a marker shape of radius r centred on (x, y). */
export function markerPath(shape: MarkerShape, x: number, y: number, r: number): string {
  switch (shape) {
    case 'square':
      return `M${x - r},${y - r}h${2 * r}v${2 * r}h${-2 * r}Z`;
    case 'triangle':
      return `M${x},${y - r * 1.2}L${x + r * 1.1},${y + r * 0.8}L${x - r * 1.1},${y + r * 0.8}Z`;
    case 'diamond':
      return `M${x},${y - r * 1.3}L${x + r * 1.1},${y}L${x},${y + r * 1.3}L${x - r * 1.1},${y}Z`;
    default:
      return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
  }
}
