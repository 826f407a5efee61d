/** The step-lines chart's guides: frame, grid and tick labels, axis titles, the marked step and the legend. */
import { svgEl } from '../svg';
import { markerPath, type StepFrame, stepX } from './frame';
import type { StepLinesView, StepSeries } from './types';

/** Frame, grid lines and tick labels, the axis titles and the marked step (replacing earlier ones). */
export function drawAxes(
  gAxes: SVGGElement,
  v: StepLinesView,
  f: StepFrame,
  y: (v: number) => number,
  ticks: { v: number; label: string }[],
  font: number,
): void {
  gAxes.replaceChildren();
  const bottom = f.top + f.plotH;
  svgEl(gAxes, 'rect', { class: 'sl-frame', x: f.left, y: f.top, width: f.plotW, height: f.plotH });
  for (const tk of ticks) {
    const yy = y(tk.v);
    svgEl(gAxes, 'line', {
      class: tk.v === 0 ? 'sl-zero' : 'sl-grid',
      x1: f.left,
      x2: f.left + f.plotW,
      y1: yy,
      y2: yy,
    });
    svgEl(gAxes, 'text', {
      x: f.left - 5,
      y: yy,
      'text-anchor': 'end',
      'dominant-baseline': 'central',
      'font-size': font,
    }).textContent = tk.label;
  }
  const every = [1, 2, 5, 10, 20, 25, 50, 100].find((s) => s * f.colW >= font * 2.4) ?? 100;
  for (let t = 1; t <= v.steps; t++) {
    if (!(t === 1 || t % every === 0)) continue;
    if (t === 1 && every > 1 && (every - 1) * f.colW < font * 2) continue;
    svgEl(gAxes, 'text', {
      x: stepX(f, t),
      y: bottom + font + 2,
      'text-anchor': 'middle',
      'font-size': font,
    }).textContent = String(t);
  }
  svgEl(gAxes, 'text', {
    class: 'axis-title',
    x: f.left + f.plotW / 2,
    y: bottom + 2 * font + 6,
    'text-anchor': 'middle',
    'font-size': font,
  }).textContent = v.xTitle;
  svgEl(gAxes, 'text', {
    class: 'axis-title',
    transform: `translate(${font * 0.9},${f.top + f.plotH / 2}) rotate(-90)`,
    'text-anchor': 'middle',
    'font-size': font,
  }).textContent = v.yTitle;
  if (v.mark && v.mark.t >= 1 && v.mark.t <= v.steps) {
    const x = stepX(f, v.mark.t);
    svgEl(gAxes, 'line', { class: 'sl-mark', x1: x, x2: x, y1: f.top, y2: bottom });
    svgEl(gAxes, 'text', {
      class: 'sl-mark-label',
      x: x - 4,
      y: bottom - 5,
      'text-anchor': 'end',
      'font-size': font,
    }).textContent = v.mark.label;
  }
}

/** The legend list: each series' line with its marker, and its label (replacing earlier items). */
export function drawLegendItems(legend: HTMLUListElement, series: readonly StepSeries[]): void {
  legend.replaceChildren();
  for (const s of series) {
    const li = document.createElement('li');
    li.dataset.series = s.key;
    const sw = svgEl(li, 'svg', { width: 34, height: 14, 'aria-hidden': 'true' });
    const line = svgEl(sw, 'line', { x1: 1, x2: 33, y1: 7, y2: 7, stroke: s.color, 'stroke-width': 2.5 });
    if (s.dash) line.setAttribute('stroke-dasharray', s.dash);
    svgEl(sw, 'path', { d: markerPath(s.marker, 17, 7, 4), fill: s.color });
    li.append(sw, document.createTextNode(s.label));
    legend.append(li);
  }
}
