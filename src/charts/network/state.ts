/**
 * What the network chart shows (pure): visible characters, arrow widths from gradient norms, colour-scale
 * maxima, and per column and moment which parts are computed and which are emphasised.
 */
import { BLOCKS, type Block, type CellType } from '../../engine/model';
import type { Trace } from '../../engine/trace';
import { norm } from '../../format';
import {
  backwardReached,
  FORWARD_SUBS,
  type ForwardSub,
  forwardReached,
  type Moment,
} from '../../store/cursor';

/** A character as drawn: blanks and control characters made visible (␣ space, ↵ newline, ⇥ tab). */
export { charLabel as displayChar } from '../labelText';

/** Stroke widths lo..hi proportional to each norm, scaled by the largest (all lo when every norm is 0). */
export function scaleWidths(norms: readonly number[], lo = 1.5, hi = 10): number[] {
  const max = Math.max(0, ...norms.filter(Number.isFinite));
  return norms.map((n) => (max > 0 && Number.isFinite(n) ? lo + ((hi - lo) * n) / max : lo));
}

/** For t = 1..T (index t − 1): ‖dL/dh_{t−1}‖ that step t passes back along its arrow (dh0 for t = 1). */
export function dhNorms(trace: Trace): number[] {
  return trace.backward.map((b) => norm(b.dhPrev));
}

/** ‖dL/dc_{t−1}‖ passed back along the cell-state arrow by step t (LSTM); zeros for the other cells. */
export function dcNorms(trace: Trace): number[] {
  return trace.backward.map((b) => (b.dcPrev ? norm(b.dcPrev) : 0));
}

/** The colour scale's max |value|: at least 1, and every h_t, h0, c_t and c0 of the trace fits. */
export function valueMax(trace: Trace): number {
  let m = 1;
  const see = (v: ArrayLike<number> | null) => {
    if (v) for (let k = 0; k < v.length; k++) if (Math.abs(v[k]) > m) m = Math.abs(v[k]);
  };
  see(trace.model.h0);
  see(trace.model.c0);
  for (const f of trace.forward) {
    see(f.h);
    see(f.c);
  }
  return m;
}

/** max |y_t[v]| over the pass (1 when all scores are 0). */
export function scoreMax(trace: Trace): number {
  let m = 0;
  for (const f of trace.forward) for (let k = 0; k < f.y.length; k++) m = Math.max(m, Math.abs(f.y[k]));
  return m > 0 && Number.isFinite(m) ? m : 1;
}

export type Part = 'input' | 'box' | 'c' | 'units' | 'scores' | 'pick' | 'loss' | 'back' | `chip:${Block}`;

/** What column t shows at moment m: which parts are computed, which are emphasised, which arrows point back. */
export interface ColumnState {
  current: boolean;
  input: boolean;
  box: boolean;
  chips: boolean[];
  c: boolean;
  units: boolean;
  scores: boolean;
  pick: boolean;
  loss: boolean;
  /** Backward has reached dh_t: the arrow t → t − 1 is drawn reversed with width ‖dh_t‖. */
  back: boolean;
  /** Backward has reached dy_t: the arrow between h_t and y_t points down. */
  down: boolean;
  emph: Part[];
}

const BACK_EMPH: Record<string, (cell: CellType) => Part[]> = {
  dy: () => ['scores'],
  dh: () => ['units'],
  dact: (cell) => (cell === 'rnn' ? ['box'] : BLOCKS[cell].map((b) => `chip:${b}` as Part)),
  dW: () => ['box', 'input', 'back'],
};

function forwardEmph(sub: ForwardSub): Part[] {
  switch (sub) {
    case 'x':
      return ['input'];
    case 'a':
      return ['box'];
    case 'c':
      return ['c'];
    case 'h':
      return ['units'];
    case 'y':
      return ['scores'];
    case 'p':
      return ['pick'];
    case 'loss':
      return ['loss'];
    default:
      return [`chip:${sub as Block}`];
  }
}

export function columnState(cell: CellType, T: number, m: Moment, t: number): ColumnState {
  const first = FORWARD_SUBS[cell][0];
  const reached = (sub: ForwardSub) => forwardReached(cell, T, m, t, sub);
  const current = (m.phase === 'forward' || m.phase === 'backward') && m.t === t;
  let emph: Part[] = [];
  if (current && m.phase === 'forward') emph = forwardEmph(m.sub);
  else if (current && m.phase === 'backward') emph = BACK_EMPH[m.sub](cell);
  else if (m.phase === 'total') emph = ['loss'];
  return {
    current,
    input: reached(first),
    box: reached(cell === 'rnn' ? 'a' : first),
    chips: cell === 'rnn' ? [] : BLOCKS[cell].map((b) => reached(b as ForwardSub)),
    c: cell === 'lstm' && reached('c'),
    units: reached('h'),
    scores: reached('y'),
    pick: reached('p'),
    loss: reached('loss'),
    back: m.phase === 'backward' && backwardReached(cell, T, m, t, 'dW'),
    down: m.phase === 'backward' && backwardReached(cell, T, m, t, 'dy'),
    emph,
  };
}

/** Chart-wide numbers that change only with the trace. */
export interface Scales {
  vMax: number;
  yMax: number;
  dhW: number[];
  dcW: number[];
  dh: number[];
}

export function scalesOf(trace: Trace): Scales {
  const dh = dhNorms(trace);
  return {
    vMax: valueMax(trace),
    yMax: scoreMax(trace),
    dh,
    dhW: scaleWidths(dh),
    dcW: scaleWidths(dcNorms(trace)),
  };
}

export function signature(s: ColumnState, traceId: number): string {
  return `${traceId}|${s.current}|${s.input}${s.box}${s.chips.join()}${s.c}${s.units}${s.scores}${s.pick}${s.loss}${s.back}${s.down}|${s.emph.join()}`;
}
