/** The step-lines chart's public types: series, y axis, view, options and the chart handle. */

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';

export interface StepSeries {
  key: string;
  label: string;
  color: string;
  dash?: string;
  marker: MarkerShape;
  /** Value at step t in index t − 1; NaN is not drawn (a gap, or a step not reached yet). */
  values: ArrayLike<number>;
  /** Extra data-* attributes of the line (e.g. { cell: 'rnn' }). */
  data?: Record<string, string>;
  strokeWidth?: number;
}

export type YAxis = { kind: 'log' } | { kind: 'linear'; lo: number; hi: number; ticks: number[] };

export interface StepLinesView {
  steps: number;
  series: StepSeries[];
  y: YAxis;
  cursorT: number | null;
  xTitle: string;
  yTitle: string;
  ariaLabel: string;
  /** Note shown under the chart when some point is drawn at the floor ({floor} → "10⁻⁷⁰"). */
  floorNote?: (floor: string) => string;
  /** A labelled vertical rule (e.g. the last target step T*). */
  mark?: { t: number; label: string } | null;
  tipTitle: (t: number) => string;
  formatValue: (v: number) => string;
}

export interface StepLinesOptions {
  /** Plot height in px at the 17 px base font. */
  height: number;
  onHover?: (t: number | null) => void;
  onStep?: (t: number) => void;
}

export interface StepLinesChart {
  update(view: StepLinesView): void;
  setHover(h: { unit: number | null; t: number | null } | null): void;
  destroy(): void;
}
