/** Generation fed back: dashed arrows from step t's pick into step t + 1's input. */
import type { Selection } from 'd3';
import { forwardReached } from '../../store/cursor';
import { columnX, inputWidth, type Layout } from './layout';
import type { NetworkView } from './types';

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
  const inW = inputWidth(L, V);
  const yTop = L.y.pick - 0.35 * f;
  const yBot = L.y.char - 0.35 * f;
  const xEnd = x1 - inW / 2 - 2;
  const d = `M${(x0 + 0.75 * f).toFixed(1)},${yTop.toFixed(1)}H${xb.toFixed(1)}V${yBot.toFixed(1)}H${(xEnd - 6).toFixed(1)}`;
  const head = `M${xEnd.toFixed(1)},${yBot.toFixed(1)}l-8,-5v10z`;
  return { d, head, label: [xb, L.y.target] };
}

/** Draws the feed-back arrows of a generation (dimmed until step t's output has been computed). */
export function drawFeedback(
  g: Selection<SVGGElement, unknown, null, undefined>,
  L: Layout,
  v: NetworkView,
): void {
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
