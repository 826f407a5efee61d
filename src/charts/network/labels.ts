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

/** text broken at spaces into lines no wider than maxW at font (a word wider than that stays whole). */
export function wrapWords(svg: SVGSVGElement, font: number, text: string, maxW: number): string[] {
  const words = text.split(' ');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (line && measure(svg, font, [next])[0] > maxW) {
      lines.push(line);
      line = w;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
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
 * The legend under the chart: the value colour scale, the ✓/✗ marks and (backward) the arrow key, each
 * on a new line when it does not fit in rootW. Compact (presenter mode, one screen per phase): without
 * the marks (✓ and ✗ in their colours speak for themselves on the stage) and without a reserved line.
 */
export function drawNetworkLegend(
  legend: Svg,
  L: Layout,
  labels: NetworkLabels,
  vMax: number,
  back: boolean,
  rootW: number,
  compact = false,
): void {
  const f = L.font;
  // compact: the words (label, arrow key) in the stage's small type, the numbers at the chart's font
  const wf = compact ? Math.round(0.7 * f) : f;
  const avail = rootW - 8;
  legend.selectAll('*').remove();
  const g = legend.append('g').attr('transform', 'translate(4,4)');
  const size = drawLegend(g, {
    kind: 'diverging',
    maxAbs: vMax,
    width: 8 * f,
    label: labels.legend,
    fontSize: f,
    maxWidth: avail,
    labelSize: wf,
  });
  const [mw] = measure(legend.node() as SVGSVGElement, f, [`✓ ${labels.right} ✗ ${labels.wrong}`]);
  const keyText = compact ? labels.backKeyShort : labels.backKey;
  const [bw] = measure(legend.node() as SVGSVGElement, wf, [keyText]);
  // the items flow left to right and start a new line when one does not fit in the chart's width; the
  // arrow key's place (backward only) is kept in every phase so the panels below do not jump
  const gap = 1.5 * f;
  let lineTop = 0;
  let lineH = size.height;
  let x = size.width;
  const slot = (w: number, h = wf): { x: number; y: number } => {
    if (x + gap + w > avail) {
      lineTop += lineH + 0.4 * wf;
      lineH = h;
      x = 0;
    } else {
      x += gap;
      lineH = Math.max(lineH, h);
    }
    const at = { x, y: lineTop === 0 ? size.barY + 0.4 * f : lineTop + 0.5 * wf };
    x += w;
    return at;
  };
  if (!compact) {
    const m = slot(mw + f);
    const marks = g.append('text').attr('y', m.y).attr('dominant-baseline', 'central');
    marks.append('tspan').attr('x', m.x).style('fill', RIGHT).text('✓ ');
    marks.append('tspan').text(labels.right);
    marks.append('tspan').attr('dx', f).style('fill', WRONG).text('✗ ');
    marks.append('tspan').text(labels.wrong);
  }
  // the key's words wrap when even a line of their own is too narrow for them; compact, its line is
  // there in the backward phase only (each phase is a screen of its own)
  const arrowW = compact ? 2 * wf : 2.5 * wf;
  const keyX = arrowW + 0.5 * wf;
  const keyW = avail - keyX;
  const keyLines = bw > keyW ? wrapWords(legend.node() as SVGSVGElement, wf, keyText, keyW) : [keyText];
  const k = !compact || back ? slot(keyX + Math.min(bw, keyW), wf * (1 + 1.2 * (keyLines.length - 1))) : null;
  if (back && k) {
    g.append('path')
      .attr('class', 'net-legend-arrow')
      .attr('d', arrowPath(k.x + arrowW, k.y, k.x, k.y, 6));
    g.append('text')
      .attr('y', k.y)
      .attr('dominant-baseline', 'central')
      .attr('font-size', wf)
      .selectAll('tspan')
      .data(keyLines)
      .join('tspan')
      .attr('x', k.x + keyX)
      .attr('dy', (_, i) => (i ? 1.2 * wf : 0))
      .text((d) => d);
  }
  legend.attr('height', Math.ceil(lineTop + lineH) + (compact ? 4 : 8)).attr('width', '100%');
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
