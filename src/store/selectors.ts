/** Module-level selectors over the store (narrow subscriptions). */

import { type Moment, momentAt } from './cursor';
import type { LessonState } from './index';
import type { Pass } from './lesson';

export const selectPass = (s: LessonState): Pass => s.passes[Math.min(s.cursor.pass, s.passes.length - 1)];
export const selectNextPass = (s: LessonState): Pass | null => s.passes[s.cursor.pass + 1] ?? null;
export const selectT = (s: LessonState): number => s.seq.inputs.length;
export const selectCell = (s: LessonState) => s.config.cell;
export const selectVocab = (s: LessonState) => s.seq.vocab;
export const selectLang = (s: LessonState) => s.lang;

/** The current moment; memoised on (cell, T, index) so the object identity is stable. */
let memo: { cell: string; T: number; index: number; m: Moment } | null = null;
export const selectMoment = (s: LessonState): Moment => {
  const T = s.seq.inputs.length;
  if (memo && memo.cell === s.config.cell && memo.T === T && memo.index === s.cursor.index) return memo.m;
  const m = momentAt(s.config.cell, T, s.cursor.index);
  memo = { cell: s.config.cell, T, index: s.cursor.index, m };
  return m;
};
