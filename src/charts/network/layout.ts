/**
 * The network chart's geometry (pure): columns, boxes and rows for a shape and a font, where column t
 * sits, and how far to scroll to bring it into view.
 */
import { BLOCKS, type CellType } from '../../engine/model';

export interface LayoutInput {
  T: number;
  H: number;
  V: number;
  cell: CellType;
  /** Width of the visible (scrolling) area in px. */
  avail: number;
  /** Base font size in px (≥ 14 for a projector). */
  font: number;
  /** Width in px of the widest value label, "−0.000", at that font. */
  valueW: number;
  /**
   * The air between the rows, 0..1 of the normal (default 1): presenter mode's short box takes 0.4, so
   * that the chart and its legend fit without scrolling. Fonts and boxes keep their size.
   */
  rowAir?: number;
}

export interface Rows {
  target: number;
  pick: number;
  loss: number;
  barsTop: number;
  barsMid: number;
  vocab: number;
  upYTop: number;
  upYBottom: number;
  boxTop: number;
  chipsTop: number;
  cTop: number;
  unitsTop: number;
  boxBottom: number;
  upXTop: number;
  upXBottom: number;
  sqTop: number;
  index: number;
  char: number;
  tLabel: number;
  hArrow: number;
  cArrow: number;
}

export interface Layout {
  font: number;
  colW: number;
  boxW: number;
  h0W: number;
  width: number;
  height: number;
  scroll: boolean;
  showValues: boolean;
  showOneHot: boolean;
  showVocab: boolean;
  pad: number;
  unitW: number;
  unitH: number;
  chipW: number;
  chipH: number;
  chipGap: number;
  cH: number;
  sq: number;
  barsW: number;
  barsH: number;
  /** Smallest gap between two cell boxes (room for a ‖dh‖ label). */
  gap: number;
  y: Rows;
}

/** Columns, boxes and rows: values labelled when H ≤ 8, one-hot squares when V ≤ 8, scrolling past the minimum width. */
export function layoutNetwork(p: LayoutInput): Layout {
  const f = p.font;
  const showValues = p.H <= 8;
  const pad = Math.round(0.35 * f);
  const unitW = showValues ? Math.ceil(p.valueW + 0.6 * f) : Math.max(Math.round(1.4 * f), 18);
  const unitH = showValues ? Math.round(1.5 * f) : Math.max(2, Math.min(0.75 * f, (9 * f) / p.H));
  const nChips = p.cell === 'rnn' ? 0 : BLOCKS[p.cell].length;
  const chipW = Math.round(1.15 * f);
  const chipH = Math.round(1.3 * f);
  const chipGap = 3;
  const chipsW = nChips * chipW + Math.max(0, nChips - 1) * chipGap;
  const boxW = Math.max(unitW, chipsW) + 2 * pad;
  const gap = Math.ceil(Math.max(p.valueW * 0.9 + 10, 1.6 * f));
  const colMin = boxW + gap;
  const colMax = Math.max(colMin, 16 * f);
  const fit = (p.avail - boxW / 2 - 8) / (p.T + 0.5);
  const colW = Math.min(colMax, Math.max(colMin, fit));
  const h0W = colW / 2 + boxW / 2 + 4;
  const width = Math.ceil(h0W + p.T * colW + 4);
  const barsW = colW - 1.4 * f;
  const showVocab = p.V <= 8 && barsW / p.V >= 0.8 * f;
  const showOneHot = p.V <= 8;
  const sq = Math.max(4, Math.min(Math.round(0.85 * f), Math.floor((colW - 0.8 * f) / p.V) - 2));
  const cH = Math.round(1.1 * f);
  const barsH = Math.round(2.4 * f);

  const k = Math.max(0, Math.min(1, p.rowAir ?? 1));
  let y = 4;
  const at = (h: number, base: number) => {
    const v = y + base;
    y += h;
    return v;
  };
  /** A text row of height h·f with its baseline at b·f; less air shrinks what is above and below the text. */
  const row = (h: number, b: number) => at((1 + (h - 1) * k) * f, (b - ((h - 1) * (1 - k)) / 2) * f);
  /** An arrow between rows (never shorter than 0.8 f). */
  const arrow = () => Math.max(0.8, 1.3 * k) * f;
  const target = row(1.6, 1.2);
  const pick = row(1.6, 1.2);
  const loss = row(1.45, 1.05);
  y += 0.3 * f * k;
  const barsTop = at(barsH, 0);
  const vocab = showVocab ? row(1.25, 1.0) : y;
  y += 0.2 * f * k;
  const upYTop = y;
  y += arrow();
  const upYBottom = y;
  const boxTop = y;
  y += pad;
  const chipsTop = y;
  if (nChips > 0) y += chipH + 0.3 * f;
  const cTop = y;
  if (p.cell === 'lstm') y += cH + 0.35 * f;
  const unitsTop = y;
  y += p.H * unitH + pad;
  const boxBottom = y;
  const upXTop = y;
  y += arrow();
  const upXBottom = y;
  const sqTop = y;
  const index = showOneHot ? y : row(1.3, 1.0);
  if (showOneHot) y += sq + 0.3 * f * k;
  const char = row(1.55, 1.15);
  const tLabel = row(1.4, 1.0);
  return {
    font: f,
    colW,
    boxW,
    h0W,
    width,
    height: Math.ceil(y + 4),
    scroll: width > p.avail + 1,
    showValues,
    showOneHot,
    showVocab,
    pad,
    unitW,
    unitH,
    chipW,
    chipH,
    chipGap,
    cH,
    sq,
    barsW,
    barsH,
    gap,
    y: {
      target,
      pick,
      loss,
      barsTop,
      barsMid: barsTop + barsH / 2,
      vocab,
      upYTop,
      upYBottom,
      boxTop,
      chipsTop,
      cTop,
      unitsTop,
      boxBottom,
      upXTop,
      upXBottom,
      sqTop,
      index,
      char,
      tLabel,
      hArrow: unitsTop + (p.H * unitH) / 2,
      cArrow: cTop + cH / 2,
    },
  };
}

/** Above 8 hidden units the strips, bars and squares are drawn on a canvas under the SVG. */
export function isDense(L: Layout): boolean {
  return !L.showValues;
}

/** Centre x of column t (t = 0 is the h0 column). */
export function columnX(L: Layout, t: number): number {
  return t === 0 ? L.h0W - L.colW / 2 : L.h0W + (t - 0.5) * L.colW;
}

/** The scrollLeft that brings [x − half, x + half] into view (centred), or null if it is visible already. */
export function scrollFor(x: number, half: number, scrollLeft: number, viewW: number): number | null {
  if (x - half >= scrollLeft && x + half <= scrollLeft + viewW) return null;
  return Math.max(0, Math.round(x - viewW / 2));
}

/** Width of the input frame (one-hot squares, or the index) under a column. */
export function inputWidth(L: Layout, V: number): number {
  return L.showOneHot ? Math.max(V * (L.sq + 2), 1.6 * L.font) + 8 : 3.4 * L.font;
}
