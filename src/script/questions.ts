/**
 * Predict, then reveal: each question's prompt, choices and right answer computed from the live trace
 * (never stored as text), so a changed text, seed or model changes the answer.
 */
import type { Block } from '../engine/model';
import { charAt } from '../engine/text';
import { blockOf, type Trace } from '../engine/trace';
import type { Config } from '../store/config';
import { compareFlows } from '../store/derived';
import { isError, type LessonError, nextPass, type Pass, type Sequence } from '../store/lesson';
import type { Question } from './types';

export interface Choice {
  id: string;
  label: LessonError;
}

export interface Asked {
  prompt: LessonError;
  choices: Choice[];
  /** Index into choices of the right one. */
  answer: number;
}

/** What a question reads: the pass shown at the stop, its config and sequence. */
export interface QuestionContext {
  pass: Pass;
  config: Config;
  seq: Sequence;
  /** The pass after this one's update, when the lesson already holds it (else it is computed). */
  after?: Pass | null;
}

const SIGMOID_GATES: Record<'lstm' | 'gru', readonly Block[]> = { lstm: ['f', 'i', 'o'], gru: ['z', 'r'] };
const CELLS = ['rnn', 'lstm', 'gru'] as const;

const argmaxOf = (xs: readonly number[]): number => xs.reduce((best, x, k) => (x > xs[best] ? k : best), 0);

/** The question asked at a stop, or why it cannot be asked in this state. */
export function ask(q: Question, ctx: QuestionContext): Asked | LessonError {
  const trace = ctx.pass.trace;
  if ('t' in q && (q.t < 1 || q.t > trace.T))
    return { key: 'script.q.badStep', params: { t: q.t, T: trace.T } };
  switch (q.kind) {
    case 'argmax':
      return askArgmax(trace, q.t);
    case 'gate':
      return askGate(trace, q.t, q.unit);
    case 'lossDown':
      return askLossDown(ctx);
    case 'gradient':
      return askGradient(ctx, q.t);
  }
}

/** The pick after the input at t: argmax of the scores y_t. More than 4 characters: the 4 highest, in vocabulary order. */
function askArgmax(trace: Trace, t: number): Asked {
  const f = trace.forward[t - 1];
  const vocab = trace.model.vocab;
  let ids = vocab.map((_, i) => i);
  if (ids.length > 4) {
    ids = [...ids]
      .sort((i, j) => f.y[j] - f.y[i])
      .slice(0, 4)
      .sort((i, j) => i - j);
  }
  const prompt: LessonError =
    f.input === null
      ? { key: 'script.q.argmaxNone', params: { t } }
      : { key: 'script.q.argmax', params: { t, ch: charAt(vocab, f.input) } };
  return {
    prompt,
    choices: ids.map((i) => ({
      id: vocab[i],
      label: { key: 'script.choice.char', params: { ch: charAt(vocab, i) } },
    })),
    answer: ids.indexOf(f.argmax),
  };
}

/** The most open sigmoid gate of a unit at step t (LSTM f i o, GRU z r). */
function askGate(trace: Trace, t: number, unit: number): Asked | LessonError {
  const cell = trace.model.cell;
  if (cell === 'rnn') return { key: 'script.q.needsGates' };
  const H = trace.model.hiddenSize;
  if (unit < 1 || unit > H) return { key: 'script.q.badUnit', params: { unit, H } };
  const gates = SIGMOID_GATES[cell];
  const f = trace.forward[t - 1];
  const values = gates.map((g) => blockOf(f.act, g)[unit - 1]);
  return {
    prompt: { key: 'script.q.gate', params: { t, unit } },
    choices: gates.map((g) => ({ id: g, label: { key: `script.gate.${g}` as LessonError['key'] } })),
    answer: argmaxOf(values),
  };
}

/** Whether the update lowers the total loss: pass k+1's loss against pass k's (a diverging update: no). */
function askLossDown(ctx: QuestionContext): Asked {
  const after = ctx.after ?? nextPass(ctx.pass, ctx.config, ctx.seq);
  const down = !isError(after) && after.trace.loss < ctx.pass.trace.loss;
  return {
    prompt: { key: 'script.q.lossDown' },
    choices: [
      { id: 'down', label: { key: 'script.choice.down' } },
      { id: 'up', label: { key: 'script.choice.up' } },
    ],
    answer: down ? 0 : 1,
  };
}

/** Which cell keeps the largest ‖∂L_T/∂h_t‖ at step t (fresh RNN, LSTM, GRU; same text, seed, size). */
function askGradient(ctx: QuestionContext, t: number): Asked {
  const flows = compareFlows(ctx.config, ctx.seq);
  const norms = CELLS.map((c) => flows[c].flow.lastLossNorm[t - 1]);
  return {
    prompt: { key: 'script.q.gradient', params: { t } },
    choices: CELLS.map((c) => ({ id: c, label: { key: `cell.${c}` as LessonError['key'] } })),
    answer: argmaxOf(norms),
  };
}
