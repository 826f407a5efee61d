/**
 * The lesson's moments and the cursor over them (pure functions).
 * One pass over T steps: forward t = 1..T in one sub-step per equation of the cell, the total loss,
 * backward t = T..1 in four sub-steps, then the update. After the update the next pass begins.
 */
import type { CellType } from '../engine/model';

export type ForwardSub = 'x' | 'a' | 'h' | 'f' | 'i' | 'o' | 'g' | 'c' | 'z' | 'r' | 'y' | 'p' | 'loss';
export type BackwardSub = 'dy' | 'dh' | 'dact' | 'dW';

export type Moment =
  | { phase: 'forward'; t: number; sub: ForwardSub }
  | { phase: 'total' }
  | { phase: 'backward'; t: number; sub: BackwardSub }
  | { phase: 'update' };

/** The part of the lesson a moment is in. */
export type Phase = Moment['phase'];

/** Forward sub-steps, one per equation: rnn x → a → h → y → p → loss; lstm f i o g c h …; gru z r g h …. */
export const FORWARD_SUBS: Record<CellType, readonly ForwardSub[]> = {
  rnn: ['x', 'a', 'h', 'y', 'p', 'loss'],
  lstm: ['f', 'i', 'o', 'g', 'c', 'h', 'y', 'p', 'loss'],
  gru: ['z', 'r', 'g', 'h', 'y', 'p', 'loss'],
};
export const BACKWARD_SUBS: readonly BackwardSub[] = ['dy', 'dh', 'dact', 'dW'];

/** Number of moments in one pass. */
export function momentCount(cell: CellType, T: number): number {
  return T * FORWARD_SUBS[cell].length + 1 + T * BACKWARD_SUBS.length + 1;
}

/** The moment at index k (0-based) of a pass; k is clamped into range. */
export function momentAt(cell: CellType, T: number, k: number): Moment {
  const nf = FORWARD_SUBS[cell].length;
  const nb = BACKWARD_SUBS.length;
  const i = Math.max(0, Math.min(momentCount(cell, T) - 1, Math.floor(k)));
  if (i < T * nf) return { phase: 'forward', t: Math.floor(i / nf) + 1, sub: FORWARD_SUBS[cell][i % nf] };
  if (i === T * nf) return { phase: 'total' };
  const j = i - T * nf - 1;
  if (j < T * nb) return { phase: 'backward', t: T - Math.floor(j / nb), sub: BACKWARD_SUBS[j % nb] };
  return { phase: 'update' };
}

/** Index of a moment within its pass (inverse of momentAt); −1 if the moment does not exist for this cell. */
export function indexOf(cell: CellType, T: number, m: Moment): number {
  const nf = FORWARD_SUBS[cell].length;
  const nb = BACKWARD_SUBS.length;
  switch (m.phase) {
    case 'forward': {
      const s = FORWARD_SUBS[cell].indexOf(m.sub);
      return s < 0 || m.t < 1 || m.t > T ? -1 : (m.t - 1) * nf + s;
    }
    case 'total':
      return T * nf;
    case 'backward': {
      const s = BACKWARD_SUBS.indexOf(m.sub);
      return s < 0 || m.t < 1 || m.t > T ? -1 : T * nf + 1 + (T - m.t) * nb + s;
    }
    case 'update':
      return momentCount(cell, T) - 1;
  }
}

/** A position: which pass (number of updates applied before it) and which moment of that pass. */
export interface Cursor {
  pass: number;
  index: number;
}

/** One moment forward; past the update the next pass begins at its first moment. */
export function next(c: Cursor, cell: CellType, T: number): Cursor {
  if (c.index < momentCount(cell, T) - 1) return { pass: c.pass, index: c.index + 1 };
  return { pass: c.pass + 1, index: 0 };
}

/** One moment back; from a pass's first moment back to the previous pass's update. Stays at the very start. */
export function prev(c: Cursor, cell: CellType, T: number): Cursor {
  if (c.index > 0) return { pass: c.pass, index: c.index - 1 };
  if (c.pass > 0) return { pass: c.pass - 1, index: momentCount(cell, T) - 1 };
  return c;
}

/** First moment of the current pass, or of the previous pass when already there ("Go to start"). */
export function toStart(c: Cursor): Cursor {
  return { pass: c.pass, index: 0 };
}

/** Last moment (the update) of the current pass ("Go to end"). */
export function toEnd(c: Cursor, cell: CellType, T: number): Cursor {
  return { pass: c.pass, index: momentCount(cell, T) - 1 };
}

/** Whether the forward computation of step t / sub-step has been reached at moment m (for dimming). */
export function forwardReached(
  cell: CellType,
  T: number,
  m: Moment,
  t: number,
  sub: ForwardSub = 'loss',
): boolean {
  if (m.phase !== 'forward') return true;
  return indexOf(cell, T, m) >= indexOf(cell, T, { phase: 'forward', t, sub });
}

/** Whether the backward step t (sub-step) has been reached at moment m. */
export function backwardReached(
  cell: CellType,
  T: number,
  m: Moment,
  t: number,
  sub: BackwardSub = 'dy',
): boolean {
  if (m.phase === 'forward' || m.phase === 'total') return false;
  if (m.phase === 'update') return true;
  return indexOf(cell, T, m) >= indexOf(cell, T, { phase: 'backward', t, sub });
}

/**
 * The same place in another cell or sequence length: same phase and t (clamped to T); a forward
 * sub-step the new cell lacks maps to its first gate (x, a, gates) or to h_t (c_t).
 */
export function translateMoment(m: Moment, cell: CellType, T: number): Moment {
  if (m.phase === 'total' || m.phase === 'update') return m;
  const t = Math.min(m.t, T);
  if (m.phase === 'backward') return { ...m, t };
  const subs = FORWARD_SUBS[cell];
  const sub = subs.includes(m.sub) ? m.sub : m.sub === 'c' ? 'h' : subs[0];
  return { phase: 'forward', t, sub };
}
