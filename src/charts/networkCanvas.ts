/**
 * The network's dense parts on a canvas (above 8 hidden units): per column the h_t strip, the LSTM's c_t
 * strip, the score bars y_t, the one-hot squares, the cell's white box and the column background. The SVG
 * overlay of network.ts keeps the frames, gate letters, arrows and texts. Also the geometry both share:
 * which columns lie in the scrolled viewport, and what lies under the pointer.
 */

import { color } from 'd3';
import type { CellType } from '../engine/model';
import type { Trace } from '../engine/trace';
import { divergingPixel } from './colors';

export { divergingPixel };

import { columnX, type Layout } from './network/layout';
import type { ColumnState } from './network/state';

/** The column (0 = h0 … T) under x (px from the left of the chart), clamped into 0..T. */
export function columnAt(L: Layout, T: number, x: number): number {
  if (x < L.h0W) return 0;
  return Math.min(T, Math.floor((x - L.h0W) / L.colW) + 1);
}

/** Left and right edge (px) of the strip that column t owns (they tile the chart without overlap). */
export function columnSpan(L: Layout, T: number, t: number): [number, number] {
  const left = t === 0 ? 0 : columnX(L, t) - L.colW / 2;
  const right = t === T ? L.width : columnX(L, t) + L.colW / 2;
  return [left, right];
}

/**
 * The columns [first, last] to draw for a viewport [scrollLeft, scrollLeft + viewW] with overscan px on
 * each side (all columns when the viewport is unknown, viewW ≤ 0).
 */
export function columnRange(
  L: Layout,
  T: number,
  scrollLeft: number,
  viewW: number,
  overscan: number,
): [number, number] {
  if (!(viewW > 0)) return [0, T];
  return [columnAt(L, T, Math.max(0, scrollLeft - overscan)), columnAt(L, T, scrollLeft + viewW + overscan)];
}

/** Whether the drawn columns [first, last] cover the viewport with at least one column to spare. */
export function rangeCovers(
  L: Layout,
  T: number,
  range: readonly [number, number],
  scrollLeft: number,
  viewW: number,
): boolean {
  if (!(viewW > 0)) return range[0] === 0 && range[1] === T;
  const a = Math.max(0, columnAt(L, T, scrollLeft) - 1);
  const b = Math.min(T, columnAt(L, T, scrollLeft + viewW) + 1);
  return range[0] <= a && range[1] >= b;
}

export type DenseHit = { kind: 'unit' | 'c' | 'bar'; t: number; j: number };

/** The unit of h_t, cell of c_t or score bar under the point (x, y) of the chart, or null. */
export function denseHit(
  L: Layout,
  T: number,
  H: number,
  V: number,
  cell: CellType,
  x: number,
  y: number,
): DenseHit | null {
  const t = columnAt(L, T, x);
  const dx = x - columnX(L, t);
  const Y = L.y;
  if (Math.abs(dx) <= L.unitW / 2 && y >= Y.unitsTop && y < Y.unitsTop + H * L.unitH) {
    return { kind: 'unit', t, j: Math.min(H - 1, Math.floor((y - Y.unitsTop) / L.unitH)) };
  }
  const inner = L.boxW - 2 * L.pad;
  if (cell === 'lstm' && Math.abs(dx) <= inner / 2 && y >= Y.cTop && y <= Y.cTop + L.cH) {
    return { kind: 'c', t, j: Math.max(0, Math.min(H - 1, Math.floor(((dx + inner / 2) / inner) * H))) };
  }
  if (t > 0 && Math.abs(dx) <= L.barsW / 2 && y >= Y.barsTop && y <= Y.barsTop + L.barsH) {
    return {
      kind: 'bar',
      t,
      j: Math.max(0, Math.min(V - 1, Math.floor(((dx + L.barsW / 2) / L.barsW) * V))),
    };
  }
  return null;
}

/** Colours and opacity the canvas takes from the page's CSS custom properties. */
export interface CanvasStyle {
  ink: string;
  focus: string;
  dim: number;
}

export interface DenseColumn {
  trace: Trace;
  /** Column index (0 = h0, c0). */
  t: number;
  /** The column's state (null for the h0 column). */
  s: ColumnState | null;
  vMax: number;
  yMax: number;
  /** The hovered unit (0-based) drawn outlined in every column, or null. */
  hoverUnit: number | null;
  hovered: boolean;
}

const UNREACHED_FILL = '#ececef';
const CELL_STROKE = '#a5a5ae';

/** Draws column t's dense parts; ctx is translated so that x = 0 is the column's centre. */
export function paintDenseColumn(
  ctx: CanvasRenderingContext2D,
  L: Layout,
  d: DenseColumn,
  st: CanvasStyle,
): void {
  const { trace, t, s } = d;
  const H = trace.model.hiddenSize;
  const cell = trace.model.cell;
  const f = t > 0 ? trace.forward[t - 1] : null;
  const Y = L.y;
  const emph = (p: string) => (s ? s.emph.includes(p as never) : false);
  // background: the current column, else the hovered one (the SVG draws the current one's outline)
  const bgW = t === 0 ? L.boxW + 12 : L.colW - 6;
  if (s?.current || d.hovered) {
    ctx.fillStyle = s?.current ? '#eaf2fb' : '#f3f3f5';
    ctx.beginPath();
    ctx.roundRect(-bgW / 2, 2, bgW, L.height - 4, 8);
    ctx.fill();
  }
  // the cell's box (white), dimmed with everything in it until the step's first sub-step
  const boxAlpha = s && !s.box ? st.dim : 1;
  const top = t === 0 && cell !== 'rnn' ? (cell === 'lstm' ? Y.cTop : Y.unitsTop) - L.pad : Y.boxTop;
  ctx.globalAlpha = boxAlpha;
  ctx.fillStyle = '#fff';
  ctx.beginPath();
  ctx.roundRect(-L.boxW / 2, top, L.boxW, Y.boxBottom - top, 6);
  ctx.fill();
  const c = f ? f.c : trace.model.c0;
  if (cell === 'lstm' && c) {
    const cOn = !s || s.c;
    const inner = L.boxW - 2 * L.pad;
    ctx.globalAlpha = boxAlpha * (cOn ? 1 : st.dim);
    strip(ctx, -inner / 2, Y.cTop, inner, L.cH, 'x', cOn ? c : null, H, d.vMax);
    outline(ctx, -inner / 2, Y.cTop, inner, L.cH, emph('c') ? st.ink : CELL_STROKE, emph('c') ? 2.5 : 0.75);
  }
  const h = f ? f.h : trace.model.h0;
  const unitsOn = !s || s.units;
  ctx.globalAlpha = boxAlpha;
  const hStrip = H * L.unitH;
  strip(ctx, -L.unitW / 2, Y.unitsTop, L.unitW, hStrip, 'y', unitsOn ? h : null, H, d.vMax);
  outline(
    ctx,
    -L.unitW / 2,
    Y.unitsTop,
    L.unitW,
    hStrip,
    emph('units') ? st.ink : CELL_STROKE,
    emph('units') ? 2.5 : 0.75,
  );
  if (d.hoverUnit !== null && d.hoverUnit < H) {
    const uh = Math.max(L.unitH, 3);
    const yU = Y.unitsTop + (d.hoverUnit + 0.5) * L.unitH - uh / 2;
    outline(ctx, -L.unitW / 2 - 2, yU, L.unitW + 4, uh, st.focus, 2);
  }
  ctx.globalAlpha = 1;
  if (!f || !s) return;
  // the scores y_t: a bar per character from the baseline, the argmax in ink
  const V = trace.model.vocab.length;
  const slot = L.barsW / V;
  const half = L.barsH / 2 - 1;
  if (s.scores) {
    for (let v = 0; v < V; v++) {
      const size = Math.max(1, (Math.abs(f.y[v]) / d.yMax) * half);
      ctx.fillStyle = v === f.argmax ? st.ink : '#a9a9b3';
      ctx.fillRect(
        -L.barsW / 2 + v * slot + slot * 0.15,
        f.y[v] > 0 ? Y.barsMid - size : Y.barsMid,
        Math.max(1, slot * 0.7),
        size,
      );
    }
  }
  // the one-hot x_t (V ≤ 8)
  if (L.showOneHot) {
    const q = L.sq + 2;
    ctx.globalAlpha = s.input ? 1 : st.dim;
    ctx.strokeStyle = '#6b6b76';
    ctx.lineWidth = 1;
    for (let v = 0; v < V; v++) {
      const x = -(V * q) / 2 + v * q + 1;
      ctx.fillStyle = v === f.input ? st.ink : '#fff';
      ctx.fillRect(x, Y.sqTop, L.sq, L.sq);
      ctx.strokeRect(x, Y.sqTop, L.sq, L.sq);
    }
    ctx.globalAlpha = 1;
  }
}

/** colors.ts's diverging scale as packed RGBA pixels (ImageData byte order), at its own 1025 sample points. */
/**
 * n cells side by side along x or y in the box (x, y, w, h), coloured on the diverging scale (all grey
 * when values is null: not computed yet). The pixels are written directly (no colour strings to parse):
 * cell k covers the device pixels whose centres fall in it.
 */
function strip(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  h: number,
  along: 'x' | 'y',
  values: ArrayLike<number> | null,
  n: number,
  vMax: number,
): void {
  if (!values) {
    ctx.fillStyle = UNREACHED_FILL;
    ctx.fillRect(x, y, w, h);
    return;
  }
  // computed values are never dimmed (their box is reached), so the pixels can be written as they are
  // the box in device pixels (the context only scales and translates)
  const m = ctx.getTransform();
  const x0 = Math.round(m.a * x + m.e);
  const y0 = Math.round(m.d * y + m.f);
  const W = Math.round(m.a * (x + w) + m.e) - x0;
  const H = Math.round(m.d * (y + h) + m.f) - y0;
  if (W <= 0 || H <= 0) return;
  const img = ctx.createImageData(W, H);
  const px = new Uint32Array(img.data.buffer);
  const len = along === 'x' ? W : H;
  const colours = new Uint32Array(len);
  for (let q = 0; q < len; q++)
    colours[q] = divergingPixel(values[Math.min(n - 1, Math.floor(((q + 0.5) / len) * n))], vMax);
  if (along === 'x') {
    for (let r = 0; r < H; r++) px.set(colours, r * W);
  } else {
    for (let r = 0; r < H; r++) px.fill(colours[r], r * W, (r + 1) * W);
  }
  ctx.putImageData(img, x0, y0);
}

function outline(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  h: number,
  colour: string,
  lw: number,
): void {
  ctx.strokeStyle = colour;
  ctx.lineWidth = lw;
  ctx.strokeRect(x, y, w, h);
}
