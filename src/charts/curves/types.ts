/** The curves chart's public types: series, bands, dots, shades, rules, plots, lanes, the view and options. */
export type Point = [number, number];

export interface CurveSeries {
  id: string;
  color: string;
  /** SVG stroke-dasharray, e.g. "6 3". */
  dash?: string;
  width?: number;
  /** Points in x order; a NaN y breaks the line. */
  points: readonly Point[];
}

export interface Band {
  id: string;
  color: string;
  /** [x, lo, hi] triples. */
  points: readonly [number, number, number][];
}

export interface Dot {
  x: number;
  y: number;
  color: string;
  r?: number;
  /** Outline only (open circle). */
  hollow?: boolean;
  opacity?: number;
  label?: string;
}

export interface Shade {
  x0: number;
  x1: number;
  color: string;
}

export interface Rule {
  /** Horizontal line at y, or vertical at x. */
  y?: number;
  x?: number;
  label?: string;
  dash?: string;
}

export interface PlotView {
  /** Axis title, drawn above the plot's top-left corner. */
  title: string;
  yDomain: [number, number];
  yLog?: boolean;
  /** Log plots: a row under the axis where values that are exactly 0 are drawn. */
  zeroRow?: boolean;
  height: number;
  series: readonly CurveSeries[];
  bands?: readonly Band[];
  dots?: readonly Dot[];
  shades?: readonly Shade[];
  rules?: readonly Rule[];
}

/** A strip under the x axis marking x intervals of one series (e.g. where it saturates). */
export interface Lane {
  id: string;
  color: string;
  dash?: string;
  intervals: readonly [number, number][];
}

export interface CurvesView {
  /** Accessible name of the SVG (role img). */
  label: string;
  xDomain: [number, number];
  xTitle: string;
  /** Explicit x ticks (e.g. integer layer counts); default: d3's nice ticks. */
  xTicks?: number[];
  plots: readonly PlotView[];
  /** Crosshair position, or null. */
  probeX: number | null;
  /** Strips under the x axis, with a title above them. */
  lanes?: readonly Lane[];
  lanesTitle?: string;
  /** Dots on the crosshair, one list per plot (redrawn alone when only the probe moves). */
  probeDots?: readonly (readonly Dot[])[];
}

export interface CurvesOpts {
  /** Called with the pointer's x (data units) while it is over a plot, and null when it leaves. */
  onProbe?: (x: number | null) => void;
}
