/**
 * The canvas under the drawn columns (dense charts): where it sits, when it is reallocated, and which
 * columns' strips it holds (each repainted only when its state or the hover changed).
 */

import type { Trace } from '../../engine/trace';
import { type CanvasStyle, columnSpan, paintDenseColumn } from '../networkCanvas';
import { columnX, type Layout } from './layout';
import type { ColumnState, Scales } from './state';
import type { Hover } from './types';

export interface CanvasLayer {
  /** Whether a 2D context is allocated (after place, when the browser has one). */
  readonly ready: boolean;
  /** Forgets the context and the painted columns: the next place reallocates for a new shape. */
  reset(): void;
  /** Puts the canvas under the columns [first, last] (before: the columns drawn until now). */
  place(lay: Layout, T: number, range: [number, number], before: [number, number] | null): void;
  /** Paints the columns whose state (SVG signature) or hover changed. */
  paint(p: CanvasPaint): void;
}

export interface CanvasPaint {
  lay: Layout;
  trace: Trace;
  scales: Scales;
  states: ReadonlyMap<number, ColumnState | null>;
  sigs: ReadonlyMap<number, string>;
  hover: Hover | null;
  style: CanvasStyle;
}

export function createCanvasLayer(node: HTMLCanvasElement): CanvasLayer {
  let ctx: CanvasRenderingContext2D | null = null;
  /** The canvas's width in CSS px and the pixel ratio it was allocated for. */
  let canvasW = 0;
  let canvasDpr = 0;
  let canvasLeft = 0;
  /** Per drawn column: the state its canvas strip shows. */
  const canvasSigs = new Map<number, string>();

  /** Moves the pixels to a new left edge and clears the columns outside keep. */
  function shift(
    c: CanvasRenderingContext2D,
    lay: Layout,
    T: number,
    keep: [number, number],
    left: number,
  ): void {
    const dpr = canvasDpr;
    // the columns drawn before and still wanted keep their pixels: shift them with the canvas (the rest
    // of it becomes transparent), forget the others, which are drawn again when they come back
    if (left !== canvasLeft) {
      c.setTransform(1, 0, 0, 1, 0, 0);
      c.globalCompositeOperation = 'copy';
      c.drawImage(node, Math.round((canvasLeft - left) * dpr), 0);
      c.globalCompositeOperation = 'source-over';
    }
    c.setTransform(dpr, 0, 0, dpr, -left * dpr, 0);
    for (const t of [...canvasSigs.keys()]) {
      if (t >= keep[0] && t <= keep[1]) continue;
      canvasSigs.delete(t);
      const [l, r] = columnSpan(lay, T, t);
      c.clearRect(l, 0, r - l, lay.height);
    }
  }

  return {
    get ready() {
      return ctx !== null;
    },
    reset() {
      canvasSigs.clear();
      ctx = null;
    },
    /**
     * It keeps its size (a little wider than the columns) while the viewport moves, and is reallocated
     * (and cleared) only when the shape or the pixel ratio changes.
     */
    place(lay, T, range, before) {
      const [first, last] = range;
      const a = Math.floor(columnSpan(lay, T, first)[0]);
      const b = Math.ceil(columnSpan(lay, T, last)[1]);
      const dpr = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
      const realloc = !ctx || b - a > canvasW || dpr !== canvasDpr;
      if (realloc) {
        canvasW = Math.min(Math.floor(lay.width), b - a + Math.ceil(4 * lay.colW));
        canvasDpr = dpr;
        node.style.width = `${canvasW}px`;
        node.style.height = `${lay.height}px`;
        node.width = Math.round(canvasW * dpr);
        node.height = Math.round(lay.height * dpr);
        ctx = node.getContext?.('2d') ?? null;
      }
      const left = Math.max(0, Math.min(a, Math.floor(lay.width) - canvasW));
      if (!ctx) return;
      if (realloc || !before) canvasSigs.clear();
      else shift(ctx, lay, T, [Math.max(first, before[0]), Math.min(last, before[1])], left);
      canvasLeft = left;
      node.style.left = `${left}px`;
      ctx.setTransform(dpr, 0, 0, dpr, -left * dpr, 0);
    },
    paint({ lay, trace, scales, states, sigs, hover, style }) {
      const c = ctx;
      if (!c) return;
      const T = trace.T;
      const hoverUnit = hover?.unit != null ? hover.unit - 1 : null;
      for (const [t, s] of states) {
        const hovered = hover !== null && hover.t === t;
        const sig = `${sigs.get(t)}|${hovered}|${hoverUnit}`;
        if (canvasSigs.get(t) === sig) continue;
        canvasSigs.set(t, sig);
        const [l, r] = columnSpan(lay, T, t);
        c.clearRect(l, 0, r - l, lay.height);
        c.save();
        c.translate(Math.round(columnX(lay, t)), 0);
        const col = { trace, t, s, vMax: scales.vMax, yMax: scales.yMax, hoverUnit, hovered };
        paintDenseColumn(c, lay, col, style);
        c.restore();
      }
    },
  };
}
