/**
 * Loss against pass: one point per pass (each update adds one; training will add many), and a smoothed
 * line (debiased exponential moving average). Linear axes from 0. The current pass is ringed; the point
 * the current update is about to produce is drawn hollow.
 */
import { nice, ticks } from 'd3';
import { chartTip, listenPointer, observeWidth, svgEl } from './svg';

export interface LossPoint {
  x: number;
  loss: number;
}

export interface LossView {
  points: readonly LossPoint[];
  /** Smoothed series (or null to draw none). */
  smoothed: readonly LossPoint[] | null;
  /** x of the pass the cursor is on. */
  current: number | null;
  /** x of a point that comes from the update being shown (drawn hollow), or null. */
  pending: number | null;
  xTitle: string;
  yTitle: string;
  rawLabel: string;
  smoothLabel: string;
  ariaLabel: string;
  tip: (p: LossPoint) => string;
  /** Draw a dot per point when there are at most 200 (default true; off for a training curve). */
  dots?: boolean;
  /** Tick labels of the x axis (default: the integer itself). */
  xFormat?: (v: number) => string;
}

export interface LossChartOptions {
  height: number;
  /** Click on a point: go to that pass. */
  onPass?: (x: number) => void;
}

export interface LossChart {
  update(view: LossView): void;
  destroy(): void;
}

// ---------------------------------------------------------------- pure transforms (unit-tested)

/**
 * Exponential moving average with weight `alpha` on the past, debiased (divided by 1 − alphaᵏ) so the
 * first points are not pulled towards 0. Non-finite losses are skipped.
 */
export function emaSmooth(points: readonly LossPoint[], alpha = 0.9): LossPoint[] {
  const out: LossPoint[] = [];
  let m = 0;
  let k = 0;
  for (const p of points) {
    if (!Number.isFinite(p.loss)) continue;
    k++;
    m = alpha * m + (1 - alpha) * p.loss;
    out.push({ x: p.x, loss: m / (1 - alpha ** k) });
  }
  return out;
}

/** Axis domains: x from 0 to at least 4 (so a few passes spread out), y from 0 to a nice max ≥ the losses. */
export function lossDomain(points: readonly LossPoint[]): { xHi: number; yHi: number } {
  let xHi = 4;
  let yHi = 0;
  for (const p of points) {
    if (p.x > xHi) xHi = p.x;
    if (Number.isFinite(p.loss) && p.loss > yHi) yHi = p.loss;
  }
  const [, ny] = nice(0, yHi > 0 ? yHi * 1.05 : 1, 5);
  const [, nx] = xHi <= 10 ? [0, Math.ceil(xHi)] : nice(0, xHi, 8);
  return { xHi: nx, yHi: ny };
}

/** The point nearest to x (by x), or null for no points. */
export function nearestPoint(points: readonly LossPoint[], x: number): LossPoint | null {
  let best: LossPoint | null = null;
  for (const p of points) if (!best || Math.abs(p.x - x) < Math.abs(best.x - x)) best = p;
  return best;
}

// ---------------------------------------------------------------- the chart

export function createLossChart(el: HTMLElement, opts: LossChartOptions): LossChart {
  const legend = document.createElement('ul');
  legend.className = 'sl-legend';
  const box = document.createElement('div');
  box.className = 'sl-box';
  const svg = svgEl(null, 'svg', { class: 'loss-svg', role: 'img' });
  const gAxes = svgEl(svg, 'g', {});
  const gData = svgEl(svg, 'g', {});
  const tip = chartTip();
  box.append(svg, tip);
  el.append(legend, box);

  let view: LossView | null = null;
  let width = el.clientWidth;
  let map: { x: (v: number) => number; inv: (px: number) => number } | null = null;

  // the host's font size, read once and again after a resize (not after every update's DOM writes: that
  // read would make the browser recompute the step's changed styles on the spot)
  let baseFont: number | null = null;
  const draw = (v: LossView) => {
    baseFont ??= Number.parseFloat(getComputedStyle(el).fontSize) || 17;
    const base = baseFont;
    const font = Math.max(14, Math.round(base * 0.85));
    const left = Math.round(font * 3.6);
    const top = Math.round(font * 0.6);
    const bottom = Math.round(font * 2.8);
    const W = Math.max(200, width || 400);
    const H = opts.height * (base / 17);
    const plotW = W - left - font;
    const plotH = H - top - bottom;
    svg.setAttribute('width', String(W));
    svg.setAttribute('height', String(H));
    const { xHi, yHi } = lossDomain(v.points);
    const pad = font * 0.9; // keeps the first and last points (and the ring) off the frame
    const x = (val: number) => left + pad + (val / xHi) * (plotW - 2 * pad);
    const y = (val: number) => top + plotH - (Math.max(0, Math.min(yHi, val)) / yHi) * plotH;
    map = { x, inv: (px) => ((px - left - pad) / (plotW - 2 * pad)) * xHi };
    gAxes.replaceChildren();
    svgEl(gAxes, 'rect', { class: 'sl-frame', x: left, y: top, width: plotW, height: plotH });
    for (const tv of ticks(0, yHi, 4)) {
      svgEl(gAxes, 'line', { class: 'sl-grid', x1: left, x2: left + plotW, y1: y(tv), y2: y(tv) });
      svgEl(gAxes, 'text', {
        x: left - 5,
        y: y(tv),
        'text-anchor': 'end',
        'dominant-baseline': 'central',
        'font-size': font,
      }).textContent = String(tv);
    }
    for (const tv of ticks(0, xHi, Math.max(2, Math.min(8, Math.floor(plotW / (font * 4)))))) {
      if (!Number.isInteger(tv)) continue;
      svgEl(gAxes, 'text', {
        x: x(tv),
        y: top + plotH + font + 2,
        'text-anchor': 'middle',
        'font-size': font,
      }).textContent = v.xFormat ? v.xFormat(tv) : String(tv);
    }
    svgEl(gAxes, 'text', {
      class: 'axis-title',
      x: left + plotW / 2,
      y: top + plotH + 2 * font + 6,
      'text-anchor': 'middle',
      'font-size': font,
    }).textContent = v.xTitle;
    svgEl(gAxes, 'text', {
      class: 'axis-title',
      transform: `translate(${font * 0.9},${top + plotH / 2}) rotate(-90)`,
      'text-anchor': 'middle',
      'font-size': font,
    }).textContent = v.yTitle;

    gData.replaceChildren();
    const pathOf = (pts: readonly LossPoint[]) =>
      pts
        .filter((p) => Number.isFinite(p.loss))
        .map((p, k) => `${k ? 'L' : 'M'}${x(p.x).toFixed(2)},${y(p.loss).toFixed(2)}`)
        .join('');
    svgEl(gData, 'path', { class: 'loss-raw', d: pathOf(v.points), 'data-points': v.points.length });
    if (v.smoothed && v.smoothed.length > 1)
      svgEl(gData, 'path', { class: 'loss-smooth', d: pathOf(v.smoothed) });
    if (v.dots !== false && v.points.length <= 200) {
      for (const p of v.points) {
        if (!Number.isFinite(p.loss)) continue;
        svgEl(gData, 'circle', {
          class: p.x === v.pending ? 'loss-dot loss-pending' : 'loss-dot',
          cx: x(p.x),
          cy: y(p.loss),
          r: 4.5,
          'data-x': p.x,
          'data-loss': p.loss,
        });
      }
    }
    const cur = v.points.find((p) => p.x === v.current);
    if (cur && Number.isFinite(cur.loss))
      svgEl(gData, 'circle', { class: 'loss-current', cx: x(cur.x), cy: y(cur.loss), r: 9, 'data-x': cur.x });

    legend.replaceChildren();
    const items: [string, string][] = [['loss-raw', v.rawLabel]];
    if (v.smoothed && v.smoothed.length > 1) items.push(['loss-smooth', v.smoothLabel]);
    for (const [cls, label] of items) {
      const li = document.createElement('li');
      const sw = svgEl(li, 'svg', { width: 34, height: 14, 'aria-hidden': 'true' });
      svgEl(sw, 'line', { class: cls, x1: 1, x2: 33, y1: 7, y2: 7 });
      li.append(sw, document.createTextNode(label));
      legend.append(li);
    }
  };

  const hit = (e: MouseEvent) => {
    if (!view || !map) return null;
    const rect = svg.getBoundingClientRect();
    const p = nearestPoint(view.points, map.inv(e.clientX - rect.left));
    return p && Math.abs(map.x(p.x) - (e.clientX - rect.left)) < 24 ? p : null;
  };
  const onMove = (e: PointerEvent) => {
    const p = hit(e);
    if (!p || !view || !map) {
      tip.hidden = true;
      return;
    }
    tip.textContent = view.tip(p);
    tip.hidden = false;
    tip.style.left = `${map.x(p.x) + 10}px`;
    tip.style.top = '4px';
  };
  const onLeave = () => {
    tip.hidden = true;
  };
  const onClick = (e: MouseEvent) => {
    const p = hit(e);
    if (p) opts.onPass?.(p.x);
  };
  const unlisten = listenPointer(svg, { move: onMove, leave: onLeave, click: onClick });
  const ro = observeWidth(
    el,
    () => width,
    (w) => {
      if (!view) return;
      width = w;
      baseFont = null;
      draw(view);
    },
  );

  return {
    update(next) {
      const prev = view;
      view = next;
      svg.setAttribute('aria-label', next.ariaLabel);
      if (
        !prev ||
        prev.points !== next.points ||
        prev.smoothed !== next.smoothed ||
        prev.current !== next.current ||
        prev.pending !== next.pending ||
        prev.xTitle !== next.xTitle
      )
        draw(next);
    },
    destroy() {
      ro?.disconnect();
      unlisten();
      legend.remove();
      box.remove();
    },
  };
}
