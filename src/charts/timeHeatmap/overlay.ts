/**
 * The time heatmap's SVG overlay over the cells: the hatch pattern, axes and labels, the blank (not yet
 * reached) steps, the values, the cursor column and the linked hover.
 */
import { divergingColor, inkOn, sequentialColor } from '../colors';
import { svgEl } from '../svg';
import { scalePosition, shortValue } from './cells';
import type { TimeLayout } from './layout';
import type { StepHover, TimeHeatmapView } from './types';

export interface Overlay {
  svg: SVGSVGElement;
  hatchId: string;
  gAxes: SVGGElement;
  gBlank: SVGGElement;
  gValues: SVGGElement;
  gHover: SVGGElement;
  cursorHalo: SVGRectElement;
  cursorRect: SVGRectElement;
}

/** The overlay's empty parts, in drawing order. */
export function createOverlay(): Overlay {
  const svg = svgEl(null, 'svg', { class: 'th-overlay', role: 'img' });
  const defs = svgEl(svg, 'defs', {});
  const hatchId = `th-hatch-${Math.random().toString(36).slice(2, 8)}`;
  const pat = svgEl(defs, 'pattern', {
    id: hatchId,
    width: 8,
    height: 8,
    patternUnits: 'userSpaceOnUse',
    patternTransform: 'rotate(45)',
  });
  svgEl(pat, 'rect', { width: 8, height: 8, fill: '#fbfaf7' });
  svgEl(pat, 'line', { x1: 0, y1: 0, x2: 0, y2: 8, stroke: '#dedbd3', 'stroke-width': 3 });
  const gAxes = svgEl(svg, 'g', { class: 'th-axes' });
  const gBlank = svgEl(svg, 'g', { class: 'th-blank' });
  const gValues = svgEl(svg, 'g', { class: 'th-values' });
  const gHover = svgEl(svg, 'g', { class: 'th-hover' });
  const cursorHalo = svgEl(svg, 'rect', { class: 'th-cursor-halo', visibility: 'hidden' });
  const cursorRect = svgEl(svg, 'rect', { class: 'th-cursor', visibility: 'hidden' });
  return { svg, hatchId, gAxes, gBlank, gValues, gHover, cursorHalo, cursorRect };
}

/** Frames, band labels, unit and step numbers and the axis titles. */
export function drawAxes(gAxes: SVGGElement, v: TimeHeatmapView, l: TimeLayout): void {
  gAxes.replaceChildren();
  const f = l.font;
  v.bands.forEach((band, b) => {
    const y0 = l.bandTops[b];
    svgEl(gAxes, 'rect', {
      class: 'th-frame',
      x: l.left - 0.5,
      y: y0 - 0.5,
      width: l.gridW + 1,
      height: l.bandH + 1,
    });
    svgEl(gAxes, 'text', {
      class: 'th-band-label',
      x: f * 1.4,
      y: y0 + l.bandH / 2,
      'dominant-baseline': 'central',
      'font-size': f,
    }).textContent = band.label;
    for (const r of l.rowTicks) {
      svgEl(gAxes, 'text', {
        x: l.left - 5,
        y: y0 + (r + 0.5) * l.cellH,
        'text-anchor': 'end',
        'dominant-baseline': 'central',
        'font-size': f,
      }).textContent = String(r + 1);
    }
  });
  const bottom = (l.bandTops.at(-1) ?? l.top) + l.bandH;
  for (const c of l.colTicks) {
    svgEl(gAxes, 'text', {
      x: l.left + (c + 0.5) * l.cellW,
      y: bottom + f + 2,
      'text-anchor': 'middle',
      'font-size': f,
    }).textContent = String(c + 1);
  }
  svgEl(gAxes, 'text', {
    class: 'axis-title',
    x: l.left + l.gridW / 2,
    y: bottom + 2 * f + 6,
    'text-anchor': 'middle',
    'font-size': f,
  }).textContent = v.xTitle;
  const midY = (l.top + bottom) / 2;
  svgEl(gAxes, 'text', {
    class: 'axis-title',
    transform: `translate(${f * 0.9},${midY}) rotate(-90)`,
    'text-anchor': 'middle',
    'font-size': f,
  }).textContent = v.yTitle;
}

/** The hatched steps not reached yet and (large cells) the values printed in the cells. */
export function drawBlankAndValues(
  { gBlank, gValues, hatchId }: Overlay,
  v: TimeHeatmapView,
  l: TimeLayout,
): void {
  gBlank.replaceChildren();
  gValues.replaceChildren();
  v.bands.forEach((band, b) => {
    const reached = Math.max(0, Math.min(v.steps, band.reached));
    if (reached < v.steps) {
      svgEl(gBlank, 'rect', {
        x: l.left + reached * l.cellW,
        y: l.bandTops[b],
        width: (v.steps - reached) * l.cellW,
        height: l.bandH,
        fill: `url(#${hatchId})`,
        'data-band': band.key,
        'data-reached': reached,
      });
    }
    if (!l.showValues) return;
    for (let j = 0; j < v.units; j++) {
      for (let c = 0; c < reached; c++) {
        const x = band.data[j * v.steps + c];
        const u = scalePosition(x, band.scale);
        const fill = band.scale.kind === 'diverging' ? divergingColor(2 * u - 1, 1) : sequentialColor(u);
        svgEl(gValues, 'text', {
          x: l.left + (c + 0.5) * l.cellW,
          y: l.bandTops[b] + (j + 0.5) * l.cellH,
          'text-anchor': 'middle',
          'dominant-baseline': 'central',
          'font-size': l.font,
          fill: Number.isNaN(u) ? '#1d1d1f' : inkOn(fill),
        }).textContent = shortValue(x);
      }
    }
  });
}

/** The outline of the cursor's column across all bands (hidden without a cursor). */
export function drawCursor({ cursorHalo, cursorRect }: Overlay, v: TimeHeatmapView, l: TimeLayout): void {
  const t = v.cursorT;
  if (t === null || t < 1 || t > v.steps) {
    cursorRect.setAttribute('visibility', 'hidden');
    cursorHalo.setAttribute('visibility', 'hidden');
    return;
  }
  const bottom = (l.bandTops.at(-1) ?? l.top) + l.bandH;
  // wide cells: a thick outline on the column with a white halo; narrow cells: a thin outline just
  // outside the column, so the column's own colours stay visible
  const narrow = l.cellW < 14;
  const out = narrow ? 1.5 : 0;
  const attrs = {
    x: l.left + (t - 1) * l.cellW - out,
    y: l.top - 2,
    width: l.cellW + 2 * out,
    height: bottom - l.top + 4,
  };
  for (const r of [cursorHalo, cursorRect]) {
    for (const [k, val] of Object.entries(attrs)) r.setAttribute(k, String(val));
    r.setAttribute('visibility', 'visible');
  }
  cursorRect.setAttribute('stroke-width', narrow ? '2' : '3');
  if (narrow) cursorHalo.setAttribute('visibility', 'hidden');
  cursorRect.setAttribute('data-t', String(t));
}

/** The linked hover: the hovered step's column and the hovered unit's row in every band. */
export function drawHover(
  gHover: SVGGElement,
  v: TimeHeatmapView | null,
  l: TimeLayout | null,
  hover: StepHover | null,
): void {
  gHover.replaceChildren();
  if (!v || !l || !hover) return;
  const bottom = (l.bandTops.at(-1) ?? l.top) + l.bandH;
  if (hover.t !== null && hover.t >= 1 && hover.t <= v.steps) {
    svgEl(gHover, 'rect', {
      class: 'th-hover-col',
      'data-t': hover.t,
      x: l.left + (hover.t - 1) * l.cellW - (l.cellW < 14 ? 1.5 : 0),
      y: l.top,
      width: l.cellW + (l.cellW < 14 ? 3 : 0),
      height: bottom - l.top,
    });
  }
  if (hover.unit !== null && hover.unit >= 1 && hover.unit <= v.units) {
    for (const y0 of l.bandTops) {
      svgEl(gHover, 'rect', {
        class: 'th-hover-row',
        'data-unit': hover.unit,
        x: l.left,
        y: y0 + (hover.unit - 1) * l.cellH - (l.cellH < 14 ? 1.5 : 0),
        width: l.gridW,
        height: l.cellH + (l.cellH < 14 ? 3 : 0),
      });
    }
  }
}
