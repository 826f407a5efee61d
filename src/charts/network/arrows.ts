/** The h_{t−1} → h_t and c_{t−1} → c_t arrows: filled paths whose width shows ‖dh‖ in the backward phase. */
import { fmt } from '../../format';
import type { Layout } from './layout';
import type { ColumnState, Scales } from './state';
import type { G } from './types';

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

export function paintArrows(G: G, L: Layout, sc: Scales, s: ColumnState, t: number, emph: boolean): void {
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
