/** Module-level selectors over the store (narrow subscriptions). */

import { type Moment, momentAt } from './cursor';
import type { LessonState } from './index';
import type { Pass } from './lesson';
import { recent } from './recent';

export const selectPass = (s: LessonState): Pass => s.passes[Math.min(s.cursor.pass, s.passes.length - 1)];
export const selectNextPass = (s: LessonState): Pass | null => s.passes[s.cursor.pass + 1] ?? null;
export const selectT = (s: LessonState): number => s.seq.inputs.length;
export const selectCell = (s: LessonState) => s.config.cell;
export const selectVocab = (s: LessonState) => s.seq.vocab;
export const selectLang = (s: LessonState) => s.lang;

/** The current moment; memoised on (cell, T, index) so the object identity is stable. */
const momentOf = recent(4, (cell: LessonState['config']['cell'], T: number, index: number) =>
  momentAt(cell, T, index),
);
export const selectMoment = (s: LessonState): Moment =>
  momentOf(s.config.cell, s.seq.inputs.length, s.cursor.index);
