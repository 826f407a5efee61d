/**
 * Line plots stacked on one shared x axis (f over f′, say): curves, translucent bands (quartiles),
 * vertical shades (saturation), reference lines and dots, with a crosshair that follows the pointer
 * and reports x through `onProbe`. A plot may use a log y axis with a "0" row underneath for exact zeros.
 * React owns the container; this factory owns the SVG inside it.
 *
 * The parts live in curves/: types, scales (domains and ticks), metrics (fixed sizes) and plot (one plot).
 */
import { axisBottom, scaleLinear, select } from 'd3';
import { GAP, LANE_STEP, LANE_TITLE, MARGIN, X_AXIS, ZERO_ROW } from './curves/metrics';
import { drawPlot, type ProbeLayer } from './curves/plot';
import { minus } from './curves/scales';
import type { CurvesOpts, CurvesView } from './curves/types';

export { decadeLabel, decadeTicks, logDomain, paddedDomain } from './curves/scales';
export type {
  Band,
  CurveSeries,
  CurvesOpts,
  CurvesView,
  Dot,
  Lane,
  PlotView,
  Point,
  Rule,
  Shade,
} from './curves/types';

export function createCurves(el: HTMLElement, opts: CurvesOpts = {}) {
  const svg = select(el).append('svg').attr('class', 'curves').attr('role', 'img');
  const root = svg.append('g');
  const uid = `curves-${Math.random().toString(36).slice(2, 8)}`;
  let last: CurvesView | null = null;
  /** Per plot: its probe layer and how to place a point in it (set by render, used by renderProbe). */
  let probeLayers: ProbeLayer[] = [];

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
      probeLayers.push(drawPlot(root, view, p, i, tops[i], x, innerW, uid));
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
