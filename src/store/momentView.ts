/**
 * The moment view: what the current moment reveals, in one place for every panel. The order of
 * moments and the two reveal rules themselves (forwardReached, backwardReached) are in store/cursor.ts;
 * panels read them through these helpers instead of re-deriving them.
 */
import type { CellType } from '../engine/model';
import { type BackwardSub, backwardReached, type ForwardSub, forwardReached, type Moment } from './cursor';
import type { LessonState } from './index';
import { recent } from './recent';
import { selectMoment } from './selectors';

/** The step the cursor is on (forward or backward), or null at the total loss and the update. */
export function cursorStep(m: Moment): number | null {
  return m.phase === 'forward' || m.phase === 'backward' ? m.t : null;
}

/** How many steps have sub-step `sub` computed at moment m (steps are reached in order; all after forward). */
export function reachedSteps(cell: CellType, T: number, m: Moment, sub: ForwardSub): number {
  if (m.phase !== 'forward') return T;
  return forwardReached(cell, T, m, m.t, sub) ? m.t : m.t - 1;
}

export interface MomentView {
  m: Moment;
  cell: CellType;
  T: number;
  /** The cursor's step, or null at the total and the update. */
  step: number | null;
  /** Whether forward sub-step `sub` of step t is computed (shown) at this moment. */
  shows(t: number, sub: ForwardSub): boolean;
  /** Whether backward sub-step `sub` of step t is done at this moment. */
  backwardDone(t: number, sub: BackwardSub): boolean;
  /** Steps with forward sub-step `sub` computed. */
  reached(sub: ForwardSub): number;
}

const viewOf = recent(
  4,
  (m: Moment, cell: CellType, T: number): MomentView => ({
    m,
    cell,
    T,
    step: cursorStep(m),
    shows: (t, sub) => forwardReached(cell, T, m, t, sub),
    backwardDone: (t, sub) => backwardReached(cell, T, m, t, sub),
    reached: (sub) => reachedSteps(cell, T, m, sub),
  }),
);

/** The moment view of the store's state (the same object while the moment, cell and T stay). */
export function selectMomentView(s: LessonState): MomentView {
  return viewOf(selectMoment(s), s.config.cell, s.seq.inputs.length);
}
