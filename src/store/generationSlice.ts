/**
 * Generation slice: sample N characters from the lesson's model (all at once), or step through a
 * generation in the lesson itself — the lesson's sequence becomes the seed plus the characters drawn so
 * far (targets ∅: nothing to learn), so every panel shows the one-to-many picture, and the Network
 * panel draws the drawn character fed back from step t into step t + 1.
 */
import type { StateCreator } from 'zustand';
import { createRng } from '../engine/rng';
import { draw, type SampledChar } from '../engine/sample';
import { NO_INPUT, splitChars } from '../engine/text';
import type { Config } from './config';
import { TEXT_MAX } from './config';
import { FORWARD_SUBS, indexOf } from './cursor';
import {
  drawSeed,
  type FeedMode,
  feedbackOf,
  GENERATE_MAX,
  generate,
  TEMPERATURE_MAX,
  TEMPERATURE_MIN,
} from './generation';
import type { LessonState } from './index';
import type { LessonError } from './lesson';
import { selectPass } from './selectors';

export interface Stepping {
  seed: string;
  mode: FeedMode;
  /** The lesson text this generation set (the generation is stale once the lesson text differs). */
  input: string;
  target: string;
  /** What the lesson showed before. */
  restore: Pick<Config, 'input' | 'target' | 'vocab'>;
}

export interface GenerationState {
  /** Seed text ('' = the lesson's first input character). */
  seed: string;
  length: number;
  temperature: number;
  mode: FeedMode;
  /** The characters drawn last (all at once, or so far step by step) and the seed they followed. */
  out: SampledChar[];
  from: string;
  stepping: Stepping | null;
  /** Generations drawn so far (each draws with its own seeded random numbers). */
  draws: number;
  error: LessonError | null;
}

export interface GenerationSlice {
  generation: GenerationState;
  setGeneration(patch: Partial<Pick<GenerationState, 'seed' | 'length' | 'temperature' | 'mode'>>): void;
  generateText(): void;
  startStepping(): void;
  stepGeneration(): void;
  stopStepping(): void;
}

export const INITIAL_GENERATION: GenerationState = {
  seed: '',
  length: 40,
  temperature: 1,
  mode: 'feed',
  out: [],
  from: '',
  stepping: null,
  draws: 0,
  error: null,
};

/** The seed to use: the typed one, else the lesson's first input character. */
export function seedText(s: Pick<LessonState, 'generation' | 'seq'>): string {
  if (s.generation.seed !== '') return s.generation.seed;
  const first = s.seq.inputs.find((x) => x !== null);
  return first === undefined || first === null ? '' : s.seq.vocab[first];
}

/** Why a seed cannot be used with this vocabulary, or null. */
export function seedError(seed: string, vocab: readonly string[]): LessonError | null {
  const chars = splitChars(seed);
  if (chars.length === 0) return { key: 'generate.error.empty' };
  const bad = chars.find((c) => !vocab.includes(c));
  return bad === undefined
    ? null
    : { key: 'generate.error.seed', params: { ch: bad, vocab: vocab.join(' ') } };
}

const clampNum = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

export const createGenerationSlice: StateCreator<LessonState, [], [], GenerationSlice> = (set, get) => {
  const patch = (p: Partial<GenerationState>) => set((s) => ({ generation: { ...s.generation, ...p } }));
  /** Puts the cursor at the start of step t's forward pass. */
  const toStep = (t: number) => {
    const s = get();
    const T = s.seq.inputs.length;
    const to = { phase: 'forward' as const, t: Math.min(t, T), sub: FORWARD_SUBS[s.config.cell][0] };
    s.goTo({ pass: 0, index: indexOf(s.config.cell, T, to) });
  };
  const busy = () => get().training.status === 'running';

  return {
    generation: INITIAL_GENERATION,

    setGeneration(p) {
      const next = { ...p };
      if (next.temperature !== undefined)
        next.temperature = clampNum(next.temperature, TEMPERATURE_MIN, TEMPERATURE_MAX);
      if (next.length !== undefined) next.length = Math.round(clampNum(next.length, 1, GENERATE_MAX));
      patch({ ...next, error: null });
    },

    generateText() {
      const s = get();
      const seed = seedText(s);
      const model = selectPass(s).model;
      const err = seedError(seed, model.vocab);
      if (err) return patch({ error: err });
      const g = s.generation;
      const rng = createRng(drawSeed(s.config.seed, g.draws));
      const out = generate(model, seed, g.length, g.temperature, g.mode, rng);
      patch({ out, from: seed, draws: g.draws + 1, error: null });
    },

    startStepping() {
      if (busy()) return patch({ error: { key: 'generate.error.busy' } });
      const s = get();
      const seed = seedText(s);
      const err = seedError(seed, s.seq.vocab);
      if (err) return patch({ error: err });
      const restore = s.generation.stepping?.restore ?? {
        input: s.config.input,
        target: s.config.target,
        vocab: s.config.vocab,
      };
      const n = splitChars(seed).length;
      const lesson = {
        input: seed,
        target: NO_INPUT.repeat(n),
        vocab: s.config.vocab || s.seq.vocab.join(''),
      };
      const bad = s.setConfig(lesson);
      if (bad) return patch({ error: bad });
      patch({
        stepping: { seed, mode: s.generation.mode, input: lesson.input, target: lesson.target, restore },
        out: [],
        from: seed,
        error: null,
      });
      toStep(n);
    },

    stepGeneration() {
      const s = get();
      const st = s.generation.stepping;
      if (!st) return;
      if (s.config.input !== st.input) return patch({ stepping: null });
      const T = s.seq.inputs.length;
      if (T >= TEXT_MAX) return patch({ error: { key: 'generate.error.full', params: { max: TEXT_MAX } } });
      const f = selectPass(s).trace.forward[T - 1];
      const g = s.generation;
      const { index, p } = draw(f.y, g.temperature, createRng(drawSeed(s.config.seed, g.draws)));
      const char = s.seq.vocab[index];
      const input = st.input + (st.mode === 'feed' ? char : NO_INPUT);
      const target = st.target + NO_INPUT;
      const bad = s.setConfig({ input, target });
      if (bad) return patch({ error: bad });
      patch({
        stepping: { ...st, input, target },
        out: [...g.out, { char, index, p }],
        draws: g.draws + 1,
        error: null,
      });
      toStep(T + 1);
    },

    stopStepping() {
      const s = get();
      const st = s.generation.stepping;
      if (!st) return;
      patch({ stepping: null });
      if (s.config.input === st.input) s.setConfig(st.restore);
    },
  };
};

let memo: { key: unknown[]; value: (number | null)[] | null } | null = null;

/**
 * The Network panel's feed-back arrows while stepping through a generation that feeds back: for each
 * step t (index t − 1), the probability of the character drawn there and fed into step t + 1.
 */
export const selectFeedback = (s: LessonState): (number | null)[] | null => {
  const st = s.generation.stepping;
  const key = [st, s.generation.out, s.config.input, s.seq];
  if (memo?.key.every((k, i) => k === key[i])) return memo.value;
  const value =
    st && st.mode === 'feed' && s.config.input === st.input
      ? feedbackOf(s.seq.inputs.length, splitChars(st.seed).length, s.generation.out)
      : null;
  memo = { key, value };
  return value;
};
