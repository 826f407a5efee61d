/**
 * A script: an ordered list of stops. A stop is an app state exactly as the link encodes it (the URL
 * hash: config, pass, m, view, lab.*), plus a title, speaker notes, the range of moments a click steps
 * through, an optional question asked before the answer is shown, and an optional element to scroll to.
 */

/** Question kinds: the choices and the answer are computed from the live trace (questions.ts). */
export type Question =
  /** Which character is picked (argmax of y) at step t? */
  | { kind: 'argmax'; t: number }
  /** Which sigmoid gate (LSTM f i o, GRU z r) is the most open for a unit (1-based) at step t? */
  | { kind: 'gate'; t: number; unit: number }
  /** Will the total loss go down after this pass's update? */
  | { kind: 'lossDown' }
  /** Which cell (RNN, LSTM, GRU; same text, seed and size) keeps the largest ‖∂L_T/∂h_t‖ at step t? */
  | { kind: 'gradient'; t: number };

export type QuestionKind = Question['kind'];
export const QUESTION_KINDS: readonly QuestionKind[] = ['argmax', 'gate', 'lossDown', 'gradient'];

export interface Stop {
  title: string;
  notes: string;
  /** The state, as in the link: '#in=hell&tg=ello&cell=rnn&…&pass=0&m=3'. Its m is replaced by the range. */
  hash: string;
  /** Moments a (first) to b (last) of the stop's pass; absent = [m, m] with the hash's m. */
  range?: [number, number];
  question?: Question;
  /** A CSS selector of the element to bring into view, e.g. '#flow-h' or '.lab-depth'. */
  focus?: string;
}

export interface Script {
  title: string;
  stops: Stop[];
}

/** Where a script stands: a stop, a moment of its range, and whether its question has been revealed. */
export interface Pos {
  stop: number;
  m: number;
  revealed: boolean;
}
