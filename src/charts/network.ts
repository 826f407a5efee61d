/**
 * The network unrolled through time (SVG). One column per step t, bottom → top: the input character and
 * its one-hot x_t, the cell (gate letters, the LSTM's c_t strip, the units of h_t coloured by value), the
 * scores y_t, the loss, the pick (argmax) and the target. h_{t−1} → h_t arrows (and c_{t−1} → c_t) join
 * the columns; in the backward phase they point back and their width shows ‖dh_t‖.
 *
 * Pure layout and state functions come first (unit-tested); the D3 factory builds the columns once per
 * shape (keyed by t) and, on a cursor step, only touches the columns whose state changed. Only the columns
 * near the scrolled viewport are in the page (more are drawn as it scrolls). Above 8 hidden units the dense
 * parts (h_t and c_t strips, score bars, one-hot squares) are drawn on a canvas under the SVG
 * (networkCanvas.ts); the SVG keeps the frames, letters, arrows and texts.
 */
import { type BaseType, type Selection, select } from 'd3';
import { BLOCKS, type Block, type CellType } from '../engine/model';
import { NO_INPUT } from '../engine/text';
import type { Trace } from '../engine/trace';
import { fmt, norm } from '../format';
import { backwardReached, FORWARD_SUBS, type ForwardSub, forwardReached, type Moment } from '../store/cursor';
import { divergingColor, divergingInk, drawLegend } from './colors';
import {
  type CanvasStyle,
  columnRange,
  columnSpan,
  type DenseHit,
  denseHit,
  paintDenseColumn,
  rangeCovers,
} from './networkCanvas';

// ───────────────────────────── layout (pure) ─────────────────────────────

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

  let y = 4;
  const at = (h: number, base: number) => {
    const v = y + base;
    y += h;
    return v;
  };
  const target = at(1.6 * f, 1.2 * f);
  const pick = at(1.6 * f, 1.2 * f);
  const loss = at(1.45 * f, 1.05 * f);
  y += 0.3 * f;
  const barsTop = at(barsH, 0);
  const vocab = showVocab ? at(1.25 * f, 1.0 * f) : y;
  y += 0.2 * f;
  const upYTop = y;
  y += 1.3 * f;
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
  y += 1.3 * f;
  const upXBottom = y;
  const sqTop = y;
  const index = showOneHot ? y : at(1.3 * f, 1.0 * f);
  if (showOneHot) y += sq + 0.3 * f;
  const char = at(1.55 * f, 1.15 * f);
  const tLabel = at(1.4 * f, 1.0 * f);
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

/** A filled arrow from (x1, y1) to (x2, y2) with a shaft of width w and a head that grows with it. */
export function arrowPath(x1: number, y1: number, x2: number, y2: number, w: number): string {
  const len = Math.hypot(x2 - x1, y2 - y1);
  if (len === 0) return '';
  const ux = (x2 - x1) / len;
  const uy = (y2 - y1) / len;
  const head = Math.min(len, 6 + 0.7 * w);
  const hw = w / 2 + 3.5 + 0.25 * w;
  const s = w / 2;
  const bx = x2 - ux * head;
  const by = y2 - uy * head;
  const pt = (x: number, y: number, k: number) => `${(x - uy * k).toFixed(1)},${(y + ux * k).toFixed(1)}`;
  return `M${pt(x1, y1, s)}L${pt(bx, by, s)}L${pt(bx, by, hw)}L${x2.toFixed(1)},${y2.toFixed(1)}L${pt(bx, by, -hw)}L${pt(bx, by, -s)}L${pt(x1, y1, -s)}Z`;
}

// ───────────────────────────── data (pure) ─────────────────────────────

/** A character as drawn: blanks and control characters made visible (␣ space, ↵ newline, ⇥ tab). */
export function displayChar(ch: string): string {
  if (ch === ' ') return '␣';
  if (ch === '\n') return '↵';
  if (ch === '\t') return '⇥';
  return ch;
}

/** Stroke widths lo..hi proportional to each norm, scaled by the largest (all lo when every norm is 0). */
export function scaleWidths(norms: readonly number[], lo = 1.5, hi = 10): number[] {
  const max = Math.max(0, ...norms.filter(Number.isFinite));
  return norms.map((n) => (max > 0 && Number.isFinite(n) ? lo + ((hi - lo) * n) / max : lo));
}

/** For t = 1..T (index t − 1): ‖dL/dh_{t−1}‖ that step t passes back along its arrow (dh0 for t = 1). */
export function dhNorms(trace: Trace): number[] {
  return trace.backward.map((b) => norm(b.dhPrev));
}

/** ‖dL/dc_{t−1}‖ passed back along the cell-state arrow by step t (LSTM); zeros for the other cells. */
export function dcNorms(trace: Trace): number[] {
  return trace.backward.map((b) => (b.dcPrev ? norm(b.dcPrev) : 0));
}

/** The colour scale's max |value|: at least 1, and every h_t, h0, c_t and c0 of the trace fits. */
export function valueMax(trace: Trace): number {
  let m = 1;
  const see = (v: ArrayLike<number> | null) => {
    if (v) for (let k = 0; k < v.length; k++) if (Math.abs(v[k]) > m) m = Math.abs(v[k]);
  };
  see(trace.model.h0);
  see(trace.model.c0);
  for (const f of trace.forward) {
    see(f.h);
    see(f.c);
  }
  return m;
}

/** max |y_t[v]| over the pass (1 when all scores are 0). */
export function scoreMax(trace: Trace): number {
  let m = 0;
  for (const f of trace.forward) for (let k = 0; k < f.y.length; k++) m = Math.max(m, Math.abs(f.y[k]));
  return m > 0 && Number.isFinite(m) ? m : 1;
}

export type Part = 'input' | 'box' | 'c' | 'units' | 'scores' | 'pick' | 'loss' | 'back' | `chip:${Block}`;

/** What column t shows at moment m: which parts are computed, which are emphasised, which arrows point back. */
export interface ColumnState {
  current: boolean;
  input: boolean;
  box: boolean;
  chips: boolean[];
  c: boolean;
  units: boolean;
  scores: boolean;
  pick: boolean;
  loss: boolean;
  /** Backward has reached dh_t: the arrow t → t − 1 is drawn reversed with width ‖dh_t‖. */
  back: boolean;
  /** Backward has reached dy_t: the arrow between h_t and y_t points down. */
  down: boolean;
  emph: Part[];
}

const BACK_EMPH: Record<string, (cell: CellType) => Part[]> = {
  dy: () => ['scores'],
  dh: () => ['units', 'back'],
  dact: (cell) => (cell === 'rnn' ? ['box'] : BLOCKS[cell].map((b) => `chip:${b}` as Part)),
  dW: () => ['box', 'input'],
};

function forwardEmph(sub: ForwardSub): Part[] {
  switch (sub) {
    case 'x':
      return ['input'];
    case 'a':
      return ['box'];
    case 'c':
      return ['c'];
    case 'h':
      return ['units'];
    case 'y':
      return ['scores'];
    case 'p':
      return ['pick'];
    case 'loss':
      return ['loss'];
    default:
      return [`chip:${sub as Block}`];
  }
}

export function columnState(cell: CellType, T: number, m: Moment, t: number): ColumnState {
  const first = FORWARD_SUBS[cell][0];
  const reached = (sub: ForwardSub) => forwardReached(cell, T, m, t, sub);
  const current = (m.phase === 'forward' || m.phase === 'backward') && m.t === t;
  let emph: Part[] = [];
  if (current && m.phase === 'forward') emph = forwardEmph(m.sub);
  else if (current && m.phase === 'backward') emph = BACK_EMPH[m.sub](cell);
  else if (m.phase === 'total') emph = ['loss'];
  return {
    current,
    input: reached(first),
    box: reached(cell === 'rnn' ? 'a' : first),
    chips: cell === 'rnn' ? [] : BLOCKS[cell].map((b) => reached(b as ForwardSub)),
    c: cell === 'lstm' && reached('c'),
    units: reached('h'),
    scores: reached('y'),
    pick: reached('p'),
    loss: reached('loss'),
    back: m.phase === 'backward' && backwardReached(cell, T, m, t, 'dh'),
    down: m.phase === 'backward' && backwardReached(cell, T, m, t, 'dy'),
    emph,
  };
}

// ───────────────────────────── chart (D3) ─────────────────────────────

export interface NetworkLabels {
  aria: string;
  input: string;
  target: string;
  pick: string;
  noTarget: string;
  legend: string;
  right: string;
  wrong: string;
  backKey: string;
}

export interface Hover {
  unit: number | null;
  t: number | null;
}

export interface NetworkView {
  trace: Trace;
  moment: Moment;
  cell: CellType;
  T: number;
  vocab: string[];
  hover: Hover | null;
  labels: NetworkLabels;
  /** Generation fed back: dashed arrows from step t's output into step t + 1's input (optional). */
  feedback?: NetworkFeedback | null;
}

/** p[t − 1]: the probability the character fed from step t into step t + 1 was drawn with (null: none). */
export interface NetworkFeedback {
  p: readonly (number | null)[];
  /** Tooltip of an arrow, given its probability as text. */
  title: (p: string) => string;
}

export interface NetworkOptions {
  onHover(h: Hover | null): void;
  /** A click on column t (1-based). */
  onSelect(t: number): void;
}

export interface NetworkChart {
  update(view: NetworkView): void;
  setHover(h: Hover | null): void;
  destroy(): void;
}

type G = Selection<SVGGElement, number, BaseType, unknown>;

const UNREACHED_FILL = '#ececef';
/** Cursor moves closer together than this (ms) switch the fades off (network.css: .net-fast). */
export const FAST_MS = 250;
const RIGHT = '#2166ac';
const WRONG = '#b35806';

/** Chart-wide numbers that change only with the trace. */
interface Scales {
  vMax: number;
  yMax: number;
  dhW: number[];
  dcW: number[];
  dh: number[];
}

function scalesOf(trace: Trace): Scales {
  const dh = dhNorms(trace);
  return {
    vMax: valueMax(trace),
    yMax: scoreMax(trace),
    dh,
    dhW: scaleWidths(dh),
    dcW: scaleWidths(dcNorms(trace)),
  };
}

/** Creates the chart's empty parts of one column (positions come from the layout). */
function buildColumn(g: G, L: Layout, cell: CellType, H: number, V: number): void {
  const t = g.datum();
  const { y, boxW, colW } = L;
  const f = L.font;
  const bgW = t === 0 ? boxW + 12 : colW - 6;
  g.append('rect')
    .attr('class', 'net-bg')
    .attr('x', -bgW / 2)
    .attr('y', 2)
    .attr('width', bgW)
    .attr('height', L.height - 4)
    .attr('rx', 8);
  if (t > 0) {
    g.append('path').attr('class', 'net-harrow');
    g.append('text').attr('class', 'net-dh').attr('text-anchor', 'middle');
    if (cell === 'lstm') g.append('path').attr('class', 'net-carrow');
    const top = g.append('g').attr('class', 'net-top');
    top.append('text').attr('class', 'net-target').attr('y', y.target).attr('text-anchor', 'middle');
    top.append('text').attr('class', 'net-pick').attr('y', y.pick).attr('text-anchor', 'middle');
    top.append('text').attr('class', 'net-loss').attr('y', y.loss).attr('text-anchor', 'middle');
    const sc = g.append('g').attr('class', 'net-scores');
    sc.append('rect')
      .attr('class', 'net-frame-scores')
      .attr('x', -L.barsW / 2 - 3)
      .attr('y', y.barsTop - 3)
      .attr('width', L.barsW + 6)
      .attr('height', L.barsH + 6 + (L.showVocab ? y.vocab - y.barsTop - L.barsH + 0.3 * f : 0))
      .attr('rx', 4);
    sc.append('line')
      .attr('class', 'net-baseline')
      .attr('x1', -L.barsW / 2)
      .attr('x2', L.barsW / 2)
      .attr('y1', y.barsMid)
      .attr('y2', y.barsMid);
    const slot = L.barsW / V;
    const vs = Array.from({ length: V }, (_, v) => v);
    if (isDense(L)) {
      // the bars are on the canvas; this rect only carries the hovered bar's tooltip
      sc.append('rect')
        .attr('class', 'net-hit net-hit-y')
        .attr('x', -L.barsW / 2)
        .attr('y', y.barsTop)
        .attr('width', L.barsW)
        .attr('height', L.barsH)
        .append('title');
    } else {
      sc.selectAll('rect.net-bar')
        .data(vs)
        .join('rect')
        .attr('class', 'net-bar')
        .attr('x', (v) => -L.barsW / 2 + v * slot + slot * 0.15)
        .attr('width', Math.max(1, slot * 0.7))
        .append('title');
    }
    if (L.showVocab) {
      sc.selectAll('text.net-vchar')
        .data(vs)
        .join('text')
        .attr('class', 'net-vchar')
        .attr('x', (v) => -L.barsW / 2 + (v + 0.5) * slot)
        .attr('y', y.vocab)
        .attr('text-anchor', 'middle');
    }
    g.append('path').attr('class', 'net-upy');
    g.append('path')
      .attr('class', 'net-upx')
      .attr('d', arrowPath(0, y.upXBottom - 2, 0, y.upXTop + 1, 2));
    const inp = g.append('g').attr('class', 'net-input');
    const inW = L.showOneHot ? Math.max(V * (L.sq + 2), 1.6 * f) + 8 : 3.4 * f;
    inp
      .append('rect')
      .attr('class', 'net-frame-input')
      .attr('x', -inW / 2)
      .attr('y', y.upXBottom - 3)
      .attr('width', inW)
      .attr('height', y.char - y.upXBottom + 0.3 * f + 3)
      .attr('rx', 4);
    if (L.showOneHot && !isDense(L)) {
      const s = L.sq + 2;
      inp
        .selectAll('rect.net-sq')
        .data(vs)
        .join('rect')
        .attr('class', 'net-sq')
        .attr('x', (v) => -(V * s) / 2 + v * s + 1)
        .attr('y', y.sqTop)
        .attr('width', L.sq)
        .attr('height', L.sq);
    } else if (!L.showOneHot) {
      inp.append('text').attr('class', 'net-index').attr('y', y.index).attr('text-anchor', 'middle');
    }
    inp.append('text').attr('class', 'net-char').attr('y', y.char).attr('text-anchor', 'middle');
  }
  g.append('text')
    .attr('class', 'net-tlabel')
    .attr('y', y.tLabel)
    .attr('text-anchor', 'middle')
    .text(t === 0 ? (cell === 'lstm' ? 'h₀, c₀' : 'h₀') : `t = ${t}`);
  buildBox(g, L, cell, H);
}

function buildBox(g: G, L: Layout, cell: CellType, H: number): void {
  const t = g.datum();
  const { y, boxW, pad } = L;
  const box = g.append('g').attr('class', 'net-box');
  // the h0 column has no gates: its frame starts at c0 (LSTM) or h0
  const top = t === 0 && cell !== 'rnn' ? (cell === 'lstm' ? y.cTop : y.unitsTop) - pad : y.boxTop;
  box
    .append('rect')
    .attr('class', 'net-frame')
    .attr('x', -boxW / 2)
    .attr('y', top)
    .attr('width', boxW)
    .attr('height', y.boxBottom - top)
    .attr('rx', 6);
  if (cell !== 'rnn' && t > 0) {
    const blocks = BLOCKS[cell];
    const w = blocks.length * L.chipW + (blocks.length - 1) * L.chipGap;
    const chips = box
      .selectAll<SVGGElement, Block>('g.net-chip')
      .data(blocks)
      .join('g')
      .attr('class', 'net-chip')
      .attr('transform', (_, k) => `translate(${-w / 2 + k * (L.chipW + L.chipGap)},${y.chipsTop})`);
    chips
      .append('rect')
      .attr('class', 'net-chipbox')
      .attr('width', L.chipW)
      .attr('height', L.chipH)
      .attr('rx', 3);
    chips
      .append('text')
      .attr('class', 'net-chiptext')
      .attr('x', L.chipW / 2)
      .attr('y', L.chipH / 2)
      .attr('dominant-baseline', 'central')
      .attr('text-anchor', 'middle')
      .text((b) => b);
  }
  const inner = boxW - 2 * pad;
  if (isDense(L)) {
    // the strips are on the canvas; these rects only carry the hovered cell's tooltip
    if (cell === 'lstm') {
      box
        .append('rect')
        .attr('class', 'net-hit net-hit-c')
        .attr('x', -inner / 2)
        .attr('y', y.cTop)
        .attr('width', inner)
        .attr('height', L.cH)
        .append('title');
    }
    box
      .append('rect')
      .attr('class', 'net-hit net-hit-h')
      .attr('x', -L.unitW / 2)
      .attr('y', y.unitsTop)
      .attr('width', L.unitW)
      .attr('height', H * L.unitH)
      .append('title');
    return;
  }
  if (cell === 'lstm') {
    const cw = inner / H;
    box
      .append('g')
      .attr('class', 'net-cstrip')
      .selectAll('rect')
      .data(Array.from({ length: H }, (_, j) => j))
      .join('rect')
      .attr('class', 'net-ccell')
      .attr('x', (j) => -inner / 2 + j * cw)
      .attr('y', y.cTop)
      .attr('width', cw)
      .attr('height', L.cH);
  }
  const units = box
    .append('g')
    .attr('class', 'net-units')
    .selectAll<SVGGElement, { t: number; j: number }>('g.net-unit')
    .data(Array.from({ length: H }, (_, j) => ({ t, j })))
    .join('g')
    .attr('class', 'net-unit')
    .attr('transform', (d) => `translate(0,${y.unitsTop + d.j * L.unitH})`);
  const gapY = L.showValues ? 2 : 0;
  units
    .append('rect')
    .attr('class', 'net-ucell')
    .attr('x', -L.unitW / 2)
    .attr('y', gapY / 2)
    .attr('width', L.unitW)
    .attr('height', L.unitH - gapY)
    .attr('rx', L.showValues ? 3 : 0);
  if (L.showValues) {
    units
      .append('text')
      .attr('class', 'net-val')
      .attr('y', L.unitH / 2)
      .attr('dominant-baseline', 'central')
      .attr('text-anchor', 'middle');
  }
  units.append('title');
}

/** Writes column t's values, classes and arrows for state s. */
function paintColumn(
  g: G,
  L: Layout,
  trace: Trace,
  sc: Scales,
  s: ColumnState | null,
  labels: NetworkLabels,
): void {
  const t = g.datum();
  const f = t > 0 ? trace.forward[t - 1] : null;
  const h = f ? f.h : trace.model.h0;
  const c = f ? f.c : trace.model.c0;
  const emph = (p: Part) => (s ? s.emph.includes(p) : false);
  const unitsOn = !s || s.units;
  g.classed('current', !!s?.current);
  g.attr('data-current', s?.current ? 'true' : 'false');
  const box = g.select('.net-box');
  box.classed('dim', !!s && !s.box).classed('emph', emph('box'));
  box.select('.net-units').classed('emph', emph('units'));
  const name = t === 0 ? 'h₀' : `h_${t}`;
  box.selectAll<SVGGElement, { j: number }>('g.net-unit').each(function (d) {
    // plain DOM: this runs for every unit of every changed column
    const x = h[d.j];
    const rect = this.firstChild as SVGRectElement;
    rect.setAttribute('fill', unitsOn ? divergingColor(x, sc.vMax) : UNREACHED_FILL);
    if (L.showValues) {
      const text = this.childNodes[1] as SVGTextElement;
      text.style.fill = unitsOn ? divergingInk(x, sc.vMax) : '';
      text.textContent = unitsOn ? fmt(x, 3) : '';
    }
    (this.lastChild as SVGTitleElement).textContent = unitsOn ? `${name}[${d.j + 1}] = ${fmt(x, 4)}` : '';
  });
  if (c && !isDense(L)) {
    const cOn = !s || s.c;
    box
      .select('.net-cstrip')
      .classed('emph', emph('c'))
      .classed('dim', !cOn)
      .selectAll<SVGRectElement, number>('rect')
      .attr('fill', (j) => (cOn ? divergingColor(c[j], sc.vMax) : UNREACHED_FILL));
  }
  if (!f || !s) return;
  g.classed('no-input', f.input === null).classed('no-target', f.target === null);
  box
    .selectAll<SVGGElement, Block>('g.net-chip')
    .classed('dim', (_, k) => !s.chips[k])
    .classed('emph', (b) => emph(`chip:${b}`));
  paintTop(g, trace, f, s, labels);
  if (isDense(L)) g.select('.net-scores').classed('dim', !s.scores).classed('emph', emph('scores'));
  else paintScores(g, L, trace.model.vocab, f, sc, s, emph('scores'));
  const inp = g.select('.net-input').classed('dim', !s.input).classed('emph', emph('input'));
  inp.selectAll<SVGRectElement, number>('rect.net-sq').classed('on', (v) => v === f.input);
  inp.select('.net-index').text(f.input === null ? NO_INPUT : `#${f.input}`);
  inp.select('.net-char').text(f.input === null ? NO_INPUT : displayChar(trace.model.vocab[f.input]));
  g.select('.net-upx').classed('dim', !s.box);
  const upY = s.down
    ? arrowPath(0, L.y.upYTop + 1, 0, L.y.upYBottom - 2, 2)
    : arrowPath(0, L.y.upYBottom - 2, 0, L.y.upYTop + 1, 2);
  g.select('.net-upy').attr('d', upY).classed('dim', !s.scores).classed('back', s.down);
  paintArrows(g, L, sc, s, t, emph('back'));
}

function paintTop(
  g: G,
  trace: Trace,
  f: Trace['forward'][number],
  s: ColumnState,
  labels: NetworkLabels,
): void {
  const vocab = trace.model.vocab;
  const top = g.select('.net-top');
  top
    .select('.net-target')
    .text(f.target === null ? '—' : displayChar(vocab[f.target]))
    .classed('dim', !s.input);
  const right = f.target !== null && f.argmax === f.target;
  const mark = f.target === null ? '' : right ? ' ✓' : ' ✗';
  top
    .select('.net-pick')
    .classed('emph-text', s.emph.includes('pick'))
    .text(s.pick ? `${displayChar(vocab[f.argmax])}${mark}` : '·')
    .classed('dim', !s.pick)
    .style('fill', s.pick && f.target !== null ? (right ? RIGHT : WRONG) : '');
  const tip = [f.target === null ? labels.noTarget : `${labels.target} ${displayChar(vocab[f.target])}`];
  if (s.pick) tip.push(`${labels.pick} ${displayChar(vocab[f.argmax])}`);
  if (s.pick && f.target !== null) tip.push(right ? labels.right : labels.wrong);
  top.selectAll(':scope > title').data([0]).join('title').text(tip.join(' · '));
  top
    .select('.net-loss')
    .text(s.loss ? (f.target === null ? '—' : fmt(f.loss, 3)) : '·')
    .classed('dim', !s.loss)
    .classed('emph-text', s.emph.includes('loss'));
}

function paintScores(
  g: G,
  L: Layout,
  vocab: readonly string[],
  f: Trace['forward'][number],
  sc: Scales,
  s: ColumnState,
  emph: boolean,
): void {
  const half = L.barsH / 2 - 1;
  const on = s.scores;
  const grp = g.select('.net-scores').classed('dim', !on).classed('emph', emph);
  grp.selectAll<SVGRectElement, number>('rect.net-bar').each(function (v) {
    const size = on ? Math.max(1, (Math.abs(f.y[v]) / sc.yMax) * half) : 0;
    this.setAttribute('y', String(on && f.y[v] > 0 ? L.y.barsMid - size : L.y.barsMid));
    this.setAttribute('height', String(size));
    this.classList.toggle('argmax', on && v === f.argmax);
    (this.firstChild as SVGTitleElement).textContent = on
      ? `y[${displayChar(vocab[v])}] = ${fmt(f.y[v], 3)}`
      : '';
  });
  grp
    .selectAll<SVGTextElement, number>('text.net-vchar')
    .text((v) => displayChar(vocab[v]))
    .classed('argmax', (v) => on && v === f.argmax);
}

function paintArrows(G: G, L: Layout, sc: Scales, s: ColumnState, t: number, emph: boolean): void {
  const x1 = -L.colW + L.boxW / 2 + 2;
  const x2 = -L.boxW / 2 - 2;
  const yH = L.y.hArrow;
  const w = s.back ? sc.dhW[t - 1] : 2;
  G.select('.net-harrow')
    .attr('d', s.back ? arrowPath(x2, yH, x1, yH, w) : arrowPath(x1, yH, x2, yH, 2))
    .classed('back', s.back)
    .classed('dim', !s.box)
    .classed('emph', emph);
  G.select('.net-dh')
    .attr('x', (x1 + x2) / 2)
    .attr('y', yH - (w / 2 + 3.5 + 0.25 * w) - 0.3 * L.font)
    .text(s.back ? fmt(sc.dh[t - 1], 3) : '');
  const yC = L.y.cArrow;
  G.select('.net-carrow')
    .attr('d', s.back ? arrowPath(x2, yC, x1, yC, sc.dcW[t - 1]) : arrowPath(x1, yC, x2, yC, 2))
    .classed('back', s.back)
    .classed('dim', !s.box);
}

function signature(s: ColumnState, traceId: number): string {
  return `${traceId}|${s.current}|${s.input}${s.box}${s.chips.join()}${s.c}${s.units}${s.scores}${s.pick}${s.loss}${s.back}${s.down}|${s.emph.join()}`;
}

/** Measures text widths with the SVG's own font (estimates where layout is unavailable). */
function measure(svg: SVGSVGElement, font: number, texts: string[]): number[] {
  const probe = select(svg).append('text').attr('class', 'net-probe').attr('font-size', font);
  const out = texts.map((s) => {
    probe.text(s);
    let w = 0;
    try {
      w = (probe.node() as SVGTextElement).getComputedTextLength?.() ?? 0;
    } catch {
      w = 0;
    }
    return w > 0 ? w : s.length * font * 0.62;
  });
  probe.remove();
  return out;
}

export function create(el: HTMLElement, opts: NetworkOptions): NetworkChart {
  const root = select(el).append('div').attr('class', 'net');
  const row = root.append('div').attr('class', 'net-row');
  const labelSvg = row.append('svg').attr('class', 'net-labels').attr('aria-hidden', 'true');
  const scroller = row.append('div').attr('class', 'net-scroll');
  // the stage holds the canvas (dense parts, above 8 units) under the SVG (everything else)
  const stage = scroller.append('div').attr('class', 'net-stage');
  const canvas = stage.append('canvas').attr('class', 'net-canvas').attr('aria-hidden', 'true');
  const svg = stage.append('svg').attr('class', 'net-svg').attr('role', 'img');
  const cols = svg.append('g').attr('class', 'net-cols');
  const feedbackG = svg.append('g').attr('class', 'net-feedback');
  let feedbackKey: unknown[] = [];
  const legend = root.append('svg').attr('class', 'net-legend');

  let view: NetworkView | null = null;
  let env: { font: number; rootW: number; style: CanvasStyle } | null = null;
  let measured: { key: string; labelW: number; valueW: number } | null = null;
  let L: Layout | null = null;
  let shapeKey = '';
  let legendKey = '';
  let lastTrace: Trace | null = null;
  let traceId = 0;
  let scales: Scales | null = null;
  /** Per drawn column: the state its SVG shows, and the state its canvas strip shows. */
  const sigs = new Map<number, string>();
  const canvasSigs = new Map<number, string>();
  let lastCurrent = -1;
  let hover: Hover | null = null;
  /** The columns in the DOM (only those near the viewport when the chart scrolls). */
  let range: [number, number] | null = null;
  let scrollLeft = 0;
  let viewW = 0;
  let ctx: CanvasRenderingContext2D | null = null;
  /** The canvas's width in CSS px and the pixel ratio it was allocated for. */
  let canvasW = 0;
  let canvasDpr = 0;
  let canvasLeft = 0;
  /** Where this chart last scrolled to itself (read back on the scroll event without forcing a layout). */
  let ownScroll: number | null = null;
  let lastUpdate = Number.NEGATIVE_INFINITY;

  /** Font, width and colours of the host: read once, and again only after a resize (reading forces a layout). */
  function environment(): { font: number; rootW: number; style: CanvasStyle } {
    if (!env) {
      const cs = getComputedStyle(el);
      const font = Math.max(14, Number.parseFloat(cs.fontSize) || 14);
      const prop = (name: string, fallback: string) => cs.getPropertyValue(name).trim() || fallback;
      const style = {
        ink: prop('--ink', '#1d1d1f'),
        focus: prop('--focus', '#ffbf00'),
        dim: Number.parseFloat(prop('--dim', '0.28')) || 0.28,
      };
      env = { font, rootW: (root.node() as HTMLElement).clientWidth, style };
    }
    return env;
  }

  /** Widths of the row labels and of a value label, measured once per font and language. */
  function textWidths(lab: NetworkLabels, font: number): { labelW: number; valueW: number } {
    const key = `${font}|${lab.target}|${lab.pick}|${lab.input}`;
    if (measured?.key !== key) {
      const rowLabels = [lab.target, lab.pick, 'Lₜ', 'yₜ', 'cₜ', 'hₜ', 'xₜ', lab.input, 't'];
      const w = measure(svg.node() as SVGSVGElement, font, [...rowLabels, '−0.000']);
      const labelW = Math.ceil(Math.max(...w.slice(0, -1)) + 0.8 * font);
      measured = { key, labelW, valueW: w[w.length - 1] };
    }
    return measured;
  }

  function structure(v: NetworkView): void {
    const tr = v.trace;
    const H = tr.model.hiddenSize;
    const V = tr.model.vocab.length;
    const cell = tr.model.cell;
    const { font, rootW } = environment();
    const { labelW, valueW } = textWidths(v.labels, font);
    const avail = Math.max(200, rootW - labelW - 4);
    const labelText = Object.values(v.labels).join('\u0002');
    const key = [tr.T, H, V, cell, avail, font, labelW, tr.model.vocab.join('\u0001'), labelText].join('|');
    svg.attr('aria-label', v.labels.aria);
    if (key === shapeKey && L) return;
    shapeKey = key;
    sigs.clear();
    canvasSigs.clear();
    lastCurrent = -1;
    range = null;
    ctx = null; // reallocate the canvas for the new shape
    viewW = rootW > 0 ? rootW - labelW : 0;
    L = layoutNetwork({ T: tr.T, H, V, cell, avail, font, valueW });
    const lay = L;
    svg.attr('width', lay.width).attr('height', lay.height).attr('font-size', font);
    stage.style('width', `${lay.width}px`).style('height', `${lay.height}px`);
    root.classed('dense', isDense(lay));
    canvas.style('display', isDense(lay) ? 'block' : 'none');
    scroller.classed('scrolls', lay.scroll);
    drawRowLabels(labelW, lay, cell, v.labels);
    cols.selectAll('*').remove();
    // the browser may have clamped the scroll position to the new width
    scrollLeft = (scroller.node() as HTMLElement).scrollLeft || 0;
  }

  /** Puts the columns near the viewport into the DOM (keyed by t); true when the set changed. */
  function ensureRange(v: NetworkView): boolean {
    if (!L) return false;
    const lay = L;
    const tr = v.trace;
    const T = tr.T;
    if (range && rangeCovers(lay, T, range, scrollLeft, viewW)) return false;
    const before = range;
    range = columnRange(lay, T, scrollLeft, viewW, Math.max(2 * lay.colW, viewW / 2));
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
    if (isDense(lay)) placeCanvas(lay, T, before);
    return true;
  }

  /**
   * Puts the canvas under the drawn columns. It keeps its size (a little wider than the columns) while the
   * viewport moves, and is reallocated (and cleared) only when the shape or the pixel ratio changes.
   */
  function placeCanvas(lay: Layout, T: number, before: [number, number] | null): void {
    if (!range) return;
    const [first, last] = range;
    const node = canvas.node() as HTMLCanvasElement;
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
    else {
      // the columns drawn before and still wanted keep their pixels: shift them with the canvas (the rest
      // of it becomes transparent), forget the others, which are drawn again when they come back
      if (left !== canvasLeft) {
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.globalCompositeOperation = 'copy';
        ctx.drawImage(node, Math.round((canvasLeft - left) * dpr), 0);
        ctx.globalCompositeOperation = 'source-over';
      }
      ctx.setTransform(dpr, 0, 0, dpr, -left * dpr, 0);
      for (const t of [...canvasSigs.keys()]) {
        if (t >= first && t <= last && t >= before[0] && t <= before[1]) continue;
        canvasSigs.delete(t);
        const [l, r] = columnSpan(lay, T, t);
        ctx.clearRect(l, 0, r - l, lay.height);
      }
    }
    canvasLeft = left;
    node.style.left = `${left}px`;
    ctx.setTransform(dpr, 0, 0, dpr, -left * dpr, 0);
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
    if (!dense || !ctx) return;
    const c = ctx;
    const hoverUnit = hover?.unit != null ? hover.unit - 1 : null;
    const style = environment().style;
    for (const [t, s] of states) {
      const hovered = hover !== null && hover.t === t;
      const sig = `${sigs.get(t)}|${hovered}|${hoverUnit}`;
      if (canvasSigs.get(t) === sig) continue;
      canvasSigs.set(t, sig);
      const [l, r] = columnSpan(lay, T, t);
      c.clearRect(l, 0, r - l, lay.height);
      c.save();
      c.translate(Math.round(columnX(lay, t)), 0);
      paintDenseColumn(c, lay, { trace: tr, t, s, vMax: sc.vMax, yMax: sc.yMax, hoverUnit, hovered }, style);
      c.restore();
    }
  }

  // one set of listeners for the whole chart (thousands of units would each need their own)
  const unitAt = (e: Event) => {
    const node = (e.target as Element | null)?.closest?.('g.net-unit');
    return node ? (select(node).datum() as { t: number; j: number }) : null;
  };
  let hoverKey = '';
  const emitHover = (d: { t: number; j: number } | null) => {
    const k = d ? `${d.t}:${d.j}` : '';
    if (k === hoverKey) return;
    hoverKey = k;
    opts.onHover(d ? { unit: d.j + 1, t: d.t === 0 ? null : d.t } : null); // the store's units are 1-based
  };
  svg.on('mouseover', (e: MouseEvent) => {
    if (L && !isDense(L)) emitHover(unitAt(e));
  });
  // dense: what is under the pointer comes from its position; its tooltip goes on the hit rect
  svg.on('mousemove', (e: MouseEvent) => {
    if (!L || !view || !isDense(L)) return;
    const box = (svg.node() as SVGSVGElement).getBoundingClientRect();
    const tr = view.trace;
    const { hiddenSize: H, vocab, cell } = tr.model;
    const hit = denseHit(L, tr.T, H, vocab.length, cell, e.clientX - box.left, e.clientY - box.top);
    emitHover(hit?.kind === 'unit' ? hit : null);
    const title = (e.target as Element | null)?.closest?.('.net-hit')?.querySelector('title');
    if (title) title.textContent = hit ? tooltip(view, hit) : '';
  });
  svg.on('mouseleave', () => emitHover(null));
  svg.on('click', (e: MouseEvent) => {
    const col = (e.target as Element | null)?.closest?.('g.net-col');
    const t = col ? Number(col.getAttribute('data-t')) : 0;
    if (t > 0) opts.onSelect(t);
  });
  // scrolling brings other columns near the viewport: draw them (once per frame)
  let scrollFrame = 0;
  scroller.on('scroll', () => {
    if (scrollFrame || typeof requestAnimationFrame === 'undefined') return;
    scrollFrame = requestAnimationFrame(() => {
      scrollFrame = 0;
      scrollLeft = ownScroll ?? (scroller.node() as HTMLElement).scrollLeft;
      ownScroll = null;
      if (view && ensureRange(view)) {
        paint(view);
        applyHoverClasses();
      }
    });
  });

  function drawRowLabels(labelW: number, lay: Layout, cell: CellType, lab: NetworkLabels): void {
    const f = lay.font;
    const rows: { y: number; text: string }[] = [
      { y: lay.y.target, text: lab.target },
      { y: lay.y.pick, text: lab.pick },
      { y: lay.y.loss, text: 'Lₜ' },
      { y: lay.y.barsMid + 0.35 * f, text: 'yₜ' },
      { y: lay.y.hArrow + 0.35 * f, text: 'hₜ' },
      { y: (lay.showOneHot ? lay.y.sqTop + lay.sq / 2 : lay.y.index - 0.35 * f) + 0.35 * f, text: 'xₜ' },
      { y: lay.y.char, text: lab.input },
    ];
    if (cell === 'lstm') rows.push({ y: lay.y.cArrow + 0.35 * f, text: 'cₜ' });
    labelSvg.attr('width', labelW).attr('height', lay.height).attr('font-size', f);
    labelSvg
      .selectAll('text')
      .data(rows)
      .join('text')
      .attr('x', labelW - 0.4 * f)
      .attr('y', (d) => d.y)
      .attr('text-anchor', 'end')
      .text((d) => d.text);
  }

  function drawLegendRow(v: NetworkView, sc: Scales): void {
    if (!L) return;
    const back = v.moment.phase === 'backward';
    const key = `${Object.values(v.labels).join('\u0002')}|${sc.vMax}|${back}|${L.font}|${L.width}`;
    if (key === legendKey) return;
    legendKey = key;
    const f = L.font;
    legend.selectAll('*').remove();
    const g = legend.append('g').attr('transform', 'translate(4,4)');
    const size = drawLegend(g, {
      kind: 'diverging',
      maxAbs: sc.vMax,
      width: 8 * f,
      label: v.labels.legend,
      fontSize: f,
    });
    let x = size.width + 1.5 * f;
    const marks = g
      .append('text')
      .attr('y', 0.8 * f * 0.5)
      .attr('dominant-baseline', 'central');
    marks.append('tspan').attr('x', x).style('fill', RIGHT).text('✓ ');
    marks.append('tspan').text(v.labels.right);
    marks.append('tspan').attr('dx', f).style('fill', WRONG).text('✗ ');
    marks.append('tspan').text(v.labels.wrong);
    const [mw, bw] = measure(legend.node() as SVGSVGElement, f, [
      `✓ ${v.labels.right} ✗ ${v.labels.wrong}`,
      v.labels.backKey,
    ]);
    x += mw + 2.5 * f;
    // the arrow key (backward only) goes on a second line when it does not fit beside the others;
    // that line is kept in every phase so the panels below do not jump when backward begins
    const avail = environment().rootW - 8;
    const wrap = x + 3 * f + bw > avail;
    const yKey = wrap ? size.height + 0.6 * f : 0.4 * f;
    if (wrap) x = 0;
    const height = wrap ? yKey + 0.8 * f : size.height;
    if (back) {
      g.append('path')
        .attr('class', 'net-legend-arrow')
        .attr('d', arrowPath(x + 2.5 * f, yKey, x, yKey, 6));
      g.append('text')
        .attr('x', x + 3 * f)
        .attr('y', yKey)
        .attr('dominant-baseline', 'central')
        .text(v.labels.backKey);
    }
    legend.attr('height', height + 8).attr('width', '100%');
  }

  function update(v: NetworkView): void {
    view = v;
    // parts fade in as they are computed, unless the cursor moves faster than a fade lasts (holding a key,
    // playing fast): then dozens of overlapping fades would be animated on every frame
    const now = typeof performance === 'undefined' ? 0 : performance.now();
    const fast = now - lastUpdate < FAST_MS;
    lastUpdate = now;
    if (fast !== root.classed('net-fast')) root.classed('net-fast', fast);
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
        const to = scrollFor(columnX(lay, cur), lay.colW / 2, scrollLeft, viewW);
        if (to !== null) {
          scrollLeft = Math.min(to, Math.max(0, Math.floor(lay.width - viewW)));
          ownScroll = scrollLeft;
          (scroller.node() as HTMLElement).scrollLeft = scrollLeft;
        }
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
    const h = hover;
    if (!L || isDense(L)) {
      cols.selectAll<SVGGElement, number>('g.net-col').classed('hovered', (t) => h !== null && h.t === t);
      return;
    }
    cols
      .selectAll<SVGGElement, { t: number; j: number }>('g.net-unit')
      .classed('hovered', (d) => h !== null && h.unit === d.j + 1);
    cols.selectAll<SVGGElement, number>('g.net-col').classed('hovered', (t) => h !== null && h.t === t);
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
      if (scrollFrame) cancelAnimationFrame(scrollFrame);
      root.remove();
    },
  };
}

/** The tooltip of a unit, cell or score bar (empty while it is not computed yet). */
function tooltip(v: NetworkView, hit: DenseHit): string {
  const tr = v.trace;
  const { t, j } = hit;
  const s = t === 0 ? null : columnState(tr.model.cell, tr.T, v.moment, t);
  const f = t > 0 ? tr.forward[t - 1] : null;
  if (hit.kind === 'unit') {
    if (s && !s.units) return '';
    return `${t === 0 ? 'h₀' : `h_${t}`}[${j + 1}] = ${fmt((f ? f.h : tr.model.h0)[j], 4)}`;
  }
  if (hit.kind === 'c') {
    const c = f ? f.c : tr.model.c0;
    if (!c || (s && !s.c)) return '';
    return `${t === 0 ? 'c₀' : `c_${t}`}[${j + 1}] = ${fmt(c[j], 4)}`;
  }
  if (!f || !s?.scores) return '';
  return `y[${displayChar(tr.model.vocab[j])}] = ${fmt(f.y[j], 3)}`;
}

// ───────────────────────────── generation fed back ─────────────────────────────

/**
 * The route of a feed-back arrow from step t's pick (top) into step t + 1's input (bottom): right to
 * the gap between the columns, down it, right into the input frame. Returns the path and its label point.
 */
export function feedbackRoute(
  L: Layout,
  V: number,
  t: number,
): { d: string; head: string; label: [number, number] } {
  const f = L.font;
  const x0 = columnX(L, t);
  const x1 = columnX(L, t + 1);
  const xb = x0 + L.colW / 2;
  const inW = L.showOneHot ? Math.max(V * (L.sq + 2), 1.6 * f) + 8 : 3.4 * f;
  const yTop = L.y.pick - 0.35 * f;
  const yBot = L.y.char - 0.35 * f;
  const xEnd = x1 - inW / 2 - 2;
  const d = `M${(x0 + 0.75 * f).toFixed(1)},${yTop.toFixed(1)}H${xb.toFixed(1)}V${yBot.toFixed(1)}H${(xEnd - 6).toFixed(1)}`;
  const head = `M${xEnd.toFixed(1)},${yBot.toFixed(1)}l-8,-5v10z`;
  return { d, head, label: [xb, L.y.target] };
}

/** Draws the feed-back arrows of a generation (dimmed until step t's output has been computed). */
function drawFeedback(g: Selection<SVGGElement, unknown, null, undefined>, L: Layout, v: NetworkView): void {
  g.selectAll('*').remove();
  const fb = v.feedback;
  if (!fb) return;
  const T = v.trace.T;
  const V = v.trace.model.vocab.length;
  for (let t = 1; t < T; t++) {
    const p = fb.p[t - 1];
    if (p === null || p === undefined) continue;
    const r = feedbackRoute(L, V, t);
    const on = forwardReached(v.cell, T, v.moment, t, 'p') || v.moment.phase !== 'forward';
    const a = g.append('g').attr('data-t', t).classed('dim', !on);
    const text = `${Math.round(p * 100)}%`;
    a.append('title').text(fb.title(text));
    a.append('path').attr('d', r.d);
    a.append('path').attr('class', 'head').attr('d', r.head);
    a.append('text').attr('x', r.label[0]).attr('y', r.label[1]).attr('text-anchor', 'middle').text(text);
  }
}
