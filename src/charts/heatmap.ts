/**
 * Heatmap of a matrix: cells on a canvas (one pixel per cell, scaled up without smoothing), and an SVG
 * overlay for the row/column labels, the values (small matrices), the highlight outline and the hover
 * outline; an HTML tooltip gives the exact value. Colours: diverging blue–white–orange centred on 0.
 */
import { DIVERGING, divergingColor, inkOn } from './colors';
import { SVG_NS, superscript, svgEl } from './svg';

/** Diverging scale ends (shared scale of colors.ts): negative, zero, positive. */
export const NEG_COLOR = DIVERGING[0];
export const POS_COLOR = DIVERGING[DIVERGING.length - 1];

const LUT_SIZE = 256;
/** LUT_SIZE + 1 RGB triples of colors.ts's diverging scale, from −max (index 0) through 0 to +max. */
const LUT = (() => {
  const out = new Uint8ClampedArray((LUT_SIZE + 1) * 3);
  for (let k = 0; k <= LUT_SIZE; k++) {
    const [r, g, b] = (divergingColor((2 * k) / LUT_SIZE - 1, 1).match(/\d+/g) ?? []).map(Number);
    out.set([r, g, b], k * 3);
  }
  return out;
})();

/** A usable colour domain: max |value| when finite and positive, else 1 (an all-zero matrix stays white). */
export function safeMaxAbs(maxAbs: number): number {
  return Number.isFinite(maxAbs) && maxAbs > 0 ? maxAbs : 1;
}

/** max |x| over the entries (0 for an empty array; NaN entries are skipped). */
export function maxAbsOf(data: ArrayLike<number>): number {
  let m = 0;
  for (let k = 0; k < data.length; k++) {
    const a = Math.abs(data[k]);
    if (a > m) m = a;
  }
  return m;
}

/** RGB of value v on the scale −maxAbs … 0 … +maxAbs (clamped outside; not finite is grey). */
export function divergingRgb(v: number, maxAbs: number): [number, number, number] {
  if (!Number.isFinite(v)) return [140, 140, 140];
  const s = Math.max(-1, Math.min(1, v / safeMaxAbs(maxAbs)));
  const k = Math.round(((s + 1) / 2) * LUT_SIZE) * 3;
  return [LUT[k], LUT[k + 1], LUT[k + 2]];
}

/** Text colour readable on the cell colour of v. */
export function inkFor(v: number, maxAbs: number): string {
  return inkOn(divergingColor(v, safeMaxAbs(maxAbs)));
}

/** Vocabulary characters as labels: blanks and control characters made visible. */
export function charLabel(ch: string): string {
  if (ch === ' ') return '␣';
  if (ch === '\n') return '↵';
  if (ch === '\t') return '⇥';
  return ch;
}

const TICK_STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];

/**
 * Indices (0-based) to label on an axis of n cells of cellPx each, so labels are about minGap px apart.
 * Labels are 1-based, so every step-th label is kept (1, 5, 10, 15, … for step 5), plus the first
 * when it is far enough from the next; every index when they all fit.
 */
export function thinTicks(n: number, cellPx: number, minGap: number): number[] {
  if (n <= 0) return [];
  const step = TICK_STEPS.find((s) => s * cellPx >= minGap) ?? (TICK_STEPS.at(-1) as number);
  const out: number[] = [];
  if (step > 1 && (step - 1) * cellPx >= 0.8 * minGap) out.push(0);
  for (let i = step - 1; i < n; i += step) out.push(i);
  return out;
}

export interface HeatLayoutOptions {
  /** Largest side of the cell grid in px. */
  maxGrid: number;
  /** Cell size limits in px. */
  maxCell?: number;
  minCell?: number;
  /** Label font size and the least distance between two labels, px. */
  font?: number;
  minLabelGap?: number;
  /** Longest row label, in characters (sets the left margin). */
  rowLabelChars?: number;
  /** Longest column label, in characters (column labels sit side by side, so they need its width). */
  colLabelChars?: number;
}

export interface HeatLayout {
  /** Cell width and height: square, except that a short axis of a long matrix widens to fit its labels. */
  cw: number;
  ch: number;
  /** Grid origin inside the box (room for labels). */
  left: number;
  top: number;
  gridW: number;
  gridH: number;
  width: number;
  height: number;
  rowTicks: number[];
  colTicks: number[];
  font: number;
}

/** Cell size, margins and which labels to draw for a rows × cols matrix. */
export function heatLayout(rows: number, cols: number, o: HeatLayoutOptions): HeatLayout {
  const font = o.font ?? 14;
  const maxCell = o.maxCell ?? 58;
  const minCell = o.minCell ?? 2;
  const n = Math.max(1, rows, cols);
  const cell = Math.max(minCell, Math.min(maxCell, o.maxGrid / n));
  const gap = o.minLabelGap ?? font + 2;
  // a 64 × 4 matrix keeps 4 readable column labels instead of 4 slivers
  const cw = Math.max(cell, Math.min(gap, o.maxGrid / Math.max(1, cols)));
  const ch = Math.max(cell, Math.min(gap, o.maxGrid / Math.max(1, rows)));
  const left = Math.ceil(font * 0.65 * Math.max(1, o.rowLabelChars ?? 2)) + 8;
  const top = font + 8;
  const gridW = cols * cw;
  const gridH = rows * ch;
  return {
    cw,
    ch,
    left,
    top,
    gridW,
    gridH,
    width: left + gridW + 2,
    height: top + gridH + 2,
    rowTicks: thinTicks(rows, ch, gap),
    colTicks: thinTicks(cols, cw, Math.max(gap, font * 0.62 * (o.colLabelChars ?? 1) + 6)),
    font,
  };
}

/** A rectangle of cells: rows r0..r1−1, columns c0..c1−1. */
export interface CellRect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/**
 * The non-zero cells of a row-major mask as a few rectangles: runs of non-zero cells within each row,
 * merged with the rows below while the runs are identical (a column, a full block, …).
 */
export function highlightRects(mask: ArrayLike<number>, rows: number, cols: number): CellRect[] {
  const runsOf = (r: number): [number, number][] => {
    const runs: [number, number][] = [];
    for (let c = 0; c < cols; c++) {
      if (mask[r * cols + c] === 0 || Number.isNaN(mask[r * cols + c])) continue;
      const last = runs[runs.length - 1];
      if (last && last[1] === c) last[1] = c + 1;
      else runs.push([c, c + 1]);
    }
    return runs;
  };
  const out: CellRect[] = [];
  let open: CellRect[] = [];
  for (let r = 0; r < rows; r++) {
    const runs = runsOf(r);
    const next: CellRect[] = [];
    for (const [c0, c1] of runs) {
      const cont = open.find((o) => o.c0 === c0 && o.c1 === c1);
      if (cont) {
        cont.r1 = r + 1;
        next.push(cont);
      } else {
        const rect = { r0: r, c0, r1: r + 1, c1 };
        out.push(rect);
        next.push(rect);
      }
    }
    open = next;
  }
  return out;
}

/**
 * Decimals wanted for the values printed in a matrix's cells: two significant digits for the largest
 * value of a small matrix (0.5 → 3 decimals, 0.004 → 4), 2 for values ≥ 1, 1 for values ≥ 10 (at most 5).
 */
export function valueDigits(maxAbs: number): number {
  if (maxAbs >= 10) return 1;
  if (maxAbs >= 1) return 2;
  return Math.min(5, Math.max(3, 1 - Math.floor(Math.log10(maxAbs))));
}

/** Digit width as a fraction of the font size (tabular figures of common sans fonts), for fitting text. */
const DIGIT_EM = 0.62;

/**
 * Decimals that fit a cell of cellPx at font px for values up to maxAbs ("−0.123": sign, integer
 * digits, point, decimals), at most valueDigits(maxAbs); null when none fits or when the largest value
 * would print as zero (an all-zero matrix prints zeros).
 */
export function fitDigits(cellPx: number, font: number, maxAbs: number): number | null {
  const m = safeMaxAbs(maxAbs);
  const intDigits = Math.max(1, Math.floor(Math.log10(Math.max(1, m))) + 1);
  for (let d = valueDigits(m); d >= 1; d--) {
    if ((intDigits + d + 2) * DIGIT_EM * font + 4 > cellPx) continue;
    return m >= 10 ** -d ? d : null;
  }
  return null;
}

/** "×10⁻³" for exp = −3. */
export function powerLabel(exp: number): string {
  return `×10${superscript(exp)}`;
}

/**
 * How to print a matrix's values in cells of cellPx: plain decimals when the largest value keeps two
 * significant digits, else (a tiny ΔW) in units of 10^exp — values ÷ 10^exp, with "×10^exp" shown;
 * null when nothing fits.
 */
export function valuePlan(
  cellPx: number,
  font: number,
  maxAbs: number,
): { digits: number; exp: number } | null {
  const plain = fitDigits(cellPx, font, maxAbs);
  const finite = maxAbs > 0 && Number.isFinite(maxAbs);
  if (!finite || (plain !== null && maxAbs >= 10 ** (1 - plain))) {
    return plain === null ? null : { digits: plain, exp: 0 };
  }
  const exp = Math.floor(Math.log10(maxAbs));
  const digits = fitDigits(cellPx, font, maxAbs / 10 ** exp);
  return digits === null ? null : { digits, exp };
}

/** Short value text for a cell, with a real minus sign (no "−0.00"). */
export function cellValueText(v: number, digits = 2): string {
  if (!Number.isFinite(v)) return String(v);
  const s = v.toFixed(digits);
  return (Number(s) === 0 ? (0).toFixed(digits) : s).replace('-', '−');
}

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
  /** A click on a cell (its explanation card opens under it). */
  onPick?: (row: number, col: number, at: { x: number; y: number }) => void;
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

  const drawCells = (v: HeatmapView, l: HeatLayout) => {
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const off = document.createElement('canvas');
    off.width = v.cols;
    off.height = v.rows;
    const octx = off.getContext('2d');
    if (!octx) return;
    const img = octx.createImageData(v.cols, v.rows);
    for (let k = 0; k < v.rows * v.cols; k++) {
      const [r, g, b] = divergingRgb(v.data[k], v.maxAbs);
      img.data.set([r, g, b, 255], k * 4);
    }
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

  const onMove = (e: PointerEvent) => {
    if (!view || !L) return;
    const rect = svg.getBoundingClientRect();
    const c = Math.floor((e.clientX - rect.left - L.left) / L.cw);
    const r = Math.floor((e.clientY - rect.top - L.top) / L.ch);
    if (r < 0 || c < 0 || r >= view.rows || c >= view.cols) {
      onLeave();
      return;
    }
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
  svg.addEventListener('pointermove', onMove);
  svg.addEventListener('pointerleave', onLeave);
  svg.addEventListener('click', onClick);

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
      if (!tip.hidden) onLeave();
    },
    destroy() {
      svg.removeEventListener('pointermove', onMove);
      svg.removeEventListener('pointerleave', onLeave);
      svg.removeEventListener('click', onClick);
      box.remove();
    },
  };
}
