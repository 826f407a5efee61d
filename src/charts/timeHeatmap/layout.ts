/** The time heatmap's geometry (pure): cell sizes, margins, band positions, ticks and the cell under a point. */
import { thinSteps } from '../svg';

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
