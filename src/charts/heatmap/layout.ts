/** The heatmap's geometry (pure): thinned labels, cell size and margins, and the highlight as rectangles. */

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
