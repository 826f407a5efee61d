/** Which quantities exist at a moment of the lesson (an open card follows the cursor through these). */
import type { Quantity } from '../../engine/explain';
import type { CellType } from '../../engine/model';
import {
  type BackwardSub,
  backwardReached,
  type ForwardSub,
  forwardReached,
  type Moment,
} from '../../store/cursor';

function forwardSub(q: Quantity): ForwardSub | null {
  switch (q.kind) {
    case 'h':
      return 'h';
    case 'c':
      return 'c';
    case 'pre':
    case 'act':
      return q.block === '' ? (q.kind === 'pre' ? 'a' : 'h') : (q.block as ForwardSub);
    case 'y':
    case 'p':
    case 'loss':
      return q.kind;
    default:
      return null;
  }
}

const BACKWARD_SUB: Partial<Record<Quantity['kind'], BackwardSub>> = {
  dy: 'dy',
  dh: 'dh',
  dhOut: 'dh',
  dhFuture: 'dh',
  dc: 'dact',
  dcFuture: 'dact',
  dact: 'dact',
  deriv: 'dact',
  dpre: 'dact',
};

/**
 * The quantity as the moment shows it, or null while it is not computed yet. A weight gradient is the sum
 * accumulated so far: from step t on once backward has computed step t's dW, from t + 1 before.
 */
export function atMoment(q: Quantity, m: Moment, cell: CellType, T: number): Quantity | null {
  if (q.kind === 'delta') return m.phase === 'update' ? q : null;
  if (q.kind === 'dW') {
    if (m.phase === 'update') return { kind: 'dW', name: q.name, index: q.index };
    if (m.phase !== 'backward') return null;
    return { kind: 'dW', name: q.name, index: q.index, from: m.sub === 'dW' ? m.t : m.t + 1 };
  }
  const fs = forwardSub(q);
  if (fs) {
    if (q.kind !== 'loss' && 'j' in q && q.t === 0) return q;
    return forwardReached(cell, T, m, q.t, fs) ? q : null;
  }
  const bs = BACKWARD_SUB[q.kind] as BackwardSub;
  return backwardReached(cell, T, m, (q as { t: number }).t, bs) ? q : null;
}
