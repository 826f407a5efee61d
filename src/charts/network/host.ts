/**
 * What the network chart reads from its host page (font, width and colours) and the pointer events it
 * hears: one set of listeners for the whole chart, since thousands of units would each need their own.
 */
import { type Selection, select } from 'd3';
import { type CanvasStyle, denseHit } from '../networkCanvas';
import { tooltip } from './labels';
import { isDense, type Layout } from './layout';
import type { NetworkOptions, NetworkView } from './types';

export interface HostEnv {
  font: number;
  rootW: number;
  style: CanvasStyle;
  /** Presenter mode (CSS `--net-compact: 1`): less air between the rows, a shorter legend. */
  compact: boolean;
}

/** Font, colours and compactness of el and the width of root (reading them forces a layout). */
export function readHost(el: HTMLElement, root: HTMLElement): HostEnv {
  const cs = getComputedStyle(el);
  const font = Math.max(14, Number.parseFloat(cs.fontSize) || 14);
  const prop = (name: string, fallback: string) => cs.getPropertyValue(name).trim() || fallback;
  const style = {
    ink: prop('--ink', '#1d1d1f'),
    focus: prop('--focus', '#ffbf00'),
    dim: Number.parseFloat(prop('--dim', '0.28')) || 0.28,
  };
  const compact = prop('--net-compact', '0') === '1';
  return { font, rootW: root.clientWidth, style, compact };
}

/** Hover (a unit, reported once per change) and click (a column) on the chart's SVG. */
export function listenColumns(
  svg: Selection<SVGSVGElement, unknown, null, undefined>,
  opts: NetworkOptions,
  current: () => { L: Layout | null; view: NetworkView | null },
): void {
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
    const { L } = current();
    if (L && !isDense(L)) emitHover(unitAt(e));
  });
  // dense: what is under the pointer comes from its position; its tooltip goes on the hit rect
  svg.on('mousemove', (e: MouseEvent) => {
    const { L, view } = current();
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
    if ((e.target as Element | null)?.closest?.('[data-explain]')) return; // it opens the number's card
    const col = (e.target as Element | null)?.closest?.('g.net-col');
    const t = col ? Number(col.getAttribute('data-t')) : 0;
    if (t > 0) opts.onSelect(t);
  });
}
