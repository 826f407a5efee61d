/** Checks a stop's hash without applying it: malformed keys, a text that cannot be shown, its size. */
import { parseHash } from '../store/config';
import { momentCount } from '../store/cursor';
import { labFromParams } from '../store/labSlice';
import { buildSequence, isError, type LessonError } from '../store/lesson';

const VIEW_NAMES = ['lesson', 'lab'];

export interface HashCheck {
  /** Keys present but malformed (as the link reader would report them). */
  invalid: string[];
  /** Why the state's text cannot be shown (e.g. a character outside the vocabulary), or null. */
  error: LessonError | null;
  /** Steps T and moments per pass of the state (0 when the text cannot be shown). */
  T: number;
  moments: number;
  hidden: number;
}

export function checkStopHash(hash: string): HashCheck {
  const { config, invalid } = parseHash(hash);
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const view = params.get('view');
  if (view !== null && !VIEW_NAMES.includes(view)) invalid.push('view');
  invalid.push(...labFromParams(params).invalid);
  const seq = buildSequence(config, null);
  if (isError(seq)) return { invalid, error: seq, T: 0, moments: 0, hidden: config.hidden };
  const T = seq.inputs.length;
  return { invalid, error: null, T, moments: momentCount(config.cell, T), hidden: config.hidden };
}
