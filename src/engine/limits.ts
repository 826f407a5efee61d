/**
 * The sizes the app keeps, one limit each for every way in (settings, links, model files, the CLI,
 * a restored session): the messages state the limit.
 */
export const HIDDEN_MIN = 1;
/** Hidden units: a pass of an LSTM of 64 units over 200 steps is the largest the lesson keeps responsive. */
export const HIDDEN_MAX = 64;
/** Distinct characters of a vocabulary. */
export const VOCAB_MAX = 256;

/** Why a hidden size (a positive integer) is too large (naming the limit), or null. */
export function hiddenSizeProblem(H: number): string | null {
  if (H > HIDDEN_MAX)
    return `hiddenSize ${H} is above the limit of ${HIDDEN_MAX} hidden units (one limit for model files, links and settings)`;
  return null;
}

/** Why a vocabulary size cannot be used (naming the limit), or null. */
export function vocabSizeProblem(V: number): string | null {
  return V > VOCAB_MAX
    ? `the vocabulary has ${V} distinct characters, above the limit of ${VOCAB_MAX}`
    : null;
}
