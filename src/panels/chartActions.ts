/** The store actions charts call back (set the shared hover, move the cursor to a step) and the hover link. */
import type { HoverState } from '../charts/hover';
import { useLesson } from '../store';
import { BACKWARD_SUBS, FORWARD_SUBS, indexOf } from '../store/cursor';
import { selectMoment } from '../store/selectors';

/** Shares a hover with every chart and the network panel (null clears it). */
export function setHover(h: HoverState | null): void {
  const cur = useLesson.getState().hover;
  if (cur === h || (cur && h && cur.unit === h.unit && cur.t === h.t)) return;
  useLesson.getState().setHover(h);
}

/**
 * Moves the cursor to step t: in the backward phase to backward step t (its first sub-step),
 * otherwise to the start of forward step t.
 */
export function goToStep(t: number): void {
  const s = useLesson.getState();
  const cell = s.config.cell;
  const T = s.seq.inputs.length;
  if (t < 1 || t > T) return;
  const m = selectMoment(s);
  const index =
    m.phase === 'backward'
      ? indexOf(cell, T, { phase: 'backward', t, sub: BACKWARD_SUBS[0] })
      : indexOf(cell, T, { phase: 'forward', t, sub: FORWARD_SUBS[cell][0] });
  s.goTo({ pass: s.cursor.pass, index });
}

/** Calls apply with the store's hover now and on every change (returns the unsubscribe). */
export function linkHover(apply: (h: HoverState | null) => void): () => void {
  apply(useLesson.getState().hover);
  return useLesson.subscribe((s, prev) => {
    if (s.hover !== prev.hover) apply(s.hover);
  });
}
