/**
 * Lesson slice: the config and the lesson it builds (sequence, weights per pass and their traces), the
 * cursor and its moves, which grow the passes they need (at once, or in the background for a far cursor).
 */
import type { StateCreator } from 'zustand';
import type { Model } from '../engine/model';
import { runSliced } from './background';
import { type Config, DEFAULT_CONFIG } from './config';
import {
  type Cursor,
  indexOf,
  momentAt,
  momentCount,
  next,
  prev,
  toEnd,
  toStart,
  translateMoment,
} from './cursor';
import { growNow, growSteps, maxKeptPasses, passWork, perPassBytes, SYNC_WORK } from './growth';
import type { LessonState, Notice } from './index';
import { buildSequence, firstPass, isError, type LessonError, type Pass, type Sequence } from './lesson';
import { hasTraining, keepTrained, withTrainedOptimizer } from './trainingState';

/** Passes being computed in the background for a far cursor (a link's `pass`): progress and where it goes. */
export interface Computing {
  done: number;
  total: number;
  target: Cursor;
}

export interface LessonSlice {
  config: Config;
  /** A model loaded from a file fixes vocabulary and weights until cell, units or seed change. */
  loaded: { model: Model; file: string } | null;
  seq: Sequence;
  /** passes[k] = weights after k updates and their trace; grown as the cursor reaches updates. */
  passes: Pass[];
  cursor: Cursor;
  /** Passes computed in the background (the cursor moves when they are done), or null. */
  computing: Computing | null;

  setConfig(patch: Partial<Config>): LessonError | null;
  loadModel(model: Model, file: string): void;
  stepForward(): void;
  stepBack(): void;
  goToStart(): void;
  goToEnd(): void;
  reset(): void;
  goTo(cursor: Cursor): void;
  /** Stops a background computation of passes; the cursor goes to the furthest pass computed. */
  cancelComputing(): void;
}

/** Builds the lesson for a config; null config/sequence errors are returned instead. */
function derive(config: Config, loaded: Model | null): { seq: Sequence; passes: Pass[] } | LessonError {
  const seq = buildSequence(config, loaded ? loaded.vocab : null);
  if (isError(seq)) return seq;
  return { seq, passes: [firstPass(config, seq, loaded)] };
}

const keptLimits = new WeakMap<Pass, number>();
/** How many passes this lesson may keep (memoised on pass 0). */
function keptLimit(pass0: Pass): number {
  let n = keptLimits.get(pass0);
  if (n === undefined) {
    n = maxKeptPasses(pass0);
    keptLimits.set(pass0, n);
  }
  return n;
}

const defaultLesson = derive(DEFAULT_CONFIG, null) as { seq: Sequence; passes: Pass[] };

export const createLessonSlice: StateCreator<LessonState, [], [], LessonSlice> = (set, get) => {
  let stopGrowing: (() => void) | null = null;
  const cancelGrowth = () => {
    stopGrowing?.();
    stopGrowing = null;
    if (get().computing) set({ computing: null });
  };

  /** After growing: the target, or (the update diverged) the last good weights' update moment. */
  const settle = (passes: Pass[], target: Cursor, error: LessonError | null, notice: Notice | null) => {
    const s = get();
    const last = momentCount(s.config.cell, s.seq.inputs.length) - 1;
    if (error) {
      // keep the last good weights: the cursor cannot pass a diverging update
      const lastGood = Math.min(target.pass, passes.length - 1);
      set({
        passes,
        computing: null,
        cursor: lastGood < target.pass ? { pass: lastGood, index: last } : target,
        playing: false,
        notice: { kind: 'error', message: error },
      });
      return;
    }
    set({ passes, cursor: target, computing: null, ...(notice ? { notice } : {}) });
  };

  /**
   * Moves the cursor, growing the passes it needs (the update moment shows pass k+1's loss). Beyond
   * what memory allows the cursor is clamped (with a notice); a long way ahead is computed in the
   * background with a progress line, the lesson staying where it was until it is done.
   */
  const moveTo = (cursor: Cursor) => {
    cancelGrowth();
    const s = get();
    const T = s.seq.inputs.length;
    const last = momentCount(s.config.cell, T) - 1;
    const idx = Math.max(0, Math.min(cursor.index, last));
    let target = { pass: Math.max(0, cursor.pass), index: idx };
    const atUpdate = idx === last;
    const kept = keptLimit(s.passes[0]);
    let notice: Notice | null = null;
    if (target.pass + (atUpdate ? 1 : 0) > kept - 1) {
      target = { pass: kept - 1 - (atUpdate ? 1 : 0), index: idx };
      const mb = perPassBytes(s.passes[0]) / 2 ** 20;
      notice = {
        kind: 'info',
        message: {
          key: 'robust.passLimit',
          params: { asked: cursor.pass + 1, max: kept - 1, mb: mb.toFixed(1), shown: target.pass + 1 },
        },
      };
    }
    const upTo = target.pass + (atUpdate ? 1 : 0);
    const missing = upTo - (s.passes.length - 1);
    if (missing * passWork(s.config, s.seq) <= SYNC_WORK) {
      const { passes, error } = growNow(s.passes, s.config, s.seq, upTo);
      settle(passes, target, error, notice);
      return;
    }
    const { config, seq } = s;
    let current = s.passes;
    const total = upTo;
    set({ computing: { done: s.passes.length - 1, total, target }, ...(notice ? { notice } : {}) });
    const cancel = runSliced(
      growSteps(s.passes, config, seq, upTo),
      (r) => {
        stopGrowing = null;
        if (get().passes !== current) return; // the lesson changed under the job
        settle(r.passes, target, r.error, null);
      },
      (grown) => {
        // something else replaced the lesson (training, reset): this job no longer applies
        if (get().passes !== current || get().config !== config) return cancelGrowth();
        current = [...grown];
        set({ passes: current, computing: { done: current.length - 1, total, target } });
      },
    );
    stopGrowing = cancel;
  };

  return {
    config: DEFAULT_CONFIG,
    loaded: null,
    seq: defaultLesson.seq,
    passes: defaultLesson.passes,
    cursor: { pass: 0, index: 0 },
    computing: null,

    setConfig(patch) {
      const s = get();
      const config = { ...s.config, ...patch };
      // a new cell, size or seed means a new model: the loaded one no longer applies
      const keepLoaded =
        s.loaded &&
        !['cell', 'hidden', 'seed', 'activation', 'h0', 'init', 'scale', 'radius', 'keep'].some(
          (k) => k in patch,
        );
      const loaded = keepLoaded ? s.loaded : null;
      const trained = keepTrained(s, config);
      const d = derive(config, trained?.model ?? loaded?.model ?? null);
      if (isError(d)) return d;
      cancelGrowth();
      if (trained) d.passes = [withTrainedOptimizer(d.passes[0], trained, config)];
      // keep the place: the same phase, step and (where the new cell has it) sub-step
      const T = d.seq.inputs.length;
      const here = momentAt(s.config.cell, s.seq.inputs.length, s.cursor.index);
      const index = indexOf(config.cell, T, translateMoment(here, config.cell, T));
      set({
        config,
        loaded,
        trained,
        seq: d.seq,
        passes: d.passes,
        cursor: { pass: 0, index },
        notice: null,
      });
      moveTo({ pass: 0, index });
      return null;
    },

    loadModel(model, file) {
      cancelGrowth();
      const s = get();
      const config: Config = {
        ...s.config,
        cell: model.cell,
        activation: model.activation,
        hidden: model.hiddenSize,
      };
      const d = derive(config, model);
      if (isError(d)) {
        set({ notice: { kind: 'error', message: d } });
        return;
      }
      set({
        config,
        loaded: { model, file },
        trained: null,
        seq: d.seq,
        passes: d.passes,
        cursor: { pass: 0, index: 0 },
        notice: { kind: 'info', message: { key: 'notice.modelLoaded', params: { file } } },
      });
    },

    stepForward() {
      const s = get();
      moveTo(next(s.cursor, s.config.cell, s.seq.inputs.length));
    },
    stepBack() {
      const s = get();
      moveTo(prev(s.cursor, s.config.cell, s.seq.inputs.length));
    },
    goToStart() {
      moveTo(toStart(get().cursor));
    },
    goToEnd() {
      const s = get();
      moveTo(toEnd(s.cursor, s.config.cell, s.seq.inputs.length));
    },
    reset() {
      cancelGrowth();
      const s = get();
      if (hasTraining(s)) return s.discardTrained(); // back to the seeded initial weights
      set({ passes: [s.passes[0]], cursor: { pass: 0, index: 0 }, playing: false, notice: null });
    },
    goTo(cursor) {
      moveTo(cursor);
    },
    cancelComputing() {
      const c = get().computing;
      if (!c) return;
      cancelGrowth();
      const s = get();
      const last = momentCount(s.config.cell, s.seq.inputs.length) - 1;
      const furthest = Math.min(c.target.pass, s.passes.length - 1 - (c.target.index === last ? 1 : 0));
      set({ cursor: { pass: Math.max(0, furthest), index: c.target.index } });
    },
  };
};
