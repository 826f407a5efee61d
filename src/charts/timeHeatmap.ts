/**
 * Heatmap of units × timesteps in one or more stacked bands (h_t and c_t; or one band per gate), all on
 * one time axis. Cells on a canvas (one image pixel per cell, scaled without smoothing); an SVG overlay
 * for the axes, labels, legends, the blank (not yet reached) steps, the cursor column and the linked
 * hover highlight; an HTML tooltip with the exact value.
 */
import { color } from 'd3';
import { divergingColor, INVALID_COLOR, inkOn, sequentialColor } from './colors';
import {
  type BandScale,
  chartTip,
  type LegendSpec,
  legendInto,
  listenPointer,
  observeWidth,
  svgEl,
  thinSteps,
} from './svg';

export { type BandScale, type LegendSpec, legendInto, legendNumber, svgEl, thinSteps } from './svg';

export interface TimeBand {
  key: string;
  /** Symbol drawn left of the band, e.g. "h_t". */
  label: string;
  /** Row-major units × steps: data[j · T + (t − 1)]. */
  data: Float64Array;
  scale: BandScale;
  /** Steps 1..reached are drawn; later steps are left blank (hatched). */
  reached: number;
}

export interface TimeHeatmapView {
  units: number;
  steps: number;
  bands: TimeBand[];
  legends: LegendSpec[];
  /** The cursor's step (1-based), outlined across all bands; null for none. */
  cursorT: number | null;
  xTitle: string;
  yTitle: string;
  ariaLabel: string;
  /** Tooltip of a cell (unit and t 1-based). */
  tip: (band: TimeBand, unit: number, t: number, value: number) => string;
}

export interface StepHover {
  unit: number | null;
  t: number | null;
}

export interface TimeHeatmapOptions {
  /** Largest height of one band in px at the 17 px base font (scaled with it). */
  maxBandHeight: number;
  maxCellHeight?: number;
  onHover?: (h: StepHover | null) => void;
  onStep?: (t: number) => void;
}

export interface TimeHeatmapChart {
  update(view: TimeHeatmapView): void;
  /** Linked highlight (transient: no React involved). */
  setHover(h: StepHover | null): void;
  destroy(): void;
}

// ---------------------------------------------------------------- pure transforms (unit-tested)

/** 257 RGB triples of a scale from its low end (index 0) to its high end (index 256). */
export function colorLut(kind: BandScale['kind']): Uint8ClampedArray {
  const out = new Uint8ClampedArray(257 * 3);
  for (let k = 0; k <= 256; k++) {
    const u = k / 256;
    const c = color(kind === 'diverging' ? divergingColor(2 * u - 1, 1) : sequentialColor(u))?.rgb();
    if (c) out.set([Math.round(c.r), Math.round(c.g), Math.round(c.b)], k * 3);
  }
  return out;
}

const LUTS = { diverging: colorLut('diverging'), sequential: colorLut('sequential') };
const invalidRgb = (() => {
  const c = color(INVALID_COLOR)?.rgb();
  return c ? [c.r, c.g, c.b] : [140, 140, 140];
})();

/** Position 0..1 of v on a band's scale (clamped), or NaN for a value that is not finite. */
export function scalePosition(v: number, s: BandScale): number {
  if (!Number.isFinite(v)) return Number.NaN;
  const u =
    s.kind === 'diverging' ? (s.maxAbs > 0 ? (v / s.maxAbs + 1) / 2 : 0.5) : (v - s.lo) / (s.hi - s.lo || 1);
  return Math.max(0, Math.min(1, u));
}

/**
 * RGBA pixels (steps wide, units tall) of a band: cells of steps after `reached` are transparent,
 * values that are not finite are grey.
 */
export function bandPixels(
  band: TimeBand,
  units: number,
  steps: number,
  out?: Uint8ClampedArray,
): Uint8ClampedArray {
  const px = out && out.length === units * steps * 4 ? out : new Uint8ClampedArray(units * steps * 4);
  const lut = LUTS[band.scale.kind];
  const reached = Math.max(0, Math.min(steps, band.reached));
  for (let j = 0; j < units; j++) {
    for (let c = 0; c < steps; c++) {
      const o = (j * steps + c) * 4;
      if (c >= reached) {
        px[o + 3] = 0;
        continue;
      }
      const u = scalePosition(band.data[j * steps + c], band.scale);
      if (Number.isNaN(u)) px.set(invalidRgb, o);
      else {
        const k = Math.round(u * 256) * 3;
        px[o] = lut[k];
        px[o + 1] = lut[k + 1];
        px[o + 2] = lut[k + 2];
      }
      px[o + 3] = 255;
    }
  }
  return px;
}

/** Steps-major vectors (one Float64Array of units per step) as a units × steps row-major matrix. */
export function unitsBySteps(vectors: readonly ArrayLike<number>[], units: number): Float64Array {
  const T = vectors.length;
  const m = new Float64Array(units * T);
  for (let c = 0; c < T; c++) for (let j = 0; j < units; j++) m[j * T + c] = vectors[c][j];
  return m;
}

/** A round colour-scale end ≥ max |x| (1, 2 or 5 × 10^k), so legends read cleanly; 1 for all zeros. */
export function niceMaxAbs(data: ArrayLike<number>): number {
  let m = 0;
  for (let k = 0; k < data.length; k++) {
    const a = Math.abs(data[k]);
    if (Number.isFinite(a) && a > m) m = a;
  }
  if (!(m > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(m));
  for (const f of [1, 2, 5, 10]) if (f * p >= m * (1 - 1e-12)) return f * p;
  return 10 * p;
}

export interface TimeLayout {
  font: number;
  left: number;
  top: number;
  cellW: number;
  cellH: number;
  bandH: number;
  bandGap: number;
  gridW: number;
  /** Top of each band (px inside the box). */
  bandTops: number[];
  width: number;
  height: number;
  /** 0-based columns / rows to label. */
  colTicks: number[];
  rowTicks: number[];
  showValues: boolean;
}

export interface TimeLayoutInput {
  units: number;
  steps: number;
  bands: number;
  /** Width available, px. */
  width: number;
  font: number;
  maxBandHeight: number;
  maxCellHeight?: number;
  maxCellWidth?: number;
  /** Longest band label in characters. */
  labelChars?: number;
}

/** Cell sizes (crisp whole pixels when ≥ 3 px, else fractional), margins, band positions and ticks. */
export function timeLayout(p: TimeLayoutInput): TimeLayout {
  const { font } = p;
  const units = Math.max(1, p.units);
  const steps = Math.max(1, p.steps);
  const digits = String(units).length;
  // y title (rotated) · band label · unit numbers
  const left = Math.ceil(font * 1.4 + font * 0.62 * (p.labelChars ?? 3) + font * 0.62 * digits + 12);
  const right = 6;
  const top = 4;
  const avail = Math.max(steps, p.width - left - right);
  const crisp = (x: number) => (x >= 3 ? Math.floor(x) : x);
  const cellW = crisp(Math.min(p.maxCellWidth ?? 64, avail / steps));
  const cellH = crisp(Math.min(p.maxCellHeight ?? 34, p.maxBandHeight / units));
  const bandH = cellH * units;
  const bandGap = Math.round(font * 0.6);
  const bandTops = Array.from({ length: p.bands }, (_, b) => top + b * (bandH + bandGap));
  const gridBottom = top + p.bands * bandH + Math.max(0, p.bands - 1) * bandGap;
  const gridW = cellW * steps;
  return {
    font,
    left,
    top,
    cellW,
    cellH,
    bandH,
    bandGap,
    gridW,
    bandTops,
    width: left + gridW + right,
    height: gridBottom + font * 2.6 + 6,
    colTicks: thinSteps(steps, cellW, font * 2.4),
    rowTicks: thinSteps(units, cellH, font * 1.15),
    showValues: units <= 8 && cellW >= font * 3 && cellH >= font * 1.35,
  };
}

/** The band, unit (1-based) and step (1-based) under a point of the box, or null. */
export function cellAt(L: TimeLayout, units: number, steps: number, x: number, y: number) {
  const c = Math.floor((x - L.left) / L.cellW);
  if (c < 0 || c >= steps) return null;
  for (let b = 0; b < L.bandTops.length; b++) {
    const r = Math.floor((y - L.bandTops[b]) / L.cellH);
    if (r >= 0 && r < units) return { band: b, unit: r + 1, t: c + 1 };
  }
  return null;
}

/** Cell value text: two decimals with a real minus sign. */
export function shortValue(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const s = v.toFixed(2);
  return (Number(s) === 0 ? '0.00' : s).replace('-', '−');
}

// ---------------------------------------------------------------- the chart

export function createTimeHeatmap(el: HTMLElement, opts: TimeHeatmapOptions): TimeHeatmapChart {
  const legendSvg = svgEl(null, 'svg', { class: 'th-legends', 'aria-hidden': 'true' });
  const box = document.createElement('div');
  box.className = 'th-box';
  const canvas = document.createElement('canvas');
  canvas.className = 'th-canvas';
  canvas.setAttribute('aria-hidden', 'true');
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
  const tip = chartTip();
  box.append(canvas, svg, tip);
  el.append(legendSvg, box);

  let view: TimeHeatmapView | null = null;
  let L: TimeLayout | null = null;
  let width = el.clientWidth;
  let hover: StepHover | null = null;
  const images: ImageData[] = [];
  const off = document.createElement('canvas');
  const offCtx = off.getContext('2d');
  const drawn: { data: Float64Array; reached: number; scale: BandScale }[] = [];

  const relayout = (v: TimeHeatmapView) => {
    const base = Number.parseFloat(getComputedStyle(el).fontSize) || 17;
    const font = Math.max(14, Math.round(base * 0.85));
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
    drawAxes(v, l);
    drawn.length = 0;
  };

  const drawAxes = (v: TimeHeatmapView, l: TimeLayout) => {
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
  };

  const drawLegends = (v: TimeHeatmapView) => {
    legendInto(
      legendSvg,
      v.legends,
      Math.max(14, Math.round((Number.parseFloat(getComputedStyle(el).fontSize) || 17) * 0.85)),
    );
  };

  const drawBands = (v: TimeHeatmapView, l: TimeLayout) => {
    const ctx = canvas.getContext('2d');
    const dpr = canvas.width / Math.max(1e-9, l.gridW);
    let changed = false;
    v.bands.forEach((band, b) => {
      const d = drawn[b];
      if (d && d.data === band.data && d.reached === band.reached && sameScale(d.scale, band.scale)) return;
      drawn[b] = { data: band.data, reached: band.reached, scale: band.scale };
      changed = true;
      if (!ctx) return;
      // one image pixel per cell in a reused off-screen canvas, scaled up without smoothing
      let img = images[b];
      if (!img || img.width !== v.steps || img.height !== v.units) {
        img = new ImageData(v.steps, v.units);
        images[b] = img;
      }
      bandPixels(band, v.units, v.steps, img.data);
      off.width = v.steps;
      off.height = v.units;
      offCtx?.putImageData(img, 0, 0);
      const y = (l.bandTops[b] - l.top) * dpr;
      ctx.imageSmoothingEnabled = false;
      ctx.clearRect(0, y, canvas.width, l.bandH * dpr);
      ctx.drawImage(off, 0, y, l.gridW * dpr, l.bandH * dpr);
      if (l.cellW >= 6 && l.cellH >= 6) {
        ctx.fillStyle = 'rgba(255,255,255,0.9)';
        for (let c = 1; c < Math.min(v.steps, band.reached); c++)
          ctx.fillRect(Math.round(c * l.cellW * dpr) - dpr / 2, y, dpr, l.bandH * dpr);
        for (let r = 1; r < v.units; r++)
          ctx.fillRect(
            0,
            y + Math.round(r * l.cellH * dpr) - dpr / 2,
            Math.min(v.steps, band.reached) * l.cellW * dpr,
            dpr,
          );
      }
    });
    if (changed) drawBlankAndValues(v, l);
  };

  const drawBlankAndValues = (v: TimeHeatmapView, l: TimeLayout) => {
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
  };

  const drawCursor = (v: TimeHeatmapView, l: TimeLayout) => {
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
  };

  const drawHover = () => {
    gHover.replaceChildren();
    const v = view;
    const l = L;
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
  };

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
      drawBands(view, L as TimeLayout);
      drawCursor(view, L as TimeLayout);
      drawHover();
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
      if (shape || prev?.cursorT !== next.cursorT) drawCursor(next, l);
      if (shape) drawHover();
    },
    setHover(h) {
      hover = h;
      drawHover();
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

function sameScale(a: BandScale, b: BandScale): boolean {
  if (a.kind === 'diverging' && b.kind === 'diverging') return a.maxAbs === b.maxAbs;
  if (a.kind === 'sequential' && b.kind === 'sequential') return a.lo === b.lo && a.hi === b.hi;
  return false;
}
