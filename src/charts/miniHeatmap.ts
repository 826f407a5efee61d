/**
 * A small heatmap for a vector (one row of cells) or a matrix, drawn on canvas, for values too many to
 * typeset. Diverging blue–white–orange scale centred on 0, a legend, and the value under the pointer.
 * create(el) → { update(view), destroy() }; the pure layout and colour functions are exported for tests.
 */

export const NEG = '#2166ac';
export const ZERO = '#f7f7f7';
export const POS = '#b35806';

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
const [NEG_RGB, ZERO_RGB, POS_RGB] = [NEG, ZERO, POS].map(hexToRgb);

/** Colour of v on the diverging scale [−max, 0, +max] → [blue, white, orange]; clamped; NaN is grey. */
export function divergingColor(v: number, max: number): string {
  if (Number.isNaN(v)) return '#888888';
  const u = max > 0 ? Math.max(-1, Math.min(1, v / max)) : 0;
  const end = u < 0 ? NEG_RGB : POS_RGB;
  const a = Math.abs(u);
  const rgb = ZERO_RGB.map((z, k) => Math.round(z + (end[k] - z) * a));
  return `rgb(${rgb[0]}, ${rgb[1]}, ${rgb[2]})`;
}

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

export function create(el: HTMLElement): { update(view: HeatmapView): void; destroy(): void } {
  const doc = el.ownerDocument;
  const scroller = doc.createElement('div');
  scroller.className = 'mini-heatmap-scroll';
  const canvas = doc.createElement('canvas');
  canvas.setAttribute('role', 'img');
  scroller.append(canvas);
  const legend = doc.createElement('div');
  legend.className = 'mini-heatmap-legend';
  legend.setAttribute('aria-hidden', 'true'); // the canvas's label carries the legend
  const lo = doc.createElement('span');
  const bar = doc.createElement('span');
  bar.className = 'mini-heatmap-bar';
  bar.style.background = `linear-gradient(to right, ${NEG}, ${ZERO}, ${POS})`;
  const hi = doc.createElement('span');
  const hover = doc.createElement('output');
  hover.className = 'mini-heatmap-hover';
  legend.append(lo, bar, hi, hover);
  el.append(scroller, legend);

  let view: HeatmapView | null = null;
  let layout: HeatmapLayout | null = null;

  const draw = () => {
    if (!view) return;
    const v = view;
    layout = heatmapLayout(v.rows, v.cols, Math.max(40, el.clientWidth - 2));
    const dpr = globalThis.devicePixelRatio || 1;
    canvas.width = Math.round(layout.width * dpr);
    canvas.height = Math.round(layout.height * dpr);
    canvas.style.width = `${layout.width}px`;
    canvas.style.height = `${layout.height}px`;
    const max = maxAbs(v.values);
    lo.textContent = v.format(-max);
    hi.textContent = v.format(max);
    canvas.title = v.legend(max);
    canvas.setAttribute('aria-label', `${v.label}. ${v.legend(max)}`);
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const gap = layout.cellW >= 8 ? 1 : 0;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, layout.width, layout.height);
    for (let r = 0; r < v.rows; r++) {
      for (let c = 0; c < v.cols; c++) {
        ctx.fillStyle = divergingColor(v.values[r * v.cols + c], max);
        ctx.fillRect(c * layout.cellW, r * layout.cellH, layout.cellW - gap, layout.cellH - gap);
      }
    }
  };

  const onMove = (e: PointerEvent) => {
    if (!view || !layout) return;
    const rect = canvas.getBoundingClientRect();
    const hit = cellAt(layout, view.rows, view.cols, e.clientX - rect.left, e.clientY - rect.top);
    hover.textContent = hit
      ? view.hoverText(hit.row, hit.col, view.values[hit.row * view.cols + hit.col])
      : '';
  };
  const onLeave = () => {
    hover.textContent = '';
  };
  canvas.addEventListener('pointermove', onMove);
  canvas.addEventListener('pointerleave', onLeave);
  const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => draw());
  resize?.observe(el);

  return {
    update(next) {
      view = next;
      hover.textContent = '';
      draw();
    },
    destroy() {
      resize?.disconnect();
      canvas.removeEventListener('pointermove', onMove);
      canvas.removeEventListener('pointerleave', onLeave);
      scroller.remove();
      legend.remove();
    },
  };
}
