/**
 * Heatmap of units × timesteps in one or more stacked bands (h_t and c_t; or one band per gate), all on
 * one time axis. Cells on a canvas (one image pixel per cell, scaled without smoothing); an SVG overlay
 * for the axes, labels, legends, the blank (not yet reached) steps, the cursor column and the linked
 * hover highlight; an HTML tooltip with the exact value.
 *
 * The parts live in timeHeatmap/: types, cells (colours and pixels, pure), layout (pure), paint (the
 * canvas) and overlay (the SVG).
 */
import { chartTip, legendInto, listenPointer, observeWidth, svgEl } from './svg';
import { cellAt, type TimeLayout, timeLayout } from './timeHeatmap/layout';
import { createOverlay, drawAxes, drawBlankAndValues, drawCursor, drawHover } from './timeHeatmap/overlay';
import { createBandPainter } from './timeHeatmap/paint';
import type { StepHover, TimeHeatmapChart, TimeHeatmapOptions, TimeHeatmapView } from './timeHeatmap/types';

export { type BandScale, type LegendSpec, legendInto, legendNumber, svgEl, thinSteps } from './svg';
export {
  bandPixels,
  colorLut,
  niceMaxAbs,
  scalePosition,
  shortValue,
  unitsBySteps,
} from './timeHeatmap/cells';
export { cellAt, type TimeLayout, type TimeLayoutInput, timeLayout } from './timeHeatmap/layout';
export type {
  StepHover,
  TimeBand,
  TimeHeatmapChart,
  TimeHeatmapOptions,
  TimeHeatmapView,
} from './timeHeatmap/types';

export function createTimeHeatmap(el: HTMLElement, opts: TimeHeatmapOptions): TimeHeatmapChart {
  const legendSvg = svgEl(null, 'svg', { class: 'th-legends', 'aria-hidden': 'true' });
  const box = document.createElement('div');
  box.className = 'th-box';
  const canvas = document.createElement('canvas');
  canvas.className = 'th-canvas';
  canvas.setAttribute('aria-hidden', 'true');
  const o = createOverlay();
  const { svg, gAxes, gHover } = o;
  const tip = chartTip();
  box.append(canvas, svg, tip);
  el.append(legendSvg, box);

  let view: TimeHeatmapView | null = null;
  let L: TimeLayout | null = null;
  let width = el.clientWidth;
  let hover: StepHover | null = null;
  const bands = createBandPainter(canvas);
  // the labels' size, read with the layout (a shape or width change), not on every update: a style read
  // after the step's DOM writes would make the browser recompute every changed style at once
  let font = 14;

  const relayout = (v: TimeHeatmapView) => {
    const base = Number.parseFloat(getComputedStyle(el).fontSize) || 17;
    font = Math.max(14, Math.round(base * 0.85));
    const l = timeLayout({
      units: v.units,
      steps: v.steps,
      bands: v.bands.length,
      width: width || 600,
      font,
      maxBandHeight: opts.maxBandHeight * (base / 17),
      maxCellHeight: (opts.maxCellHeight ?? 34) * (base / 17),
      maxCellWidth: 64 * (base / 17),
      labelChars: Math.max(1, ...v.bands.map((b) => b.label.length)),
    });
    L = l;
    box.style.width = `${l.width}px`;
    box.style.height = `${l.height}px`;
    svg.setAttribute('width', String(l.width));
    svg.setAttribute('height', String(l.height));
    const gridH = l.bandTops.length ? (l.bandTops.at(-1) as number) + l.bandH - l.top : 0;
    const dpr = globalThis.devicePixelRatio || 1;
    canvas.width = Math.max(1, Math.round(l.gridW * dpr));
    canvas.height = Math.max(1, Math.round(gridH * dpr));
    Object.assign(canvas.style, {
      left: `${l.left}px`,
      top: `${l.top}px`,
      width: `${l.gridW}px`,
      height: `${gridH}px`,
    });
    drawAxes(gAxes, v, l);
    bands.reset();
  };

  const drawLegends = (v: TimeHeatmapView) => {
    legendInto(legendSvg, v.legends, font);
  };

  const drawBands = (v: TimeHeatmapView, l: TimeLayout) => {
    if (bands.paint(v, l)) drawBlankAndValues(o, v, l);
  };

  const redrawHover = () => drawHover(gHover, view, L, hover);

  const onMove = (e: PointerEvent) => {
    const v = view;
    const l = L;
    if (!v || !l) return;
    const rect = svg.getBoundingClientRect();
    const hit = cellAt(l, v.units, v.steps, e.clientX - rect.left, e.clientY - rect.top);
    if (!hit) {
      onLeave();
      return;
    }
    const band = v.bands[hit.band];
    const val = band.data[(hit.unit - 1) * v.steps + hit.t - 1];
    tip.textContent =
      hit.t <= band.reached ? v.tip(band, hit.unit, hit.t, val) : v.tip(band, hit.unit, hit.t, Number.NaN);
    tip.hidden = false;
    const x = l.left + hit.t * l.cellW;
    const right = hit.t - 1 < v.steps / 2;
    tip.style.left = right ? `${x + 6}px` : '';
    tip.style.right = right ? '' : `${l.width - (x - l.cellW) + 6}px`;
    tip.style.top = `${l.bandTops[hit.band] + (hit.unit - 1) * l.cellH + l.cellH + 4}px`;
    if (hover?.unit !== hit.unit || hover?.t !== hit.t) opts.onHover?.({ unit: hit.unit, t: hit.t });
  };
  const onLeave = () => {
    tip.hidden = true;
    if (hover) opts.onHover?.(null);
  };
  const onClick = (e: MouseEvent) => {
    const v = view;
    const l = L;
    if (!v || !l) return;
    const rect = svg.getBoundingClientRect();
    const hit = cellAt(l, v.units, v.steps, e.clientX - rect.left, e.clientY - rect.top);
    if (hit) opts.onStep?.(hit.t);
  };
  const unlisten = listenPointer(svg, { move: onMove, leave: onLeave, click: onClick });

  const ro = observeWidth(
    el,
    () => width,
    (w) => {
      if (!view) return;
      width = w;
      relayout(view);
      drawLegends(view);
      drawBands(view, L as TimeLayout);
      drawCursor(o, view, L as TimeLayout);
      redrawHover();
    },
  );

  return {
    update(next) {
      const prev = view;
      view = next;
      svg.setAttribute('aria-label', next.ariaLabel);
      const shape =
        !prev ||
        !L ||
        prev.units !== next.units ||
        prev.steps !== next.steps ||
        prev.bands.length !== next.bands.length ||
        prev.xTitle !== next.xTitle ||
        prev.yTitle !== next.yTitle ||
        prev.bands.some((b, k) => b.label !== next.bands[k].label);
      if (shape) relayout(next);
      if (!prev || prev.legends !== next.legends) drawLegends(next);
      const l = L as TimeLayout;
      drawBands(next, l);
      if (shape || prev?.cursorT !== next.cursorT) drawCursor(o, next, l);
      if (shape) redrawHover();
    },
    setHover(h) {
      hover = h;
      redrawHover();
      if (!h) tip.hidden = true;
    },
    destroy() {
      ro?.disconnect();
      unlisten();
      legendSvg.remove();
      box.remove();
    },
  };
}
