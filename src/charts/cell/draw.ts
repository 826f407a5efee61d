/** Draws a cell picture (nodes.ts) into an SVG: wires, gate boxes, joints and their live values. */
import type { Model } from '../../engine/model';
import { fmt } from '../../format';
import { markExplain } from '../explainAttr';
import { svgEl } from '../svg';
import { type CellNode, type CellPicture, GATE_BOX, OP_R } from './nodes';

export type NodeState = 'pending' | 'lit' | 'current';

export interface CellView {
  picture: CellPicture;
  state: Record<string, NodeState>;
  model: Model;
  /** The accessible name of the picture ("LSTM cell at t = 2"). */
  aria: string;
}

export interface CellChart {
  update(view: CellView): void;
  destroy(): void;
}

const [GATE_W, GATE_H] = GATE_BOX.wide;

function wirePath(a: CellNode, b: CellNode, via: [number, number][] = []): string {
  const pts: [number, number][] = [[a.x, a.y], ...via, [b.x, b.y]];
  return pts.map(([x, y], k) => `${k ? 'L' : 'M'}${x},${y}`).join(' ');
}

/** The value's place: above a gate or joint, over an input or output; inside the box when upright. */
function valuePos(n: CellNode, upright: boolean): { x: number; y: number; anchor: string } {
  if (n.shape === 'in' || n.shape === 'out') return { x: n.x, y: n.y - 26, anchor: 'middle' };
  if (n.shape === 'gate') {
    if (upright) return { x: n.x, y: n.y + 16, anchor: 'middle' };
    return { x: n.x + GATE_W / 2 + 4, y: n.y - GATE_H / 2 - 6, anchor: 'start' };
  }
  return { x: n.x + OP_R + 3, y: n.y - OP_R - 4, anchor: 'start' };
}

export function create(el: HTMLElement): CellChart {
  const svg = svgEl(el, 'svg', { class: 'cell-svg', role: 'img' });
  const title = svgEl(svg, 'title', {});
  let drawnFor = '';
  return {
    update(v) {
      const p = v.picture;
      svg.setAttribute('viewBox', `0 0 ${p.width} ${p.height}`);
      svg.setAttribute('aria-label', v.aria);
      title.textContent = '';
      const key = `${p.cell}|${p.nodes.length}|${p.portrait ? 'up' : 'wide'}`;
      svg.classList.toggle('cell-upright', !!p.portrait);
      if (key !== drawnFor) {
        while (svg.lastChild && svg.lastChild !== title) svg.removeChild(svg.lastChild);
        const byKey = new Map(p.nodes.map((n) => [n.key, n]));
        const gw = svgEl(svg, 'g', { class: 'cell-wires' });
        for (const w of p.wires) {
          const a = byKey.get(w.from) as CellNode;
          const b = byKey.get(w.to) as CellNode;
          svgEl(gw, 'path', { d: wirePath(a, b, w.via), 'data-to': w.to, class: 'cell-wire' });
        }
        const up = !!p.portrait;
        const [gw2, gh2] = up ? GATE_BOX.upright : GATE_BOX.wide;
        for (const n of p.nodes) {
          const g = svgEl(svg, 'g', { class: `cell-node cell-${n.shape}`, 'data-key': n.key });
          if (n.shape === 'gate' && up) {
            svgEl(g, 'rect', { x: n.x - gw2 / 2, y: n.y - gh2 / 2, width: gw2, height: gh2, rx: 8 });
            const head =
              n.key === 'tanhC' || n.key === 'act' ? (n.inner ?? '') : `${n.label} ${n.inner ?? ''}`;
            svgEl(g, 'text', { x: n.x, y: n.y - 16, class: 'cell-inner cell-head' }).textContent = head;
          } else if (n.shape === 'gate') {
            svgEl(g, 'rect', {
              x: n.x - GATE_W / 2,
              y: n.y - GATE_H / 2,
              width: GATE_W,
              height: GATE_H,
              rx: 6,
            });
            svgEl(g, 'text', { x: n.x, y: n.y, class: 'cell-inner' }).textContent = n.inner ?? '';
            if (n.key !== 'tanhC' && n.key !== 'act')
              svgEl(g, 'text', { x: n.x, y: n.y + GATE_H / 2 + 18, class: 'cell-sym' }).textContent = n.label;
          } else if (n.shape === 'op') {
            svgEl(g, 'circle', { cx: n.x, cy: n.y, r: OP_R });
            svgEl(g, 'text', { x: n.x, y: n.y, class: 'cell-inner' }).textContent = n.label;
          } else {
            svgEl(g, 'circle', { cx: n.x, cy: n.y, r: 6 });
            svgEl(g, 'text', { x: n.x, y: n.y + 24, class: 'cell-sym' }).textContent = n.label;
          }
          const pos = valuePos(n, up);
          svgEl(g, 'text', { x: pos.x, y: pos.y, class: 'cell-val', 'text-anchor': pos.anchor });
        }
        drawnFor = key;
      }
      for (const n of p.nodes) {
        const g = svg.querySelector(`g.cell-node[data-key="${n.key}"]`) as SVGGElement;
        const s = v.state[n.key] ?? 'lit';
        g.setAttribute('class', `cell-node cell-${n.shape} is-${s}`);
        const val = g.querySelector('.cell-val') as SVGTextElement;
        val.textContent = s === 'pending' ? '·' : fmt(n.value, 3);
        val.setAttribute('data-value', s === 'pending' ? '' : String(n.value));
        markExplain(g, v.model, s !== 'pending' && n.q ? n.q : null, fmt(n.value, 3), false);
      }
      for (const w of svg.querySelectorAll<SVGPathElement>('path.cell-wire')) {
        const s = v.state[w.getAttribute('data-to') as string] ?? 'lit';
        w.setAttribute('class', `cell-wire is-${s}`);
      }
    },
    destroy() {
      svg.remove();
    },
  };
}
