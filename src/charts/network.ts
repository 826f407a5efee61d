/**
 * The network unrolled through time (SVG). One column per step t, bottom → top: the input character and
 * its one-hot x_t, the cell (gate letters, the LSTM's c_t strip, the units of h_t coloured by value), the
 * scores y_t, the loss, the pick (argmax) and the target. h_{t−1} → h_t arrows (and c_{t−1} → c_t) join
 * the columns; in the backward phase they point back and their width shows ‖dh_t‖.
 *
 * This factory builds the columns once per shape (keyed by t) and, on a cursor step, only touches the
 * columns whose state changed. Only the columns near the scrolled viewport are in the page (more are drawn
 * as it scrolls). Above 8 hidden units the dense parts (h_t and c_t strips, score bars, one-hot squares)
 * are drawn on a canvas under the SVG (networkCanvas.ts, network/canvasLayer.ts); the SVG keeps the
 * frames, letters, arrows and texts. The parts live in network/: layout and state (pure), build and paint
 * (one column), arrows, labels (texts and legend), feedback (generation fed back), scroll.
 */
import { select } from 'd3';
import type { Trace } from '../engine/trace';
import { buildColumn } from './network/build';
import { createCanvasLayer } from './network/canvasLayer';
import { drawFeedback } from './network/feedback';
import { type HostEnv, listenColumns, readHost } from './network/host';
import { drawNetworkLegend, drawRowLabels, labelWidths } from './network/labels';
import { columnX, isDense, type Layout, layoutNetwork, scrollFor } from './network/layout';
import { hoverClasses, paintColumn } from './network/paint';
import { createScroll } from './network/scroll';
import { type ColumnState, columnState, type Scales, scalesOf, signature } from './network/state';
import type { G, Hover, NetworkChart, NetworkLabels, NetworkOptions, NetworkView } from './network/types';
import { columnRange, rangeCovers } from './networkCanvas';

export { arrowPath } from './network/arrows';
export { feedbackRoute } from './network/feedback';
export {
  columnX,
  isDense,
  type Layout,
  type LayoutInput,
  layoutNetwork,
  type Rows,
  scrollFor,
} from './network/layout';
export {
  type ColumnState,
  columnState,
  dcNorms,
  dhNorms,
  displayChar,
  type Part,
  scaleWidths,
  scoreMax,
  valueMax,
} from './network/state';
export type {
  Hover,
  NetworkChart,
  NetworkFeedback,
  NetworkLabels,
  NetworkOptions,
  NetworkView,
} from './network/types';

export function create(el: HTMLElement, opts: NetworkOptions): NetworkChart {
  const root = select(el).append('div').attr('class', 'net');
  const row = root.append('div').attr('class', 'net-row');
  const labelSvg = row.append('svg').attr('class', 'net-labels').attr('aria-hidden', 'true');
  const scroller = row.append('div').attr('class', 'net-scroll');
  // the stage holds the canvas (dense parts, above 8 units) under the SVG (everything else)
  const stage = scroller.append('div').attr('class', 'net-stage');
  const canvas = stage.append('canvas').attr('class', 'net-canvas').attr('aria-hidden', 'true');
  const layer = createCanvasLayer(canvas.node() as HTMLCanvasElement);
  const svg = stage.append('svg').attr('class', 'net-svg').attr('role', 'img');
  const cols = svg.append('g').attr('class', 'net-cols');
  const feedbackG = svg.append('g').attr('class', 'net-feedback');
  let feedbackKey: unknown[] = [];
  const legend = root.append('svg').attr('class', 'net-legend');

  let view: NetworkView | null = null;
  let env: HostEnv | null = null;
  /** The ResizeObserver has reported the host's size once (the layout is then known). */
  let sized = false;
  let measured: { key: string; labelW: number; valueW: number } | null = null;
  let L: Layout | null = null;
  let shapeKey = '';
  let legendKey = '';
  let lastTrace: Trace | null = null;
  let traceId = 0;
  let scales: Scales | null = null;
  /** Per drawn column: the state its SVG shows (the canvas layer keeps its own). */
  const sigs = new Map<number, string>();
  let lastCurrent = -1;
  let hover: Hover | null = null;
  /** The columns in the DOM (only those near the viewport when the chart scrolls). */
  let range: [number, number] | null = null;
  const scroll = createScroll(scroller, () => {
    if (view && ensureRange(view)) {
      paint(view);
      applyHoverClasses();
    }
  });
  let viewW = 0;

  /** Font, width and colours of the host: read once, and again only after a resize (reading forces a layout). */
  function environment(): HostEnv {
    if (!env) env = readHost(el, root.node() as HTMLElement);
    return env;
  }

  /** Widths of the row labels and of a value label, measured once per font and language. */
  function textWidths(lab: NetworkLabels, font: number): { labelW: number; valueW: number } {
    const key = `${font}|${lab.target}|${lab.pick}|${lab.input}`;
    if (measured?.key !== key) measured = { key, ...labelWidths(svg.node() as SVGSVGElement, lab, font) };
    return measured;
  }

  function structure(v: NetworkView): void {
    const tr = v.trace;
    const H = tr.model.hiddenSize;
    const V = tr.model.vocab.length;
    const cell = tr.model.cell;
    const { font, rootW, compact } = environment();
    const { labelW, valueW } = textWidths(v.labels, font);
    const avail = Math.max(200, rootW - labelW - 4);
    const labelText = Object.values(v.labels).join('\u0002');
    const key = [
      tr.T,
      H,
      V,
      cell,
      avail,
      font,
      labelW,
      compact,
      tr.model.vocab.join('\u0001'),
      labelText,
    ].join('|');
    svg.attr('aria-label', v.labels.aria);
    if (key === shapeKey && L) return;
    shapeKey = key;
    sigs.clear();
    layer.reset(); // reallocate the canvas for the new shape
    lastCurrent = -1;
    range = null;
    viewW = rootW > 0 ? rootW - labelW : 0;
    L = layoutNetwork({ T: tr.T, H, V, cell, avail, font, valueW, rowAir: compact ? 0.4 : 1 });
    const lay = L;
    svg.attr('width', lay.width).attr('height', lay.height).attr('font-size', font);
    stage.style('width', `${lay.width}px`).style('height', `${lay.height}px`);
    root.classed('dense', isDense(lay));
    canvas.style('display', isDense(lay) ? 'block' : 'none');
    scroller.classed('scrolls', lay.scroll);
    drawRowLabels(labelSvg, labelW, lay, cell, v.labels);
    cols.selectAll('*').remove();
    // the browser may have clamped the scroll position to the new width
    scroll.reread();
  }

  /** Puts the columns near the viewport into the DOM (keyed by t); true when the set changed. */
  function ensureRange(v: NetworkView): boolean {
    if (!L) return false;
    const lay = L;
    const tr = v.trace;
    const T = tr.T;
    if (range && rangeCovers(lay, T, range, scroll.left, viewW)) return false;
    const before = range;
    range = columnRange(lay, T, scroll.left, viewW, Math.max(2 * lay.colW, viewW / 2));
    const [a, b] = range;
    const H = tr.model.hiddenSize;
    const V = tr.model.vocab.length;
    const cell = tr.model.cell;
    cols
      .selectAll<SVGGElement, number>('g.net-col')
      .data(
        Array.from({ length: b - a + 1 }, (_, k) => a + k),
        (d) => String(d),
      )
      .join(
        (enter) =>
          enter
            .append('g')
            .attr('class', 'net-col')
            .attr('data-t', (t) => t)
            .attr('transform', (t) => `translate(${columnX(lay, t).toFixed(1)},0)`)
            .each(function () {
              buildColumn(select(this) as G, lay, cell, H, V);
            }),
        (update) => update,
        (exit) =>
          exit
            .each((t) => {
              sigs.delete(t);
            })
            .remove(),
      );
    if (isDense(lay)) layer.place(lay, T, range, before);
    return true;
  }

  /** Paints the drawn columns whose state changed: SVG parts, and (dense) their canvas strip. */
  function paint(v: NetworkView): void {
    if (!L || !range || !scales) return;
    const lay = L;
    const sc = scales;
    const tr = v.trace;
    const T = tr.T;
    const cell = tr.model.cell;
    const dense = isDense(lay);
    const states = new Map<number, ColumnState | null>();
    cols.selectAll<SVGGElement, number>('g.net-col').each(function (t) {
      const s = t === 0 ? null : columnState(cell, T, v.moment, t);
      states.set(t, s);
      const sig = s ? signature(s, traceId) : `${traceId}`;
      if (sigs.get(t) === sig) return;
      sigs.set(t, sig);
      paintColumn(select(this) as G, lay, tr, sc, s, v.labels);
    });
    if (!dense || !layer.ready) return;
    layer.paint({ lay, trace: tr, scales: sc, states, sigs, hover, style: environment().style });
  }

  listenColumns(svg, opts, () => ({ L, view }));

  function drawLegendRow(v: NetworkView, sc: Scales): void {
    if (!L) return;
    const back = v.moment.phase === 'backward';
    const { rootW, compact } = environment();
    const key = `${Object.values(v.labels).join('\u0002')}|${sc.vMax}|${back}|${L.font}|${L.width}|${compact}`;
    if (key === legendKey) return;
    legendKey = key;
    drawNetworkLegend(legend, L, v.labels, sc.vMax, back, rootW, compact);
  }

  function update(v: NetworkView): void {
    view = v;
    // the first drawing waits for the ResizeObserver's first callback (after the frame's layout, before
    // its paint): reading the host's font and width before it forced the first layout of the whole page
    // inside the lesson's first task (~35–75 ms for a 64-unit lesson)
    if (ro && !sized) return;
    structure(v);
    if (!L) return;
    const lay = L;
    if (v.trace !== lastTrace) {
      lastTrace = v.trace;
      traceId++;
      scales = scalesOf(v.trace);
    }
    const sc = scales as Scales;
    // bring the current column into view first, so that only the columns around it get drawn
    const cur = v.moment.phase === 'forward' || v.moment.phase === 'backward' ? v.moment.t : -1;
    if (cur !== lastCurrent) {
      lastCurrent = cur;
      if (cur > 0 && lay.scroll && viewW > 0) {
        const to = scrollFor(columnX(lay, cur), lay.colW / 2, scroll.left, viewW);
        if (to !== null) scroll.to(Math.min(to, Math.max(0, Math.floor(lay.width - viewW))));
      }
    }
    const entered = ensureRange(v);
    applyHover(v.hover);
    paint(v);
    if (entered) applyHoverClasses();
    drawLegendRow(v, sc);
    const fk = [v.feedback, lay, v.moment];
    if (fk.some((k, i) => k !== feedbackKey[i])) {
      feedbackKey = fk;
      drawFeedback(feedbackG, lay, v);
    }
  }

  function applyHoverClasses(): void {
    hoverClasses(cols, L, hover);
  }

  function applyHover(h: Hover | null): boolean {
    if (h === hover || (h && hover && h.unit === hover.unit && h.t === hover.t)) return false;
    hover = h;
    applyHoverClasses();
    return true;
  }

  const ro =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver(() => {
          sized = true;
          env = null;
          if (view) update(view);
        });
  ro?.observe(el);

  return {
    update,
    setHover(h) {
      // the canvas shows the hovered unit and column too
      if (applyHover(h) && view && L && isDense(L)) paint(view);
    },
    destroy() {
      ro?.disconnect();
      scroll.stop();
      root.remove();
    },
  };
}
