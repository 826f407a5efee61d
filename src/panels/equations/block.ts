/**
 * Which block of equations a moment shows (forward in forward/total, backward, update), which row of
 * it is active, and the numbers substituted into that row.
 */
import type { Activation, CellType } from '../../engine/model';
import type { OptimizerKind } from '../../engine/optim';
import type { Moment } from '../../store/cursor';
import type { Pass } from '../../store/lesson';
import { backwardRows, backwardSubstitution } from './backward';
import { type EqRow, forwardRows, forwardSubstitution, totalSubstitution } from './forward';
import { EMPTY, type Substitution, type TexWords } from './tex';
import { updateRows, updateSubstitution } from './update';

export type BlockKind = 'forward' | 'backward' | 'update';

export function blockOf(m: Moment): BlockKind {
  if (m.phase === 'forward' || m.phase === 'total') return 'forward';
  return m.phase;
}

/** The id of the row the moment is about: its sub-step, 'total' or 'update'. */
export function activeRowId(m: Moment): string {
  if (m.phase === 'forward' || m.phase === 'backward') return m.sub;
  return m.phase;
}

/** The static rows (TeX, no numbers) of one block for a cell, activation and optimiser. */
export function blockRows(
  kind: BlockKind,
  cell: CellType,
  act: Activation,
  opt: OptimizerKind,
  words: TexWords,
): EqRow[] {
  if (kind === 'forward') return forwardRows(cell, act, words);
  if (kind === 'backward') return backwardRows(cell, act, words);
  return updateRows(cell, opt);
}

/** The numbers of the moment, from the current pass (and the next one at the update). */
export function substitution(m: Moment, pass: Pass, next: Pass | null, act: Activation): Substitution {
  const { trace } = pass;
  switch (m.phase) {
    case 'forward':
      return forwardSubstitution(trace, m.t, m.sub, act);
    case 'total':
      return totalSubstitution(trace);
    case 'backward':
      return backwardSubstitution(trace, m.t, m.sub, act);
    case 'update':
      return updateSubstitution({
        trace,
        weights: pass.model.weights,
        next: next ? { weights: next.model.weights, delta: next.delta, optimizer: next.optimizer } : null,
      });
  }
  return EMPTY;
}
