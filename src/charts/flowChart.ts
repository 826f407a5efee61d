/**
 * Lines against the step t, on a log y axis (the gradient-flow chart: ‖dL/dh_t‖, ‖∂L_T/∂h_t‖,
 * ‖∂h_t/∂h_{t−1}‖₂, or the three cells in compare mode) or a linear one (the gates' means). All in SVG
 * (a few hundred points); zeros and underflow on the log axis are drawn at its floor with hollow markers
 * and a note says so. The cursor's step is a vertical band; the linked hover another.
 *
 * The parts live in flowChart/: types, frame (geometry, pure) and guides (axes and legend).
 */
import {
  linePath,
  linePoints,
  markerPath,
  type StepFrame,
  stepAt,
  stepFrame,
  stepX,
  yMapping,
} from './flowChart/frame';
import { drawAxes, drawLegendItems } from './flowChart/guides';
import type { StepLinesChart, StepLinesOptions, StepLinesView, YAxis } from './flowChart/types';
import { decadeLabel } from './logScale';
import { chartTip, listenPointer, observeWidth, svgEl } from './svg';

export {
  type LinePoint,
  linePath,
  linePoints,
  markerPath,
  type StepFrame,
  stepAt,
  stepFrame,
  stepX,
  yMapping,
} from './flowChart/frame';
export type {
  MarkerShape,
  StepLinesChart,
  StepLinesOptions,
  StepLinesView,
  StepSeries,
  YAxis,
} from './flowChart/types';

/** Lines over t inside el (React owns el; everything inside belongs to the chart). */
export function createStepLines(el: HTMLElement, opts: StepLinesOptions): StepLinesChart {
  const legend = document.createElement('ul');
  legend.className = 'sl-legend';
  const box = document.createElement('div');
  box.className = 'sl-box';
  const svg = svgEl(null, 'svg', { class: 'sl-svg', role: 'img' });
  const gAxes = svgEl(svg, 'g', { class: 'sl-axes' });
  const cursorBand = svgEl(svg, 'rect', { class: 'sl-cursor', visibility: 'hidden' });
  const hoverBand = svgEl(svg, 'rect', { class: 'sl-hover', visibility: 'hidden' });
  const gLines = svgEl(svg, 'g', { class: 'sl-lines' });
  const tip = chartTip();
  const note = document.createElement('p');
  note.className = 'chart-note';
  note.hidden = true;
  box.append(svg, tip);
  el.append(legend, box, note);

  let view: StepLinesView | null = null;
  let F: StepFrame | null = null;
  let width = el.clientWidth;
  let hoverT: number | null = null;
  let font = 14;
  /** The host's font size: read once, then again only on a resize (reading it forces a style update). */
  let base = 0;
  /** What the axes and the legend were drawn for: they are rebuilt only when it changes. */
  let axesKey = '';
  let legendKey = '';

  const draw = (v: StepLinesView) => {
    if (!base) base = Number.parseFloat(getComputedStyle(el).fontSize) || 17;
    font = Math.max(14, Math.round(base * 0.85));
    const f = stepFrame(v.steps, width || 600, opts.height * (base / 17), font);
    F = f;
    const { y, ticks, domain } = yMapping(v.y, v.series, f);
    const key = [
      f.width,
      f.height,
      font,
      v.steps,
      v.xTitle,
      v.yTitle,
      v.mark?.t,
      v.mark?.label,
      ticks.map((t) => `${t.label}@${y(t.v)}`).join(),
    ].join('|');
    if (key !== axesKey) {
      axesKey = key;
      svg.setAttribute('width', String(f.width));
      svg.setAttribute('height', String(f.height));
      box.style.width = `${f.width}px`;
      drawAxes(gAxes, v, f, y, ticks, font);
    }
    gLines.replaceChildren();
    let anyClamped = false;
    const r = v.steps <= 60 ? Math.max(3, Math.min(5, f.colW / 4)) : 2.5;
    for (const s of v.series) {
      const pts = linePoints(s.values, f, y, domain);
      const g = svgEl(gLines, 'g', { class: 'sl-series', 'data-series': s.key });
      const path = svgEl(g, 'path', {
        class: 'sl-line',
        d: linePath(pts),
        stroke: s.color,
        'stroke-width': s.strokeWidth ?? 2.5,
        fill: 'none',
        'data-series': s.key,
        'data-first-value': String(s.values[0]),
        'data-last-value': String(s.values[s.values.length - 1]),
      });
      if (s.dash) path.setAttribute('stroke-dasharray', s.dash);
      for (const [k, val] of Object.entries(s.data ?? {})) path.setAttribute(`data-${k}`, val);
      for (const p of pts) {
        if (!p.clamped && v.steps > 60) continue;
        anyClamped ||= p.clamped;
        svgEl(g, 'path', {
          class: p.clamped ? 'sl-marker sl-clamped' : 'sl-marker',
          d: markerPath(s.marker, p.x, p.y, p.clamped ? r + 1 : r),
          fill: p.clamped ? '#fff' : s.color,
          stroke: s.color,
          'stroke-width': p.clamped ? 2 : 1,
        });
      }
    }
    note.hidden = !(anyClamped && v.floorNote && domain);
    if (!note.hidden && v.floorNote && domain)
      note.textContent = v.floorNote(decadeLabel(Math.round(Math.log10(domain.lo))));
    drawLegend(v);
  };

  const drawLegend = (v: StepLinesView) => {
    const key = v.series
      .map((s) => [s.key, s.label, s.color, s.dash, s.marker].join('\u0001'))
      .join('\u0002');
    if (key === legendKey) return;
    legendKey = key;
    drawLegendItems(legend, v.series);
  };

  const placeBand = (rect: SVGRectElement, t: number | null) => {
    const v = view;
    const f = F;
    if (!v || !f || t === null || t < 1 || t > v.steps) {
      rect.setAttribute('visibility', 'hidden');
      return;
    }
    const w = Math.max(3, f.colW);
    rect.setAttribute('x', String(stepX(f, t) - w / 2));
    rect.setAttribute('y', String(f.top));
    rect.setAttribute('width', String(w));
    rect.setAttribute('height', String(f.plotH));
    rect.setAttribute('data-t', String(t));
    rect.setAttribute('visibility', 'visible');
  };

  const showTip = (t: number) => {
    const v = view;
    const f = F;
    if (!v || !f) return;
    const lines = [v.tipTitle(t)];
    for (const s of v.series) {
      const val = s.values[t - 1];
      if (!Number.isNaN(val)) lines.push(`${s.label}: ${v.formatValue(val)}`);
    }
    tip.textContent = lines.join('\n');
    tip.hidden = false;
    const x = stepX(f, t);
    const right = t - 1 < v.steps / 2;
    tip.style.left = right ? `${x + 12}px` : '';
    tip.style.right = right ? '' : `${f.width - x + 12}px`;
    tip.style.top = `${f.top + 4}px`;
  };

  const pointStep = (e: MouseEvent) => {
    const f = F;
    const v = view;
    if (!f || !v) return null;
    const rect = svg.getBoundingClientRect();
    const y = e.clientY - rect.top;
    if (y < f.top || y > f.top + f.plotH) return null;
    return stepAt(f, v.steps, e.clientX - rect.left);
  };
  const onMove = (e: PointerEvent) => {
    const t = pointStep(e);
    if (t === null) {
      onLeave();
      return;
    }
    showTip(t);
    if (t !== hoverT) opts.onHover?.(t);
  };
  const onLeave = () => {
    tip.hidden = true;
    if (hoverT !== null) opts.onHover?.(null);
  };
  const onClick = (e: MouseEvent) => {
    const t = pointStep(e);
    if (t !== null) opts.onStep?.(t);
  };
  const unlisten = listenPointer(svg, { move: onMove, leave: onLeave, click: onClick });

  const ro = observeWidth(
    el,
    () => width,
    (w) => {
      if (!view) return;
      width = w;
      base = 0; // the font may have changed with the size (zoom)
      draw(view);
      placeBand(cursorBand, view.cursorT);
      placeBand(hoverBand, hoverT);
    },
  );

  return {
    update(next) {
      const prev = view;
      view = next;
      svg.setAttribute('aria-label', next.ariaLabel);
      const redraw =
        !prev ||
        prev.series !== next.series ||
        prev.steps !== next.steps ||
        prev.y !== next.y ||
        prev.xTitle !== next.xTitle ||
        prev.yTitle !== next.yTitle ||
        prev.mark?.t !== next.mark?.t ||
        prev.mark?.label !== next.mark?.label;
      if (redraw) draw(next);
      placeBand(cursorBand, next.cursorT);
      if (redraw) placeBand(hoverBand, hoverT);
    },
    setHover(h) {
      hoverT = h?.t ?? null;
      placeBand(hoverBand, hoverT);
      if (hoverT === null) tip.hidden = true;
    },
    destroy() {
      ro?.disconnect();
      unlisten();
      legend.remove();
      box.remove();
      note.remove();
    },
  };
}

/** The gradient-flow chart: step lines on a log axis. */
export function createFlowChart(el: HTMLElement, opts: StepLinesOptions): StepLinesChart {
  return createStepLines(el, opts);
}

/** y axis of the gradient-flow chart (one object, so views compare equal). */
export const LOG_AXIS: YAxis = { kind: 'log' };
