/**
 * A small heatmap for a vector (one row of cells, drawn as a CSS background) or a matrix (on a canvas),
 * for values too many to typeset. Diverging blue–white–orange scale centred on 0, a legend, and the value under the pointer.
 * create(el) → { update(view), destroy() }; the pure layout and colour functions are exported for tests.
 */
import { DIVERGING_GRADIENT, divergingColor, divergingPixel } from './colors';

// one colour scale for every chart: the same number has the same colour in every panel (src/charts/colors.ts)
export { divergingColor, divergingPixel };

/** The largest |value| (0 for an empty or all-zero array; non-finite values ignored). */
export function maxAbs(values: ArrayLike<number>): number {
  let m = 0;
  for (let k = 0; k < values.length; k++) {
    const a = Math.abs(values[k]);
    if (Number.isFinite(a) && a > m) m = a;
  }
  return m;
}

export interface HeatmapLayout {
  cellW: number;
  cellH: number;
  width: number;
  height: number;
}

export const CELL_MAX = 24;
export const CELL_MIN = 5;
/** A vector's strip is at least this tall, whatever its length. */
export const STRIP_HEIGHT = 22;

/**
 * Cell size so that `cols` cells fit `width` pixels (between CELL_MIN and CELL_MAX; below the minimum
 * the heatmap becomes wider than `width` and its container scrolls). Square cells, except that a
 * single-row strip keeps STRIP_HEIGHT.
 */
export function heatmapLayout(rows: number, cols: number, width: number): HeatmapLayout {
  const fit = Math.floor(width / Math.max(1, cols));
  const cellW = Math.max(CELL_MIN, Math.min(CELL_MAX, fit));
  const cellH = rows === 1 ? Math.max(cellW, STRIP_HEIGHT) : cellW;
  return { cellW, cellH, width: cellW * cols, height: cellH * rows };
}

/** The cell under a point (x, y in CSS pixels of the canvas), or null outside. */
export function cellAt(
  layout: HeatmapLayout,
  rows: number,
  cols: number,
  x: number,
  y: number,
): { row: number; col: number } | null {
  const col = Math.floor(x / layout.cellW);
  const row = Math.floor(y / layout.cellH);
  if (x < 0 || y < 0 || col >= cols || row >= rows) return null;
  return { row, col };
}

export interface HeatmapView {
  rows: number;
  cols: number;
  /** Row-major values. */
  values: ArrayLike<number>;
  /** Accessible name of the picture (what it shows). */
  label: string;
  /** Full legend sentence, given the scale's max |value| (read by screen readers). */
  legend: (max: number) => string;
  /** A number as shown at the ends of the colour bar. */
  format: (v: number) => string;
  /** Text for the value under the pointer. */
  hoverText: (row: number, col: number, value: number) => string;
}

/**
 * A one-row strip as a CSS background: hard colour stops, one per cell, white gaps between cells of 8 px
 * or more. (A canvas costs the browser about a millisecond each time it changes; a background does not.)
 */
export function stripBackground(values: ArrayLike<number>, max: number, cellW: number): string {
  const gap = cellW >= 8 ? 1 : 0;
  const stops: string[] = [];
  for (let c = 0; c < values.length; c++) {
    const x0 = c * cellW;
    const x1 = (c + 1) * cellW - gap;
    stops.push(`${divergingColor(values[c], max)} ${x0}px ${x1}px`);
    if (gap) stops.push(`#fff ${x1}px ${x1 + gap}px`);
  }
  if (stops.length === 0) return '#fff';
  if (stops.length === 1) stops.push(stops[0]);
  return `linear-gradient(to right, ${stops.join(', ')})`;
}

/** Canvases of destroyed heatmaps, kept for the next ones. */
const pool: HTMLCanvasElement[] = [];
const POOL_SIZE = 4;

export function create(el: HTMLElement): { update(view: HeatmapView): void; destroy(): void } {
  const doc = el.ownerDocument;
  const scroller = doc.createElement('div');
  scroller.className = 'mini-heatmap-scroll';
  // a vector is a strip with a CSS background; a matrix is drawn on a canvas (made when first needed, and
  // taken from the canvases of destroyed heatmaps: the active equation, and with it its heatmaps, moves on
  // most cursor steps)
  const strip = doc.createElement('div');
  strip.className = 'mini-heatmap-strip';
  let canvas: HTMLCanvasElement | null = null;
  let picture: HTMLElement = strip;
  const legend = doc.createElement('div');
  legend.className = 'mini-heatmap-legend';
  legend.setAttribute('aria-hidden', 'true'); // the picture's label carries the legend
  const lo = doc.createElement('span');
  const bar = doc.createElement('span');
  bar.className = 'mini-heatmap-bar';
  bar.style.background = DIVERGING_GRADIENT;
  const hi = doc.createElement('span');
  const hover = doc.createElement('output');
  hover.className = 'mini-heatmap-hover';
  legend.append(lo, bar, hi, hover);
  el.append(scroller, legend);

  let view: HeatmapView | null = null;
  let layout: HeatmapLayout | null = null;
  /** The host's width: read once, then kept up to date by the ResizeObserver (no forced layouts per step). */
  let hostW = -1;
  /** What the picture shows, to skip redrawing the same one. */
  let drawn: { values: ArrayLike<number>; key: string } | null = null;
  const setText = (node: Element, text: string) => {
    if (node.textContent !== text) node.textContent = text;
  };
  const setAttr = (node: Element, name: string, value: string) => {
    if (node.getAttribute(name) !== value) node.setAttribute(name, value);
  };

  /** Shows the strip or the canvas (with the pointer listeners on it). */
  const show = (next: HTMLElement) => {
    if (picture === next && next.parentNode === scroller) return;
    picture.removeEventListener('pointermove', onMove);
    picture.removeEventListener('pointerleave', onLeave);
    picture.remove();
    picture = next;
    picture.setAttribute('role', 'img');
    picture.addEventListener('pointermove', onMove);
    picture.addEventListener('pointerleave', onLeave);
    scroller.append(picture);
    drawn = null;
  };

  const draw = () => {
    if (!view) return;
    const v = view;
    if (hostW < 0) hostW = el.clientWidth;
    const lay = heatmapLayout(v.rows, v.cols, Math.max(40, hostW - 2));
    layout = lay;
    if (v.rows === 1) show(strip);
    else {
      if (!canvas) {
        const reused = pool.pop();
        canvas = reused?.ownerDocument === doc ? reused : doc.createElement('canvas');
      }
      show(canvas);
    }
    const max = maxAbs(v.values);
    setText(lo, v.format(-max));
    setText(hi, v.format(max));
    const legendText = v.legend(max);
    setAttr(picture, 'title', legendText);
    setAttr(picture, 'aria-label', `${v.label}. ${legendText}`);
    const dpr = globalThis.devicePixelRatio || 1;
    const key = `${v.rows}|${v.cols}|${lay.width}|${lay.height}|${dpr}`;
    if (drawn && drawn.values === v.values && drawn.key === key) return;
    drawn = { values: v.values, key };
    picture.style.width = `${lay.width}px`;
    picture.style.height = `${lay.height}px`;
    if (picture === strip) strip.style.background = stripBackground(v.values, max, lay.cellW);
    else if (canvas) paintCanvas(canvas, v, lay, max, dpr);
  };

  const onMove = (e: PointerEvent) => {
    if (!view || !layout) return;
    const rect = picture.getBoundingClientRect();
    const hit = cellAt(layout, view.rows, view.cols, e.clientX - rect.left, e.clientY - rect.top);
    hover.textContent = hit
      ? view.hoverText(hit.row, hit.col, view.values[hit.row * view.cols + hit.col])
      : '';
  };
  const onLeave = () => {
    hover.textContent = '';
  };
  const resize =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver((entries) => {
          // the observer gives the width (reading el.clientWidth here could force a layout when another
          // heatmap's callback has just drawn)
          const box = entries[entries.length - 1];
          const w = box ? box.contentRect.width : el.clientWidth; // the host has no padding (equations.css)
          if (w === 0) return; // hidden: keep the last width for when it shows again
          hostW = w;
          draw();
        });
  resize?.observe(el);

  return {
    update(next) {
      view = next;
      setText(hover, '');
      // a new heatmap waits for the observer's first callback (before this frame's paint) for its width
      if (hostW >= 0 || !resize) draw();
    },
    destroy() {
      resize?.disconnect();
      picture.removeEventListener('pointermove', onMove);
      picture.removeEventListener('pointerleave', onLeave);
      scroller.remove();
      legend.remove();
      if (canvas && pool.length < POOL_SIZE) pool.push(canvas);
    },
  };
}

/** Draws a matrix on the canvas: one ImageData write, white gaps between cells of 8 px or more. */
function paintCanvas(
  canvas: HTMLCanvasElement,
  v: HeatmapView,
  lay: HeatmapLayout,
  max: number,
  dpr: number,
): void {
  const W = Math.round(lay.width * dpr);
  const H = Math.round(lay.height * dpr);
  if (canvas.width !== W) canvas.width = W;
  if (canvas.height !== H) canvas.height = H;
  const ctx = canvas.getContext('2d');
  if (!ctx || W === 0 || H === 0) return;
  const img = ctx.createImageData(W, H);
  const px = new Uint32Array(img.data.buffer);
  px.fill(0xffffffff);
  const gap = lay.cellW >= 8 ? 1 : 0;
  const xs = Array.from({ length: v.cols }, (_, c) => Math.round(c * lay.cellW * dpr));
  const xe = Array.from({ length: v.cols }, (_, c) => Math.round(((c + 1) * lay.cellW - gap) * dpr));
  for (let r = 0; r < v.rows; r++) {
    const y0 = Math.round(r * lay.cellH * dpr);
    const y1 = Math.round(((r + 1) * lay.cellH - gap) * dpr);
    for (let c = 0; c < v.cols; c++) {
      const colour = divergingPixel(v.values[r * v.cols + c], max);
      for (let y = y0; y < y1; y++) px.fill(colour, y * W + xs[c], y * W + xe[c]);
    }
  }
  ctx.putImageData(img, 0, 0);
}
