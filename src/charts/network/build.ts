/**
 * Creates the empty SVG parts of one column of the network chart (positions come from the layout; the
 * values are written by paint.ts). Above 8 hidden units the dense parts are on the canvas and the SVG
 * keeps only hit rects that carry their tooltips.
 */
import type { BaseType, Selection } from 'd3';
import { BLOCKS, type Block, type CellType } from '../../engine/model';
import { arrowPath } from './arrows';
import { inputWidth, isDense, type Layout } from './layout';
import type { G } from './types';

/** Creates the chart's empty parts of one column (positions come from the layout). */
export function buildColumn(g: G, L: Layout, cell: CellType, H: number, V: number): void {
  const t = g.datum();
  const { y, boxW, colW } = L;
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
    buildScores(g, L, V);
    g.append('path').attr('class', 'net-upy');
    g.append('path')
      .attr('class', 'net-upx')
      .attr('d', arrowPath(0, y.upXBottom - 2, 0, y.upXTop + 1, 2));
    buildInput(g, L, V);
  }
  g.append('text')
    .attr('class', 'net-tlabel')
    .attr('y', y.tLabel)
    .attr('text-anchor', 'middle')
    .text(t === 0 ? (cell === 'lstm' ? 'h₀, c₀' : 'h₀') : `t = ${t}`);
  buildBox(g, L, cell, H);
}

/** The score bars y_t: frame, baseline, one bar per character (or one hit rect) and the vocabulary row. */
function buildScores(g: G, L: Layout, V: number): void {
  const { y } = L;
  const sc = g.append('g').attr('class', 'net-scores');
  sc.append('rect')
    .attr('class', 'net-frame-scores')
    .attr('x', -L.barsW / 2 - 3)
    .attr('y', y.barsTop - 3)
    .attr('width', L.barsW + 6)
    .attr('height', L.barsH + 6 + (L.showVocab ? y.vocab - y.barsTop - L.barsH + 0.3 * L.font : 0))
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
}

/** The input x_t: frame, one-hot squares (or the index) and the character. */
function buildInput(g: G, L: Layout, V: number): void {
  const { y } = L;
  const inp = g.append('g').attr('class', 'net-input');
  const inW = inputWidth(L, V);
  inp
    .append('rect')
    .attr('class', 'net-frame-input')
    .attr('x', -inW / 2)
    .attr('y', y.upXBottom - 3)
    .attr('width', inW)
    .attr('height', y.char - y.upXBottom + 0.3 * L.font + 3)
    .attr('rx', 4);
  if (L.showOneHot && !isDense(L)) {
    const s = L.sq + 2;
    inp
      .selectAll('rect.net-sq')
      .data(Array.from({ length: V }, (_, v) => v))
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

type Box = Selection<SVGGElement, number, BaseType, unknown>;

/** The cell box: frame, gate letters, and the c_t strip and h_t units (or their hit rects). */
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
  if (cell !== 'rnn' && t > 0) buildChips(box, L, BLOCKS[cell]);
  if (isDense(L)) buildHits(box, L, cell, H);
  else buildUnits(box, L, cell, H, t);
}

/** The gate letters, one chip per block. */
function buildChips(box: Box, L: Layout, blocks: readonly Block[]): void {
  const w = blocks.length * L.chipW + (blocks.length - 1) * L.chipGap;
  const chips = box
    .selectAll<SVGGElement, Block>('g.net-chip')
    .data(blocks)
    .join('g')
    .attr('class', 'net-chip')
    .attr('transform', (_, k) => `translate(${-w / 2 + k * (L.chipW + L.chipGap)},${L.y.chipsTop})`);
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

/** Dense: the strips are on the canvas; these rects only carry the hovered cell's tooltip. */
function buildHits(box: Box, L: Layout, cell: CellType, H: number): void {
  const inner = L.boxW - 2 * L.pad;
  if (cell === 'lstm') {
    box
      .append('rect')
      .attr('class', 'net-hit net-hit-c')
      .attr('x', -inner / 2)
      .attr('y', L.y.cTop)
      .attr('width', inner)
      .attr('height', L.cH)
      .append('title');
  }
  box
    .append('rect')
    .attr('class', 'net-hit net-hit-h')
    .attr('x', -L.unitW / 2)
    .attr('y', L.y.unitsTop)
    .attr('width', L.unitW)
    .attr('height', H * L.unitH)
    .append('title');
}

/** The LSTM's c_t strip and one rect (with its value and tooltip) per unit of h_t. */
function buildUnits(box: Box, L: Layout, cell: CellType, H: number, t: number): void {
  const { y } = L;
  const inner = L.boxW - 2 * L.pad;
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
