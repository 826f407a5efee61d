/** The network chart's public types (view, labels, callbacks) and the constants its parts share. */
import type { BaseType, Selection } from 'd3';
import type { CellType } from '../../engine/model';
import type { Trace } from '../../engine/trace';
import type { Moment } from '../../store/cursor';

export interface NetworkLabels {
  aria: string;
  input: string;
  target: string;
  pick: string;
  noTarget: string;
  legend: string;
  right: string;
  wrong: string;
  backKey: string;
  /** The same, short, for presenter mode's narrow box. */
  backKeyShort: string;
}

export interface Hover {
  unit: number | null;
  t: number | null;
}

export interface NetworkView {
  trace: Trace;
  moment: Moment;
  cell: CellType;
  T: number;
  vocab: string[];
  hover: Hover | null;
  labels: NetworkLabels;
  /** Generation fed back: dashed arrows from step t's output into step t + 1's input (optional). */
  feedback?: NetworkFeedback | null;
}

/** p[t − 1]: the probability the character fed from step t into step t + 1 was drawn with (null: none). */
export interface NetworkFeedback {
  p: readonly (number | null)[];
  /** Tooltip of an arrow, given its probability as text. */
  title: (p: string) => string;
}

export interface NetworkOptions {
  onHover(h: Hover | null): void;
  /** A click on column t (1-based). */
  onSelect(t: number): void;
}

export interface NetworkChart {
  update(view: NetworkView): void;
  setHover(h: Hover | null): void;
  destroy(): void;
}

export type G = Selection<SVGGElement, number, BaseType, unknown>;

export const UNREACHED_FILL = '#ececef';
export const RIGHT = '#2166ac';
export const WRONG = '#b35806';
