/** The time heatmap's public types: its bands, the view, the linked hover, the options and the chart handle. */
import type { BandScale, LegendSpec } from '../svg';

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
