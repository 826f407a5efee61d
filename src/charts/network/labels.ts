/** The network chart's texts: measured widths, the row names, the legend row and the dense tooltips. */
import { type Selection, select } from 'd3';
import type { CellType } from '../../engine/model';
import { fmt } from '../../format';
import { drawLegend } from '../colors';
import type { DenseHit } from '../networkCanvas';
import { textWidth } from '../textWidth';
import { arrowPath } from './arrows';
import type { Layout } from './layout';
import { columnState, displayChar } from './state';
import { type NetworkLabels, type NetworkView, RIGHT, WRONG } from './types';

type Svg = Selection<SVGSVGElement, unknown, null, undefined>;

/** Measures text widths with the SVG's own font (estimates where layout is unavailable). */
export function measure(svg: SVGSVGElement, font: number, texts: string[]): number[] {
  const probe = select(svg).append('text').attr('class', 'net-probe').attr('font-size', font);
  const out = texts.map((s) => {
    probe.text(s);
    return textWidth(probe.node() as SVGTextElement, s, font, 0.62);
  });
  probe.remove();
  return out;
}

/** Widths of the row labels (with a margin) and of a value label ("−0.000") at the font, measured in svg. */
export function labelWidths(
  svg: SVGSVGElement,
  lab: NetworkLabels,
  font: number,
): { labelW: number; valueW: number } {
  const rowLabels = [lab.target, lab.pick, 'Lₜ', 'yₜ', 'cₜ', 'hₜ', 'xₜ', lab.input, 't'];
  const w = measure(svg, font, [...rowLabels, '−0.000']);
  const labelW = Math.ceil(Math.max(...w.slice(0, -1)) + 0.8 * font);
  return { labelW, valueW: w[w.length - 1] };
}

/** The row names left of the scrolling columns (target, pick, Lₜ, yₜ, hₜ, cₜ, xₜ, input). */
export function drawRowLabels(
  labelSvg: Svg,
  labelW: number,
  lay: Layout,
  cell: CellType,
  lab: NetworkLabels,
): void {
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

/**
 * The legend row under the chart: the value colour scale, the ✓/✗ marks and (backward) the arrow key,
 * which moves to a second line when it does not fit in rootW.
 */
export function drawNetworkLegend(
  legend: Svg,
  L: Layout,
  labels: NetworkLabels,
  vMax: number,
  back: boolean,
  rootW: number,
): void {
  const f = L.font;
  legend.selectAll('*').remove();
  const g = legend.append('g').attr('transform', 'translate(4,4)');
  const size = drawLegend(g, {
    kind: 'diverging',
    maxAbs: vMax,
    width: 8 * f,
    label: labels.legend,
    fontSize: f,
  });
  let x = size.width + 1.5 * f;
  const marks = g
    .append('text')
    .attr('y', 0.8 * f * 0.5)
    .attr('dominant-baseline', 'central');
  marks.append('tspan').attr('x', x).style('fill', RIGHT).text('✓ ');
  marks.append('tspan').text(labels.right);
  marks.append('tspan').attr('dx', f).style('fill', WRONG).text('✗ ');
  marks.append('tspan').text(labels.wrong);
  const [mw, bw] = measure(legend.node() as SVGSVGElement, f, [
    `✓ ${labels.right} ✗ ${labels.wrong}`,
    labels.backKey,
  ]);
  x += mw + 2.5 * f;
  // the arrow key (backward only) goes on a second line when it does not fit beside the others;
  // that line is kept in every phase so the panels below do not jump when backward begins
  const avail = rootW - 8;
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
      .text(labels.backKey);
  }
  legend.attr('height', height + 8).attr('width', '100%');
}

/** The tooltip of a unit, cell or score bar (empty while it is not computed yet). */
export function tooltip(v: NetworkView, hit: DenseHit): string {
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
