/**
 * Writes one column's values, classes and arrows for its state (the SVG parts of the network chart), and
 * the hover classes of the drawn columns.
 */
import type { BaseType, Selection } from 'd3';
import type { Block } from '../../engine/model';
import { NO_INPUT } from '../../engine/text';
import type { Trace } from '../../engine/trace';
import { fmt } from '../../format';
import { divergingColor, divergingInk } from '../colors';
import { markExplain } from '../explainAttr';
import { arrowPath, paintArrows } from './arrows';
import { isDense, type Layout } from './layout';
import { type ColumnState, displayChar, type Part, type Scales } from './state';
import { type G, type Hover, type NetworkLabels, RIGHT, UNREACHED_FILL, WRONG } from './types';

/** Writes column t's values, classes and arrows for state s. */
export function paintColumn(
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
    // the unit's number opens its explanation card (hover shows it, click keeps it) instead of a title
    (this.lastChild as SVGTitleElement).textContent = '';
    markExplain(this, trace.model, unitsOn ? { kind: 'h', t, j: d.j } : null, fmt(x, 3));
  });
  if (c && !isDense(L)) {
    const cOn = !s || s.c;
    box
      .select('.net-cstrip')
      .classed('emph', emph('c'))
      .classed('dim', !cOn)
      .selectAll<SVGRectElement, number>('rect')
      .attr('fill', (j) => (cOn ? divergingColor(c[j], sc.vMax) : UNREACHED_FILL))
      .each(function (j) {
        markExplain(this, trace.model, cOn ? { kind: 'c', t, j } : null, fmt(c[j], 3), false);
      });
  }
  if (!f || !s) return;
  g.classed('no-input', f.input === null).classed('no-target', f.target === null);
  box
    .selectAll<SVGGElement, Block>('g.net-chip')
    .classed('dim', (_, k) => !s.chips[k])
    .classed('emph', (b) => emph(`chip:${b}`));
  paintTop(g, trace, f, s, labels);
  if (isDense(L)) g.select('.net-scores').classed('dim', !s.scores).classed('emph', emph('scores'));
  else paintScores(g, L, trace.model, f, sc, s, emph('scores'));
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
    .select<SVGTextElement>('.net-loss')
    .text(s.loss ? (f.target === null ? '—' : fmt(f.loss, 3)) : '·')
    .classed('dim', !s.loss)
    .classed('emph-text', s.emph.includes('loss'))
    .each(function () {
      const on = s.loss && f.target !== null;
      markExplain(this, trace.model, on ? { kind: 'loss', t: f.t } : null, fmt(f.loss, 3));
    });
}

function paintScores(
  g: G,
  L: Layout,
  model: Trace['model'],
  f: Trace['forward'][number],
  sc: Scales,
  s: ColumnState,
  emph: boolean,
): void {
  const vocab = model.vocab;
  const half = L.barsH / 2 - 1;
  const on = s.scores;
  const grp = g.select('.net-scores').classed('dim', !on).classed('emph', emph);
  grp.selectAll<SVGRectElement, number>('rect.net-bar').each(function (v) {
    const size = on ? Math.max(1, (Math.abs(f.y[v]) / sc.yMax) * half) : 0;
    this.setAttribute('y', String(on && f.y[v] > 0 ? L.y.barsMid - size : L.y.barsMid));
    this.setAttribute('height', String(size));
    this.classList.toggle('argmax', on && v === f.argmax);
    // the bar's score opens its explanation card (hover shows it, click keeps it) instead of a title
    (this.firstChild as SVGTitleElement).textContent = '';
    markExplain(this, model, on ? { kind: 'y', t: f.t, k: v } : null, fmt(f.y[v], 3), false);
  });
  grp
    .selectAll<SVGTextElement, number>('text.net-vchar')
    .text((v) => displayChar(vocab[v]))
    .classed('argmax', (v) => on && v === f.argmax);
}

/** Marks the hovered column and (SVG units, not dense) the hovered unit's rows with the class hovered. */
export function hoverClasses(
  cols: Selection<SVGGElement, unknown, BaseType, unknown>,
  L: Layout | null,
  h: Hover | null,
): void {
  if (!L || isDense(L)) {
    cols.selectAll<SVGGElement, number>('g.net-col').classed('hovered', (t) => h !== null && h.t === t);
    return;
  }
  cols
    .selectAll<SVGGElement, { t: number; j: number }>('g.net-unit')
    .classed('hovered', (d) => h !== null && h.unit === d.j + 1);
  cols.selectAll<SVGGElement, number>('g.net-col').classed('hovered', (t) => h !== null && h.t === t);
}
