/**
 * Bar chart of a probability vector (SVG): one bar per vocabulary character on a 0..1 axis, the target
 * bar outlined and marked ◎, the largest one filled dark and marked ★. Heights move in a short
 * transition (≤ 150 ms; none with reduced motion, nor when updates come faster than ANIMATE_GAP_MS) that
 * never holds back the final values.
 */
import { easeCubicOut, interrupt, scaleBand, scaleLinear, select } from 'd3';
import { charLabel } from './heatmap';

export interface BarMargins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface BarScales {
  /** Left edge of bar i. */
  x: (i: number) => number;
  bandwidth: number;
  /** Probability (0..1, clamped) → y in px. */
  y: (p: number) => number;
  /** Baseline (p = 0) and top (p = 1) in px. */
  y0: number;
  y1: number;
}

/** Band and linear scales for n bars in a width × height box. */
export function barScales(n: number, width: number, height: number, m: BarMargins): BarScales {
  const band = scaleBand<number>()
    .domain(Array.from({ length: Math.max(1, n) }, (_, i) => i))
    .range([m.left, Math.max(m.left + 1, width - m.right)])
    .paddingInner(n > 24 ? 0.12 : 0.25)
    .paddingOuter(0.15);
  const lin = scaleLinear()
    .domain([0, 1])
    .range([height - m.bottom, m.top])
    .clamp(true);
  return {
    x: (i) => band(i) ?? m.left,
    bandwidth: band.bandwidth(),
    y: (p) => lin(Number.isFinite(p) ? p : 0),
    y0: lin(0),
    y1: lin(1),
  };
}

/**
 * Which bars get a character label: all when the bands are wide enough, else every k-th; the marked
 * bars (target, argmax) always, and the regular labels too close to a marked one are dropped.
 */
export function labelledBars(
  n: number,
  bandPx: number,
  minPx: number,
  keep: readonly (number | null)[],
): number[] {
  const k = Math.max(1, Math.ceil(minPx / Math.max(bandPx, 0.001)));
  const marked = keep.filter((i): i is number => i !== null && i >= 0 && i < n);
  const set = new Set<number>(marked);
  for (let i = 0; i < n; i += k) if (marked.every((j) => Math.abs(i - j) >= k)) set.add(i);
  return [...set].sort((a, b) => a - b);
}

export interface BarsView {
  labels: readonly string[];
  /** Probabilities, or null while they are not computed yet (empty bars). */
  values: ArrayLike<number> | null;
  target: number | null;
  argmax: number | null;
  /** Text above a bar (shown when bars are wide enough). */
  valueText: (p: number) => string;
  /** Accessible name of the chart. */
  label: string;
}

export interface BarsOptions {
  /** Height at the base font size (17 px); scaled with the page font. */
  height: number;
}

export interface BarsChart {
  update(view: BarsView): void;
  destroy(): void;
}

const TICKS = [0, 0.25, 0.5, 0.75, 1];

/** Below this many ms between two updates the bars jump to their values (stepping fast, or playing). */
export const ANIMATE_GAP_MS = 250;

export function createBars(el: HTMLElement, opts: BarsOptions): BarsChart {
  const svg = select(el).append('svg').attr('class', 'bars').attr('role', 'img');
  const title = svg.append('title');
  const gAxis = svg.append('g').attr('class', 'bars-axis').attr('aria-hidden', 'true');
  const gBars = svg.append('g').attr('class', 'bars-bars').attr('aria-hidden', 'true');
  let view: BarsView | null = null;
  const reduced = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  /** Font and width of the host: read once, then again only in the ResizeObserver (where layout is fresh). */
  let size: { base: number; width: number } | null = null;
  let axisKey = '';
  /** Layout and bar count the bars' geometry was written for, and the values their heights show. */
  let barsKey = '';
  let drawnValues: ArrayLike<number> | null | undefined;
  const setText = (node: Element, text: string) => {
    if (node.textContent !== text) node.textContent = text;
  };
  let lastUpdate = Number.NEGATIVE_INFINITY;
  const measure = () => {
    size = {
      base: Number.parseFloat(getComputedStyle(el).fontSize) || 17,
      width: Math.max(160, el.clientWidth || 320),
    };
    return size;
  };

  const draw = (animate: boolean) => {
    if (!view) return;
    const v = view;
    const { base, width } = size ?? measure();
    const font = Math.round(base * 0.85);
    const height = Math.round(opts.height * (base / 17));
    const n = v.labels.length;
    const m = { top: font + 10, right: 6, bottom: 2 * font + 14, left: Math.round(font * 2.6) };
    const s = barScales(n, width, height, m);
    svg.attr('aria-label', v.label);
    title.text(v.label);

    const key = `${width}|${height}|${font}`;
    if (key !== axisKey) {
      axisKey = key;
      svg.attr('width', width).attr('height', height);
      gAxis.selectAll('*').remove();
      for (const p of TICKS) {
        gAxis
          .append('line')
          .attr('x1', m.left - 4)
          .attr('x2', width - m.right)
          .attr('y1', s.y(p))
          .attr('y2', s.y(p))
          .attr('class', p === 0 ? 'bars-base' : 'bars-grid');
        if (p === 0 || p === 0.5 || p === 1) {
          gAxis
            .append('text')
            .attr('x', m.left - 7)
            .attr('y', s.y(p))
            .attr('text-anchor', 'end')
            .attr('dominant-baseline', 'central')
            .attr('font-size', font)
            .text(String(p));
        }
      }
    }
    const shown = new Set(labelledBars(n, s.bandwidth, font * 1.2, [v.target, v.argmax]));
    const showValues = s.bandwidth >= font * 2.9;
    const cls = (i: number) =>
      `bar${i === v.argmax ? ' is-argmax' : ''}${i === v.target ? ' is-target' : ''}`;
    const value = (i: number) => (v.values ? v.values[i] : 0);

    // the geometry (x, widths, font, label rows) is written only when the layout or the bar count changes;
    // on a cursor step only what moved is written (each SVG attribute write costs the browser style work)
    const geometryKey = `${key}|${n}`;
    const geometry = geometryKey !== barsKey;
    barsKey = geometryKey;
    const g = gBars
      .selectAll<SVGGElement, number>('g.bar')
      .data(Array.from({ length: n }, (_, i) => i))
      .join((enter) => {
        const e = enter.append('g');
        e.append('rect');
        e.append('text').attr('class', 'bar-value');
        e.append('text').attr('class', 'bar-char');
        e.append('text').attr('class', 'bar-mark');
        return e;
      });
    g.each(function (i) {
      const c = cls(i);
      if (this.getAttribute('class') !== c) this.setAttribute('class', c);
    });
    const rect = g.select<SVGRectElement>('rect');
    const valueText = g.select<SVGTextElement>('text.bar-value');
    const charText = g.select<SVGTextElement>('text.bar-char');
    const markText = g.select<SVGTextElement>('text.bar-mark');
    if (geometry) {
      rect.attr('x', (i) => s.x(i)).attr('width', s.bandwidth);
      valueText
        .attr('x', (i) => s.x(i) + s.bandwidth / 2)
        .attr('text-anchor', 'middle')
        .attr('font-size', font);
      charText
        .attr('x', (i) => s.x(i) + s.bandwidth / 2)
        .attr('y', s.y0 + font + 2)
        .attr('text-anchor', 'middle')
        .attr('font-size', font);
      markText
        .attr('x', (i) => s.x(i) + s.bandwidth / 2)
        .attr('y', s.y0 + 2 * font + 8)
        .attr('text-anchor', 'middle')
        .attr('font-size', font);
    }
    const top = (i: number) => s.y(value(i));
    const h = (i: number) => s.y0 - s.y(value(i));
    // the same values as drawn (e.g. still null): nothing to move
    const heights = v.values ?? null;
    if (geometry || heights !== drawnValues) {
      drawnValues = heights;
      if (animate && !reduced) {
        rect.transition().duration(120).ease(easeCubicOut).attr('y', top).attr('height', h);
      } else {
        rect.each(function () {
          interrupt(this);
        });
        rect.attr('y', top).attr('height', h);
      }
      valueText.attr('y', (i) => s.y(value(i)) - 4);
    }
    valueText.each(function (i) {
      setText(this, v.values && showValues ? v.valueText(value(i)) : '');
    });
    charText.each(function (i) {
      setText(this, shown.has(i) ? charLabel(v.labels[i]) : '');
    });
    markText
      .selectAll('tspan')
      .data((i) => [
        ...(i === v.target ? [{ cls: 'mark-t', sym: '◎' }] : []),
        ...(i === v.argmax && v.values ? [{ cls: 'mark-a', sym: '★' }] : []),
      ])
      .join('tspan')
      .attr('class', (d) => d.cls)
      .text((d) => d.sym);
  };

  const ro =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver(() => {
          measure();
          draw(false);
        })
      : null;
  ro?.observe(el);

  return {
    update(next) {
      // animate a single step; when updates come faster than the eye follows, show the values at once
      const now = globalThis.performance?.now() ?? 0;
      const animate =
        view !== null && view.labels.length === next.labels.length && now - lastUpdate >= ANIMATE_GAP_MS;
      lastUpdate = now;
      view = next;
      // until the ResizeObserver's first callback (after the frame's layout, before its paint) the host's
      // size is unknown without forcing a layout of the page, which for a panel mounted with others was
      // a 75 ms layout inside the task: the first drawing waits for it (it is in the same frame)
      if (!size && ro) return;
      draw(animate);
    },
    destroy() {
      ro?.disconnect();
      svg.selectAll('rect').each(function () {
        interrupt(this);
      });
      svg.remove();
    },
  };
}
