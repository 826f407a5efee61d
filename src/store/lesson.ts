/**
 * Pure derivations of the lesson: config (+ a loaded model) → vocabulary and sequence → pass 0;
 * pass k → pass k+1 by one optimiser update. Each pass holds its trace, computed once.
 */
import { initModel } from '../engine/init';
import { cloneModel, type Model, type Weights } from '../engine/model';
import { codeOf, findBadChar, NO_INPUT, splitChars } from '../engine/text';
import { buildTrace, type Trace } from '../engine/trace';
import type { MessageKey, Params } from '../i18n';
import { type Config, TEXT_MAX } from './config';
import { readSlot, slotOf } from './traceCache';
import { applyLessonUpdate, createLessonOptimizer, type LessonOptimizer } from './update';

export interface LessonError {
  key: MessageKey;
  params?: Params;
}

export interface Sequence {
  vocab: string[];
  /** null: a step with no input (∅ in the input text, x_t = 0). */
  inputs: (number | null)[];
  /** null: a step with no target (∅ in the target text, no loss). */
  targets: (number | null)[];
}

export interface Pass {
  model: Model;
  /** Every intermediate of this pass (a getter: rebuilt, identical, if the trace cache dropped it). */
  readonly trace: Trace;
  /** The trace's total loss, kept with the pass: reading every pass's loss (the Loss panel) never rebuilds traces. */
  readonly loss: number;
  optimizer: LessonOptimizer;
  /** ΔW of the update that produced this pass (null for pass 0). */
  delta: Weights | null;
}

export function isError(x: unknown): x is LessonError {
  return typeof x === 'object' && x !== null && 'key' in x;
}

/** Input/target characters of the config: an empty target means the input shifted by one. */
export function sequenceChars(config: Config): { input: string[]; target: string[] } | LessonError {
  const bad = badTextError(config.input, 'input') ?? badTextError(config.target, 'target');
  if (bad) return bad;
  const chars = splitChars(config.input);
  const target = splitChars(config.target);
  if (chars.length === 0) return { key: 'error.emptyInput' };
  if (chars.length > TEXT_MAX || target.length > TEXT_MAX)
    return { key: 'error.tooLong', params: { max: TEXT_MAX } };
  if (target.length === 0) {
    if (chars.length < 2) return { key: 'error.tooShort' };
    return { input: chars.slice(0, -1), target: chars.slice(1) };
  }
  if (target.length !== chars.length) {
    return { key: 'error.lengthMismatch', params: { n: chars.length, m: target.length } };
  }
  return { input: chars, target };
}

/** The error for a text holding a character the lesson cannot show or link (named with its U+ code). */
export function badTextError(text: string, field: 'input' | 'target' | 'vocab'): LessonError | null {
  const bad = findBadChar(text);
  if (!bad) return null;
  return { key: `robust.badChar.${bad.kind}`, params: { field, code: codeOf(bad.ch), pos: bad.pos } };
}

/**
 * Vocabulary (the loaded model's, else config.vocab, else first appearance over input then target) and
 * index sequences; ∅ in the input or target text is a step with no input or no target (null).
 */
export function buildSequence(config: Config, fixedVocab: readonly string[] | null): Sequence | LessonError {
  const chars = sequenceChars(config);
  if (isError(chars)) return chars;
  const vocab = fixedVocab
    ? [...fixedVocab]
    : config.vocab
      ? splitChars(config.vocab)
      : [...new Set([...chars.input, ...chars.target])].filter((c) => c !== NO_INPUT);
  const index = new Map(vocab.map((c, i) => [c, i]));
  for (const [field, list] of [
    ['input', chars.input],
    ['target', chars.target],
  ] as const) {
    for (let k = 0; k < list.length; k++) {
      if (list[k] !== NO_INPUT && !index.has(list[k])) {
        return {
          key: 'error.unknownChar',
          params: { field, ch: list[k], pos: k + 1, vocab: vocab.join(' ') },
        };
      }
    }
  }
  return {
    vocab,
    inputs: chars.input.map((c) => (c === NO_INPUT ? null : (index.get(c) as number))),
    targets: chars.target.map((c) => (c === NO_INPUT ? null : (index.get(c) as number))),
  };
}

/** The initialisation knobs of a config as initModel options (init kind, scale, Whh radius, keep-gate bias). */
export function initOptions(config: Config) {
  return { init: config.init, scale: config.scale, whhRadius: config.radius, keepBias: config.keep };
}

/** Pass 0: the seeded initial model (or the loaded one) and its trace. */
export function firstPass(config: Config, seq: Sequence, loaded: Model | null): Pass {
  const model = loaded
    ? cloneModel(loaded)
    : initModel({
        cell: config.cell,
        activation: config.activation,
        vocab: seq.vocab,
        hiddenSize: config.hidden,
        seed: config.seed,
        initialState: config.h0,
        ...initOptions(config),
      });
  const trace = buildTrace(model, seq.inputs, seq.targets);
  return makePass(model, seq, trace, createLessonOptimizer(config, model), null);
}

/**
 * A pass whose trace lives in the trace cache (src/store/traceCache.ts): read `trace` as usual; when
 * memory made the cache drop it, reading rebuilds the same numbers.
 */
export function makePass(
  model: Model,
  seq: Sequence,
  trace: Trace,
  optimizer: LessonOptimizer,
  delta: Weights | null,
): Pass {
  const slot = slotOf(model, seq.inputs, seq.targets, trace);
  return {
    model,
    optimizer,
    delta,
    loss: trace.loss,
    get trace() {
      return readSlot(slot);
    },
  };
}

/** Pass k+1: one update W ← W − lr·dW (with the chosen optimiser), then a fresh trace on the same input. */
export function nextPass(pass: Pass, config: Config, seq: Sequence): Pass | LessonError {
  const { model, optimizer, delta } = applyLessonUpdate(pass, config);
  const trace = buildTrace(model, seq.inputs, seq.targets);
  if (!Number.isFinite(trace.loss) || !allFinite(model.weights)) return { key: 'error.diverged' };
  return makePass(model, seq, trace, optimizer, delta);
}

function allFinite(w: Weights): boolean {
  for (const a of Object.values(w))
    for (let k = 0; k < a.length; k++) if (!Number.isFinite(a[k])) return false;
  return true;
}
