/**
 * Line plots stacked on one shared x axis (f over f′, say): curves, translucent bands (quartiles),
 * vertical shades (saturation), reference lines and dots, with a crosshair that follows the pointer
 * and reports x through `onProbe`. A plot may use a log y axis with a "0" row underneath for exact zeros.
 * React owns the container; this factory owns the SVG inside it.
 */
import {
  area,
  axisBottom,
  axisLeft,
  line,
  type ScaleContinuousNumeric,
  type Selection,
  scaleLinear,
  scaleLog,
  select,
} from 'd3';
import { decadeLabel as decadeExpLabel } from './logScale';

export type Point = [number, number];

export interface CurveSeries {
  id: string;
  color: string;
  /** SVG stroke-dasharray, e.g. "6 3". */
  dash?: string;
  width?: number;
  /** Points in x order; a NaN y breaks the line. */
  points: readonly Point[];
}

export interface Band {
  id: string;
  color: string;
  /** [x, lo, hi] triples. */
  points: readonly [number, number, number][];
}

export interface Dot {
  x: number;
  y: number;
  color: string;
  r?: number;
  /** Outline only (open circle). */
  hollow?: boolean;
  opacity?: number;
  label?: string;
}

export interface Shade {
  x0: number;
  x1: number;
  color: string;
}

export interface Rule {
  /** Horizontal line at y, or vertical at x. */
  y?: number;
  x?: number;
  label?: string;
  dash?: string;
}

export interface PlotView {
  /** Axis title, drawn above the plot's top-left corner. */
  title: string;
  yDomain: [number, number];
  yLog?: boolean;
  /** Log plots: a row under the axis where values that are exactly 0 are drawn. */
  zeroRow?: boolean;
  height: number;
  series: readonly CurveSeries[];
  bands?: readonly Band[];
  dots?: readonly Dot[];
  shades?: readonly Shade[];
  rules?: readonly Rule[];
}

/** A strip under the x axis marking x intervals of one series (e.g. where it saturates). */
export interface Lane {
  id: string;
  color: string;
  dash?: string;
  intervals: readonly [number, number][];
}

export interface CurvesView {
  /** Accessible name of the SVG (role img). */
  label: string;
  xDomain: [number, number];
  xTitle: string;
  /** Explicit x ticks (e.g. integer layer counts); default: d3's nice ticks. */
  xTicks?: number[];
  plots: readonly PlotView[];
  /** Crosshair position, or null. */
  probeX: number | null;
  /** Strips under the x axis, with a title above them. */
  lanes?: readonly Lane[];
  lanesTitle?: string;
  /** Dots on the crosshair, one list per plot (redrawn alone when only the probe moves). */
  probeDots?: readonly (readonly Dot[])[];
}

export interface CurvesOpts {
  /** Called with the pointer's x (data units) while it is over a plot, and null when it leaves. */
  onProbe?: (x: number | null) => void;
}

const MARGIN = { left: 64, right: 16, top: 28, bottom: 8 };
const GAP = 14;
const X_AXIS = 44;
const ZERO_ROW = 22;
const LANE_TITLE = 20;
const LANE_STEP = 11;

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

const minus = (s: string) => s.replace(/-/g, '−');

export function createCurves(el: HTMLElement, opts: CurvesOpts = {}) {
  const svg = select(el).append('svg').attr('class', 'curves').attr('role', 'img');
  const root = svg.append('g');
  const uid = `curves-${Math.random().toString(36).slice(2, 8)}`;
  let last: CurvesView | null = null;
  /** Per plot: its probe layer and how to place a point in it (set by render, used by renderProbe). */
  let probeLayers: {
    g: Selection<SVGGElement, unknown, null, undefined>;
    px: (v: number) => number;
    py: (v: number) => number;
    h: number;
  }[] = [];

  function renderProbe(view: CurvesView) {
    const on = view.probeX !== null && view.probeX >= view.xDomain[0] && view.probeX <= view.xDomain[1];
    probeLayers.forEach((layer, i) => {
      layer.g.selectAll('*').remove();
      if (!on || view.probeX === null) return;
      const px = layer.px(view.probeX);
      layer.g
        .append('line')
        .attr('class', 'probe')
        .attr('x1', px)
        .attr('x2', px)
        .attr('y1', 0)
        .attr('y2', layer.h);
      for (const d of view.probeDots?.[i] ?? []) {
        if (!Number.isFinite(d.y)) continue;
        layer.g
          .append('circle')
          .attr('class', 'dot')
          .attr('cx', layer.px(d.x))
          .attr('cy', layer.py(d.y))
          .attr('r', d.r ?? 4.5)
          .attr('fill', d.color)
          .attr('stroke', '#fff')
          .attr('stroke-width', 1.5);
      }
    });
  }

  function render(view: CurvesView) {
    const width = Math.max(240, el.clientWidth);
    const innerW = width - MARGIN.left - MARGIN.right;
    const x = scaleLinear().domain(view.xDomain).range([0, innerW]);
    const tops: number[] = [];
    let y0 = MARGIN.top;
    for (const p of view.plots) {
      tops.push(y0);
      y0 += p.height + (p.zeroRow ? ZERO_ROW : 0) + GAP + MARGIN.top - 6;
    }
    const lanes = view.lanes ?? [];
    const lanesH = lanes.length > 0 ? LANE_TITLE + lanes.length * LANE_STEP + 4 : 0;
    const height = y0 - GAP - (MARGIN.top - 6) + X_AXIS + lanesH + MARGIN.bottom;
    svg
      .attr('width', width)
      .attr('height', height)
      .attr('viewBox', `0 0 ${width} ${height}`)
      .attr('aria-label', view.label);
    root.selectAll('*').remove();
    probeLayers = [];
    root.attr('transform', `translate(${MARGIN.left},0)`);

    view.plots.forEach((p, i) => {
      const g = root.append('g').attr('class', 'plot').attr('transform', `translate(0,${tops[i]})`);
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
        g.append('line')
          .attr('class', 'zero')
          .attr('x1', 0)
          .attr('x2', innerW)
          .attr('y1', y(0))
          .attr('y2', y(0));
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
      const yOf = (v: number) =>
        p.yLog && v === 0 && p.zeroRow ? zeroY : y(p.yLog ? Math.max(v, 1e-300) : v);

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
      probeLayers.push({ g: g.append('g').attr('class', 'probe-layer'), px: x, py: clipY, h: p.height });
    });

    // the shared x axis under the last plot
    const lastTop = tops[tops.length - 1] ?? MARGIN.top;
    const lastPlot = view.plots[view.plots.length - 1];
    const axisY = lastTop + (lastPlot ? lastPlot.height + (lastPlot.zeroRow ? ZERO_ROW : 0) : 0);
    const xAxis = axisBottom(x).tickFormat((v) => minus(String(+(+v).toPrecision(3))));
    if (view.xTicks) xAxis.tickValues(view.xTicks);
    else xAxis.ticks(Math.max(3, Math.floor(innerW / 70)));
    root.append('g').attr('class', 'axis').attr('transform', `translate(0,${axisY})`).call(xAxis);
    root
      .append('text')
      .attr('class', 'axis-title')
      .attr('x', innerW / 2)
      .attr('y', axisY + X_AXIS - 4)
      .attr('text-anchor', 'middle')
      .text(view.xTitle);

    if (lanes.length > 0) {
      const top = axisY + X_AXIS + 2;
      const lg = root.append('g').attr('class', 'lanes').attr('transform', `translate(0,${top})`);
      lg.append('text')
        .attr('class', 'lanes-title')
        .attr('x', 0)
        .attr('y', LANE_TITLE - 6)
        .text(view.lanesTitle ?? '');
      lanes.forEach((lane, k) => {
        const ly = LANE_TITLE + k * LANE_STEP + 4;
        lg.append('line')
          .attr('class', 'lane-track')
          .attr('x1', 0)
          .attr('x2', innerW)
          .attr('y1', ly)
          .attr('y2', ly);
        for (const [a, b] of lane.intervals) {
          lg.append('line')
            .attr('class', 'lane')
            .attr('data-id', lane.id)
            .attr('x1', x(a))
            .attr('x2', x(b))
            .attr('y1', ly)
            .attr('y2', ly)
            .attr('stroke', lane.color)
            .attr('stroke-dasharray', lane.dash ?? null);
        }
      });
    }

    if (opts.onProbe) {
      const onProbe = opts.onProbe;
      root
        .append('rect')
        .attr('class', 'hit')
        .attr('y', MARGIN.top)
        .attr('width', innerW)
        .attr('height', Math.max(0, axisY - MARGIN.top))
        .on('pointermove', (ev: PointerEvent) => {
          const px = ev.offsetX - MARGIN.left;
          onProbe(Math.max(view.xDomain[0], Math.min(view.xDomain[1], x.invert(px))));
        })
        .on('pointerleave', () => onProbe(null));
    }
    renderProbe(view);
  }

  const ro = new ResizeObserver(() => {
    if (last) render(last);
  });
  ro.observe(el);

  return {
    update(view: CurvesView) {
      const probeOnly =
        last !== null &&
        last.plots === view.plots &&
        last.xDomain === view.xDomain &&
        last.label === view.label;
      last = view;
      if (probeOnly) renderProbe(view);
      else render(view);
    },
    destroy() {
      ro.disconnect();
      svg.remove();
    },
  };
}
