/**
 * One plot of the curves chart: frame and title, shades, y axis, zero lines and the "0" row, rules,
 * bands, curves and dots, and the empty layer the crosshair is drawn in.
 */
import {
  area,
  axisLeft,
  line,
  type ScaleContinuousNumeric,
  type ScaleLinear,
  type Selection,
  scaleLinear,
  scaleLog,
} from 'd3';
import { MARGIN, ZERO_ROW } from './metrics';
import { decadeLabel, decadeTicks, minus } from './scales';
import type { CurvesView, PlotView, Point } from './types';

/** A plot's probe layer and how to place a point in it (set by render, used by renderProbe). */
export interface ProbeLayer {
  g: Selection<SVGGElement, unknown, null, undefined>;
  px: (v: number) => number;
  py: (v: number) => number;
  h: number;
}

/** Draws plot i of the view into root at y = top (x maps the view's x domain onto [0, innerW]). */
export function drawPlot(
  root: Selection<SVGGElement, unknown, null, undefined>,
  view: CurvesView,
  p: PlotView,
  i: number,
  top: number,
  x: ScaleLinear<number, number>,
  innerW: number,
  uid: string,
): ProbeLayer {
  const g = root.append('g').attr('class', 'plot').attr('transform', `translate(0,${top})`);
  const y: ScaleContinuousNumeric<number, number> = p.yLog
    ? scaleLog().domain(p.yDomain).range([p.height, 0])
    : scaleLinear().domain(p.yDomain).range([p.height, 0]);
  const clipId = `${uid}-clip-${i}`;
  g.append('clipPath')
    .attr('id', clipId)
    .append('rect')
    .attr('width', innerW)
    .attr('height', p.height + (p.zeroRow ? ZERO_ROW : 0));
  g.append('rect').attr('class', 'frame').attr('width', innerW).attr('height', p.height);
  g.append('text')
    .attr('class', 'plot-title')
    .attr('x', -MARGIN.left + 4)
    .attr('y', -8)
    .text(p.title);

  const body = g.append('g').attr('clip-path', `url(#${clipId})`);
  for (const s of p.shades ?? []) {
    body
      .append('rect')
      .attr('class', 'shade')
      .attr('x', x(s.x0))
      .attr('width', Math.max(1, x(s.x1) - x(s.x0)))
      .attr('height', p.height)
      .attr('fill', s.color);
  }
  // grid and axes
  const yAxis = p.yLog
    ? axisLeft(y)
        .tickValues(decadeTicks(p.yDomain as [number, number]))
        .tickFormat((v) => decadeLabel(+v))
    : axisLeft(y)
        .ticks(Math.max(2, Math.floor(p.height / 40)))
        .tickFormat((v) => minus(String(+(+v).toPrecision(3))));
  g.append('g').attr('class', 'axis').call(yAxis);
  if (!p.yLog && p.yDomain[0] < 0 && p.yDomain[1] > 0) {
    g.append('line').attr('class', 'zero').attr('x1', 0).attr('x2', innerW).attr('y1', y(0)).attr('y2', y(0));
  }
  if (view.xDomain[0] < 0 && view.xDomain[1] > 0) {
    g.append('line')
      .attr('class', 'zero')
      .attr('x1', x(0))
      .attr('x2', x(0))
      .attr('y1', 0)
      .attr('y2', p.height);
  }
  const zeroY = p.height + ZERO_ROW / 2 + 2;
  if (p.zeroRow) {
    g.append('text').attr('class', 'zero-label').attr('x', -8).attr('y', zeroY).text('0');
    g.append('line')
      .attr('class', 'zero-sep')
      .attr('x1', 0)
      .attr('x2', innerW)
      .attr('y1', p.height + 2)
      .attr('y2', p.height + 2);
  }
  const yOf = (v: number) => (p.yLog && v === 0 && p.zeroRow ? zeroY : y(p.yLog ? Math.max(v, 1e-300) : v));

  for (const r of p.rules ?? []) {
    const ln = body.append('line').attr('class', 'rule');
    if (r.dash) ln.attr('stroke-dasharray', r.dash);
    if (r.y !== undefined) {
      ln.attr('x1', 0).attr('x2', innerW).attr('y1', y(r.y)).attr('y2', y(r.y));
    } else if (r.x !== undefined) {
      ln.attr('x1', x(r.x)).attr('x2', x(r.x)).attr('y1', 0).attr('y2', p.height);
    }
    if (r.label) {
      const lx = r.x !== undefined ? x(r.x) + 4 : innerW - 4;
      const ly = r.y !== undefined ? y(r.y) - 5 : 16;
      g.append('text')
        .attr('class', 'rule-label')
        .attr('x', lx)
        .attr('y', ly)
        .attr('text-anchor', r.x !== undefined ? 'start' : 'end')
        .text(r.label);
    }
  }
  for (const b of p.bands ?? []) {
    const gen = area<[number, number, number]>()
      .defined((d) => Number.isFinite(d[1]) && Number.isFinite(d[2]))
      .x((d) => x(d[0]))
      .y0((d) => yOf(d[1]))
      .y1((d) => yOf(d[2]));
    body
      .append('path')
      .attr('class', 'band')
      .attr('fill', b.color)
      .attr('d', gen([...b.points]) ?? '');
  }
  for (const s of p.series) {
    const gen = line<Point>()
      .defined((d) => Number.isFinite(d[1]))
      .x((d) => x(d[0]))
      .y((d) => yOf(d[1]));
    body
      .append('path')
      .attr('class', 'series')
      .attr('data-id', s.id)
      .attr('stroke', s.color)
      .attr('stroke-width', s.width ?? 2.5)
      .attr('stroke-dasharray', s.dash ?? null)
      .attr('d', gen([...s.points]) ?? '');
  }
  for (const d of p.dots ?? []) {
    if (!Number.isFinite(d.y)) continue;
    body
      .append('circle')
      .attr('class', 'dot')
      .attr('cx', x(d.x))
      .attr('cy', yOf(d.y))
      .attr('r', d.r ?? 5)
      .attr('fill', d.hollow ? '#fff' : d.color)
      .attr('stroke', d.hollow ? d.color : '#fff')
      .attr('stroke-width', d.hollow ? 2 : 1.5)
      .attr('opacity', d.opacity ?? 1);
    if (d.label) {
      g.append('text')
        .attr('class', 'dot-label')
        .attr('x', x(d.x) + 7)
        .attr('y', yOf(d.y) - 7)
        .text(d.label);
    }
  }
  const clipY = (v: number) => Math.max(-4, Math.min(p.height + 4, yOf(v)));
  return { g: g.append('g').attr('class', 'probe-layer'), px: x, py: clipY, h: p.height };
}
