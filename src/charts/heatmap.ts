/**
 * Heatmap of a matrix: cells on a canvas (one pixel per cell, scaled up without smoothing), and an SVG
 * overlay for the row/column labels, the values (small matrices), the highlight outline and the hover
 * outline; an HTML tooltip gives the exact value. Colours: diverging blue–white–orange centred on 0.
 *
 * The parts live in heatmap/: scale (colours), layout (geometry, pure) and values (printed values, pure).
 */

import { gridKeys } from './heatmap/keys';
import { type HeatLayout, heatLayout, highlightRects } from './heatmap/layout';
import { inkFor, writeDivergingRgba } from './heatmap/scale';
import { powerLabel, valuePlan } from './heatmap/values';
import { cellValueText } from './labelText';
import { listenPointer, SVG_NS, svgEl } from './svg';

export {
  type CellRect,
  type HeatLayout,
  type HeatLayoutOptions,
  heatLayout,
  highlightRects,
  thinTicks,
} from './heatmap/layout';
export {
  divergingRgb,
  inkFor,
  maxAbsOf,
  NEG_COLOR,
  POS_COLOR,
  safeMaxAbs,
  writeDivergingRgba,
} from './heatmap/scale';
export { fitDigits, powerLabel, valueDigits, valuePlan } from './heatmap/values';
export { cellValueText, charLabel } from './labelText';

export interface HeatmapView {
  rows: number;
  cols: number;
  /** Row-major values; a new array identity means new values (the only thing that triggers a redraw). */
  data: Float64Array;
  /** Colour domain −maxAbs … +maxAbs (shared across moments so colours stay comparable). */
  maxAbs: number;
  rowLabels: readonly string[];
  colLabels: readonly string[];
  /** Cells to outline (the non-zero entries), or null. */
  highlight: ArrayLike<number> | null;
  /** Tooltip text of a cell. */
  cellText: (row: number, col: number, value: number) => string;
  /** A click on a cell, or Enter on the focused one (its explanation card opens under it). */
  onPick?: (row: number, col: number, at: { x: number; y: number }) => void;
  /** With onPick: the grid's accessible name when it has focus (how to move and open an entry). */
  keysLabel?: string;
}

export interface HeatmapOptions {
  /** Largest side of the cell grid at the base font size (17 px); scaled with the page font. */
  maxGrid: number;
  maxCell?: number;
}

export interface HeatmapChart {
  update(view: HeatmapView): void;
  destroy(): void;
}

/** A heatmap inside el (which React owns; everything inside belongs to the chart). */
export function createHeatmap(el: HTMLElement, opts: HeatmapOptions): HeatmapChart {
  const box = document.createElement('div');
  box.className = 'hm-box';
  const canvas = document.createElement('canvas');
  canvas.className = 'hm-canvas';
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'hm-overlay');
  const gLabels = svgEl(svg, 'g', { class: 'hm-labels' });
  const gValues = svgEl(svg, 'g', { class: 'hm-values' });
  const gHigh = svgEl(svg, 'g', { class: 'hm-high' });
  const hover = svgEl(svg, 'rect', { class: 'hm-hover', visibility: 'hidden' });
  const tip = document.createElement('div');
  tip.className = 'hm-tip';
  tip.setAttribute('aria-live', 'polite'); // the entry reached by the keyboard is read out
  tip.hidden = true;
  const expNote = document.createElement('div');
  expNote.className = 'hm-exp';
  box.append(canvas, svg, tip, expNote);
  el.appendChild(box);

  let view: HeatmapView | null = null;
  let L: HeatLayout | null = null;

  const relayout = (v: HeatmapView) => {
    const base = Number.parseFloat(getComputedStyle(el).fontSize) || 17;
    const scale = base / 17;
    const rowLabelChars = Math.max(1, ...v.rowLabels.map((s) => s.length));
    const colLabelChars = Math.max(1, ...v.colLabels.map((s) => s.length));
    L = heatLayout(v.rows, v.cols, {
      maxGrid: opts.maxGrid * scale,
      maxCell: (opts.maxCell ?? 58) * scale,
      font: Math.round(base * 0.85),
      rowLabelChars,
      colLabelChars,
    });
    box.style.width = `${L.width}px`;
    box.style.height = `${L.height}px`;
    svg.setAttribute('width', String(L.width));
    svg.setAttribute('height', String(L.height));
    const dpr = globalThis.devicePixelRatio || 1;
    canvas.width = Math.round(L.gridW * dpr);
    canvas.height = Math.round(L.gridH * dpr);
    canvas.style.left = `${L.left}px`;
    canvas.style.top = `${L.top}px`;
    canvas.style.width = `${L.gridW}px`;
    canvas.style.height = `${L.gridH}px`;
    gLabels.replaceChildren();
    for (const r of L.rowTicks) {
      const t = svgEl(gLabels, 'text', {
        x: L.left - 5,
        y: L.top + (r + 0.5) * L.ch,
        'text-anchor': 'end',
        'dominant-baseline': 'central',
        'font-size': L.font,
      });
      t.textContent = v.rowLabels[r] ?? '';
    }
    for (const c of L.colTicks) {
      const t = svgEl(gLabels, 'text', {
        x: L.left + (c + 0.5) * L.cw,
        y: L.top - 5,
        'text-anchor': 'middle',
        'font-size': L.font,
      });
      t.textContent = v.colLabels[c] ?? '';
    }
    svgEl(gLabels, 'rect', {
      class: 'hm-frame',
      x: L.left - 0.5,
      y: L.top - 0.5,
      width: L.gridW + 1,
      height: L.gridH + 1,
    });
  };

  let pixels: { off: HTMLCanvasElement; octx: CanvasRenderingContext2D; img: ImageData } | null = null;
  const drawCells = (v: HeatmapView, l: HeatLayout) => {
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    // one pixel per cell, drawn scaled up (the off-screen canvas and its pixels are kept while the shape is)
    if (!pixels || pixels.img.width !== v.cols || pixels.img.height !== v.rows) {
      const off = document.createElement('canvas');
      off.width = v.cols;
      off.height = v.rows;
      const octx = off.getContext('2d');
      if (!octx) return;
      pixels = { off, octx, img: octx.createImageData(v.cols, v.rows) };
    }
    const { off, octx, img } = pixels;
    for (let k = 0; k < v.rows * v.cols; k++) writeDivergingRgba(img.data, k * 4, v.data[k], v.maxAbs);
    octx.putImageData(img, 0, 0);
    ctx.imageSmoothingEnabled = false;
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(off, 0, 0, canvas.width, canvas.height);
    if (Math.min(l.cw, l.ch) >= 6) {
      // thin white lines between cells
      const s = canvas.width / l.gridW;
      ctx.fillStyle = 'rgba(255,255,255,0.9)';
      for (let c = 1; c < v.cols; c++) ctx.fillRect(Math.round(c * l.cw * s) - s / 2, 0, s, canvas.height);
      for (let r = 1; r < v.rows; r++) ctx.fillRect(0, Math.round(r * l.ch * s) - s / 2, canvas.width, s);
    }
    gValues.replaceChildren();
    const plan = l.ch >= l.font * 1.3 ? valuePlan(l.cw, l.font, v.maxAbs) : null;
    expNote.textContent = plan && plan.exp !== 0 ? powerLabel(plan.exp) : '';
    if (plan !== null) {
      const unit = 10 ** plan.exp;
      for (let r = 0; r < v.rows; r++) {
        for (let c = 0; c < v.cols; c++) {
          const x = v.data[r * v.cols + c];
          const t = svgEl(gValues, 'text', {
            x: l.left + (c + 0.5) * l.cw,
            y: l.top + (r + 0.5) * l.ch,
            'text-anchor': 'middle',
            'dominant-baseline': 'central',
            'font-size': l.font,
            fill: inkFor(x, v.maxAbs),
          });
          t.textContent = cellValueText(x / unit, plan.digits);
        }
      }
    }
  };

  const drawHighlight = (v: HeatmapView, l: HeatLayout) => {
    gHigh.replaceChildren();
    if (!v.highlight) return;
    for (const q of highlightRects(v.highlight, v.rows, v.cols)) {
      const attrs = {
        x: l.left + q.c0 * l.cw,
        y: l.top + q.r0 * l.ch,
        width: (q.c1 - q.c0) * l.cw,
        height: (q.r1 - q.r0) * l.ch,
      };
      svgEl(gHigh, 'rect', { ...attrs, class: 'hm-outline-halo' });
      svgEl(gHigh, 'rect', { ...attrs, class: 'hm-outline' });
    }
  };

  /** Outlines cell (r, c) and shows its value beside it (pointer or keyboard). */
  const showCell = (r: number, c: number) => {
    if (!view || !L) return;
    hover.setAttribute('x', String(L.left + c * L.cw));
    hover.setAttribute('y', String(L.top + r * L.ch));
    hover.setAttribute('width', String(L.cw));
    hover.setAttribute('height', String(L.ch));
    hover.setAttribute('visibility', 'visible');
    tip.textContent = view.cellText(r, c, view.data[r * view.cols + c]);
    tip.hidden = false;
    const right = c < view.cols / 2;
    tip.style.left = right ? `${L.left + (c + 1) * L.cw + 6}px` : '';
    tip.style.right = right ? '' : `${L.width - L.left - c * L.cw + 6}px`;
    tip.style.top = `${L.top + r * L.ch}px`;
  };
  const onMove = (e: PointerEvent) => {
    if (!view || !L) return;
    const rect = svg.getBoundingClientRect();
    const c = Math.floor((e.clientX - rect.left - L.left) / L.cw);
    const r = Math.floor((e.clientY - rect.top - L.top) / L.ch);
    if (r < 0 || c < 0 || r >= view.rows || c >= view.cols) {
      onLeave();
      return;
    }
    showCell(r, c);
  };
  const onLeave = () => {
    hover.setAttribute('visibility', 'hidden');
    tip.hidden = true;
  };
  const cellAt = (e: MouseEvent) => {
    if (!view || !L) return null;
    const rect = svg.getBoundingClientRect();
    const c = Math.floor((e.clientX - rect.left - L.left) / L.cw);
    const r = Math.floor((e.clientY - rect.top - L.top) / L.ch);
    if (r < 0 || c < 0 || r >= view.rows || c >= view.cols) return null;
    return { r, c, x: rect.left + L.left + c * L.cw, y: rect.top + L.top + (r + 1) * L.ch + 6 };
  };
  const onClick = (e: MouseEvent) => {
    const hit = cellAt(e);
    if (hit && view?.onPick) view.onPick(hit.r, hit.c, { x: hit.x, y: hit.y });
  };
  const unlisten = listenPointer(svg, { move: onMove, leave: onLeave, click: onClick });

  // keyboard, when entries open cards: the arrows are the grid's own while it has focus
  const keys = gridKeys(svg, {
    size: () => (view?.onPick && L ? { rows: view.rows, cols: view.cols } : null),
    show: showCell,
    leave: () => onLeave(),
    pick: (r, c) => {
      if (!view?.onPick || !L) return;
      const rect = svg.getBoundingClientRect();
      view.onPick(r, c, { x: rect.left + L.left + c * L.cw, y: rect.top + L.top + (r + 1) * L.ch + 6 });
    },
  });

  return {
    update(next) {
      const prev = view;
      view = next;
      const shape =
        !prev ||
        !L ||
        prev.rows !== next.rows ||
        prev.cols !== next.cols ||
        prev.rowLabels.join('\u0000') !== next.rowLabels.join('\u0000') ||
        prev.colLabels.join('\u0000') !== next.colLabels.join('\u0000');
      if (shape) relayout(next);
      const l = L as HeatLayout;
      if (shape || prev?.data !== next.data || prev?.maxAbs !== next.maxAbs) drawCells(next, l);
      if (shape || prev?.highlight !== next.highlight) drawHighlight(next, l);
      if (next.onPick) {
        svg.setAttribute('tabindex', '0');
        svg.setAttribute('role', 'group');
        svg.setAttribute('aria-label', next.keysLabel ?? '');
      } else {
        svg.removeAttribute('tabindex');
        svg.removeAttribute('role');
        svg.removeAttribute('aria-label');
      }
      if (!keys.reshow(next.rows, next.cols) && !tip.hidden) onLeave();
    },
    destroy() {
      keys.destroy();
      unlisten();
      box.remove();
    },
  };
}
