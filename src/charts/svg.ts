/**
 * Small SVG and DOM helpers shared by the charts: elements, the HTML tooltip, pointer listeners, a width
 * observer, thinned axis steps, side-by-side colour legends and superscript digits.
 */
import { type BaseType, type Selection, select } from 'd3';
import { drawLegend } from './colors';

export type BandScale =
  | { kind: 'diverging'; maxAbs: number }
  | { kind: 'sequential'; lo: number; hi: number };

export interface LegendSpec {
  label: string;
  scale: BandScale;
}

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** Creates an SVG element with attributes, appended to parent when given. */
export function svgEl<K extends keyof SVGElementTagNameMap>(
  parent: Element | null,
  tag: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  parent?.appendChild(e);
  return e;
}

const TICK_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000, 2000, 5000, 10000];

/**
 * 0-based indices to label on an axis of n cells of cellPx each, about minGap px apart: every step-th
 * (1-based labels 5, 10, 15, … for step 5) plus the first when it does not crowd the next.
 */
export function thinSteps(n: number, cellPx: number, minGap: number): number[] {
  if (n <= 0) return [];
  const step = TICK_STEPS.find((s) => s * cellPx >= minGap) ?? Math.ceil(minGap / Math.max(1e-9, cellPx));
  if (step === 1) return Array.from({ length: n }, (_, k) => k);
  const out: number[] = [];
  if ((step - 1) * cellPx >= 0.8 * minGap) out.push(0);
  for (let i = step - 1; i < n; i += step) out.push(i);
  return out;
}

/** Draws legends side by side into an <svg> (replacing earlier ones) and sizes the svg to fit. */
export function legendInto(svg: SVGSVGElement, legends: readonly LegendSpec[], font: number): void {
  svg.replaceChildren();
  let x = 0;
  let h = 0;
  for (const lg of legends) {
    const g = svgEl(svg, 'g', { transform: `translate(${x},2)` });
    const sel = select(g) as unknown as Selection<SVGGElement, unknown, BaseType, unknown>;
    const size = drawLegend(
      sel,
      lg.scale.kind === 'diverging'
        ? {
            kind: 'diverging',
            maxAbs: lg.scale.maxAbs,
            width: font * 7,
            label: lg.label,
            fontSize: font,
            format: legendNumber,
          }
        : {
            kind: 'sequential',
            domain: [lg.scale.lo, lg.scale.hi],
            width: font * 7,
            label: lg.label,
            fontSize: font,
            format: legendNumber,
          },
    );
    x += size.width + font * 1.6;
    h = Math.max(h, size.height);
  }
  svg.setAttribute('width', String(Math.ceil(x)));
  svg.setAttribute('height', String(Math.ceil(h + 4)));
}

/** Legend end values: as short as they can be ("1", "0.5", "−2"), with a real minus sign. */
export function legendNumber(x: number): string {
  return String(Number(x.toPrecision(3))).replace('-', '−');
}

/** The charts' HTML tooltip (class chart-tip), hidden until a point is hovered. */
export function chartTip(): HTMLDivElement {
  const tip = document.createElement('div');
  tip.className = 'chart-tip';
  tip.hidden = true;
  return tip;
}

export interface PointerHandlers {
  move: (e: PointerEvent) => void;
  leave: () => void;
  click: (e: MouseEvent) => void;
}

/** Listens for pointer moves, the pointer leaving and clicks on target; returns the function that stops. */
export function listenPointer(target: Element, h: PointerHandlers): () => void {
  const move = h.move as EventListener;
  target.addEventListener('pointermove', move);
  target.addEventListener('pointerleave', h.leave);
  target.addEventListener('click', h.click as EventListener);
  return () => {
    target.removeEventListener('pointermove', move);
    target.removeEventListener('pointerleave', h.leave);
    target.removeEventListener('click', h.click as EventListener);
  };
}

/**
 * Calls resized(w) when el's width w differs by 1 px or more from width() (null where ResizeObserver is
 * unavailable).
 */
export function observeWidth(
  el: HTMLElement,
  width: () => number,
  resized: (w: number) => void,
): ResizeObserver | null {
  if (typeof ResizeObserver === 'undefined') return null;
  const ro = new ResizeObserver(() => {
    const w = el.clientWidth;
    if (Math.abs(w - width()) < 1) return;
    resized(w);
  });
  ro.observe(el);
  return ro;
}

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** An integer in superscript digits: −3 → "⁻³" (other characters are kept). */
export function superscript(n: number): string {
  return [...String(n)].map((c) => SUPERSCRIPT[c] ?? c).join('');
}
