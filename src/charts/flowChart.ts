/**
 * Lines against the step t, on a log y axis (the gradient-flow chart: ‖dL/dh_t‖, ‖∂L_T/∂h_t‖,
 * ‖∂h_t/∂h_{t−1}‖₂, or the three cells in compare mode) or a linear one (the gates' means). All in SVG
 * (a few hundred points); zeros and underflow on the log axis are drawn at its floor with hollow markers
 * and a note says so. The cursor's step is a vertical band; the linked hover another.
 */
import { clampLog, decadeLabel, decadeTicks, type LogDomain, logDomain, logY } from './logScale';
import { chartTip, listenPointer, observeWidth, svgEl } from './svg';

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';

export interface StepSeries {
  key: string;
  label: string;
  color: string;
  dash?: string;
  marker: MarkerShape;
  /** Value at step t in index t − 1; NaN is not drawn (a gap, or a step not reached yet). */
  values: ArrayLike<number>;
  /** Extra data-* attributes of the line (e.g. { cell: 'rnn' }). */
  data?: Record<string, string>;
  strokeWidth?: number;
}

export type YAxis = { kind: 'log' } | { kind: 'linear'; lo: number; hi: number; ticks: number[] };

export interface StepLinesView {
  steps: number;
  series: StepSeries[];
  y: YAxis;
  cursorT: number | null;
  xTitle: string;
  yTitle: string;
  ariaLabel: string;
  /** Note shown under the chart when some point is drawn at the floor ({floor} → "10⁻⁷⁰"). */
  floorNote?: (floor: string) => string;
  /** A labelled vertical rule (e.g. the last target step T*). */
  mark?: { t: number; label: string } | null;
  tipTitle: (t: number) => string;
  formatValue: (v: number) => string;
}

export interface StepLinesOptions {
  /** Plot height in px at the 17 px base font. */
  height: number;
  onHover?: (t: number | null) => void;
  onStep?: (t: number) => void;
}

export interface StepLinesChart {
  update(view: StepLinesView): void;
  setHover(h: { unit: number | null; t: number | null } | null): void;
  destroy(): void;
}

// ---------------------------------------------------------------- pure transforms (unit-tested)

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

/** SVG path of the points: a new segment ("M") after each gap in t. */
export function linePath(points: readonly LinePoint[]): string {
  let d = '';
  for (let k = 0; k < points.length; k++) {
    const p = points[k];
    const gap = k === 0 || points[k - 1].t !== p.t - 1;
    d += `${gap ? 'M' : 'L'}${p.x.toFixed(2)},${p.y.toFixed(2)}`;
  }
  return d;
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

// ---------------------------------------------------------------- the chart

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
      drawAxes(v, f, y, ticks);
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

  const drawAxes = (
    v: StepLinesView,
    f: StepFrame,
    y: (v: number) => number,
    ticks: { v: number; label: string }[],
  ) => {
    gAxes.replaceChildren();
    const bottom = f.top + f.plotH;
    svgEl(gAxes, 'rect', { class: 'sl-frame', x: f.left, y: f.top, width: f.plotW, height: f.plotH });
    for (const tk of ticks) {
      const yy = y(tk.v);
      svgEl(gAxes, 'line', {
        class: tk.v === 0 ? 'sl-zero' : 'sl-grid',
        x1: f.left,
        x2: f.left + f.plotW,
        y1: yy,
        y2: yy,
      });
      svgEl(gAxes, 'text', {
        x: f.left - 5,
        y: yy,
        'text-anchor': 'end',
        'dominant-baseline': 'central',
        'font-size': font,
      }).textContent = tk.label;
    }
    const every = [1, 2, 5, 10, 20, 25, 50, 100].find((s) => s * f.colW >= font * 2.4) ?? 100;
    for (let t = 1; t <= v.steps; t++) {
      if (!(t === 1 || t % every === 0)) continue;
      if (t === 1 && every > 1 && (every - 1) * f.colW < font * 2) continue;
      svgEl(gAxes, 'text', {
        x: stepX(f, t),
        y: bottom + font + 2,
        'text-anchor': 'middle',
        'font-size': font,
      }).textContent = String(t);
    }
    svgEl(gAxes, 'text', {
      class: 'axis-title',
      x: f.left + f.plotW / 2,
      y: bottom + 2 * font + 6,
      'text-anchor': 'middle',
      'font-size': font,
    }).textContent = v.xTitle;
    svgEl(gAxes, 'text', {
      class: 'axis-title',
      transform: `translate(${font * 0.9},${f.top + f.plotH / 2}) rotate(-90)`,
      'text-anchor': 'middle',
      'font-size': font,
    }).textContent = v.yTitle;
    if (v.mark && v.mark.t >= 1 && v.mark.t <= v.steps) {
      const x = stepX(f, v.mark.t);
      svgEl(gAxes, 'line', { class: 'sl-mark', x1: x, x2: x, y1: f.top, y2: bottom });
      svgEl(gAxes, 'text', {
        class: 'sl-mark-label',
        x: x - 4,
        y: bottom - 5,
        'text-anchor': 'end',
        'font-size': font,
      }).textContent = v.mark.label;
    }
  };

  const drawLegend = (v: StepLinesView) => {
    const key = v.series
      .map((s) => [s.key, s.label, s.color, s.dash, s.marker].join('\u0001'))
      .join('\u0002');
    if (key === legendKey) return;
    legendKey = key;
    legend.replaceChildren();
    for (const s of v.series) {
      const li = document.createElement('li');
      li.dataset.series = s.key;
      const sw = svgEl(li, 'svg', { width: 34, height: 14, 'aria-hidden': 'true' });
      const line = svgEl(sw, 'line', { x1: 1, x2: 33, y1: 7, y2: 7, stroke: s.color, 'stroke-width': 2.5 });
      if (s.dash) line.setAttribute('stroke-dasharray', s.dash);
      svgEl(sw, 'path', { d: markerPath(s.marker, 17, 7, 4), fill: s.color });
      li.append(sw, document.createTextNode(s.label));
      legend.append(li);
    }
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
