/**
 * The one Zustand store, built from slices: config (serialisable to the URL), lesson (weights per pass
 * and their traces, derived once), cursor, playback and UI. No DOM nodes and no redraw flags here.
 */
import { create } from 'zustand';
import type { Model } from '../engine/model';
import type { Lang } from '../i18n';
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
import { createLabSlice, type LabSlice } from './labSlice';
import {
  buildSequence,
  firstPass,
  isError,
  type LessonError,
  nextPass,
  type Pass,
  type Sequence,
} from './lesson';
import { createPresenterSlice, type PresenterSlice } from './presenterSlice';
import {
  createTrainingSlice,
  hasTraining,
  keepTrained,
  type TrainingSlice,
  withTrainedOptimizer,
} from './trainingSlice';

export type View = 'lesson' | 'lab' | 'worksheet';
export const VIEWS: readonly View[] = ['lesson', 'lab', 'worksheet'];

export interface Notice {
  kind: 'error' | 'info';
  message: LessonError;
}

export interface LessonState extends LabSlice, TrainingSlice, PresenterSlice {
  /** Which screen is shown: the step-through lesson or the activation lab. */
  view: View;
  config: Config;
  /** A model loaded from a file fixes vocabulary and weights until cell, units or seed change. */
  loaded: { model: Model; file: string } | null;
  seq: Sequence;
  /** passes[k] = weights after k updates and their trace; grown as the cursor reaches updates. */
  passes: Pass[];
  cursor: Cursor;
  playing: boolean;
  /** Moments per second while playing. */
  speed: number;
  lang: Lang;
  notice: Notice | null;
  /** Transient hover shared by charts: a unit (1-based, as labelled) and/or a step t (1-based), or null. */
  hover: { unit: number | null; t: number | null } | null;

  setConfig(patch: Partial<Config>): LessonError | null;
  loadModel(model: Model, file: string): void;
  stepForward(): void;
  stepBack(): void;
  goToStart(): void;
  goToEnd(): void;
  reset(): void;
  goTo(cursor: Cursor): void;
  setPlaying(playing: boolean): void;
  setSpeed(speed: number): void;
  setLang(lang: Lang): void;
  setNotice(notice: Notice | null): void;
  setHover(hover: LessonState['hover']): void;
  setView(view: View): void;
}

const LANG_KEY = 'unrolled.lang';

function initialLang(): Lang {
  try {
    const saved = globalThis.localStorage?.getItem(LANG_KEY);
    if (saved === 'en' || saved === 'ko') return saved;
  } catch {
    /* storage unavailable: fall back to the browser language */
  }
  return globalThis.navigator?.language?.startsWith('ko') ? 'ko' : 'en';
}

/** Builds the lesson for a config; null config/sequence errors are returned instead. */
function derive(config: Config, loaded: Model | null): { seq: Sequence; passes: Pass[] } | LessonError {
  const seq = buildSequence(config, loaded ? loaded.vocab : null);
  if (isError(seq)) return seq;
  return { seq, passes: [firstPass(config, seq, loaded)] };
}

/** Ensures passes[0..upTo] exist (each pass computed once); stops early if an update diverges. */
function grow(
  s: Pick<LessonState, 'passes' | 'config' | 'seq'>,
  upTo: number,
): { passes: Pass[]; error: LessonError | null } {
  let passes = s.passes;
  while (passes.length <= upTo) {
    const p = nextPass(passes[passes.length - 1], s.config, s.seq);
    if (isError(p)) return { passes, error: p };
    passes = [...passes, p];
  }
  return { passes, error: null };
}

const defaultLesson = derive(DEFAULT_CONFIG, null) as { seq: Sequence; passes: Pass[] };

export const useLesson = create<LessonState>()((set, get, api) => {
  /** Moves the cursor, growing the passes it needs (the update moment shows pass k+1's loss). */
  const moveTo = (cursor: Cursor) => {
    const s = get();
    const T = s.seq.inputs.length;
    const idx = Math.min(cursor.index, momentCount(s.config.cell, T) - 1);
    const target = { pass: cursor.pass, index: idx };
    const atUpdate = idx === momentCount(s.config.cell, T) - 1;
    const { passes, error } = grow(s, target.pass + (atUpdate ? 1 : 0));
    if (error) {
      // keep the last good weights: the cursor cannot pass a diverging update
      const lastGood = Math.min(target.pass, passes.length - 1);
      set({
        passes,
        cursor:
          lastGood < target.pass ? { pass: lastGood, index: momentCount(s.config.cell, T) - 1 } : target,
        playing: false,
        notice: { kind: 'error', message: error },
      });
      return;
    }
    set({ passes, cursor: target });
  };

  return {
    ...createLabSlice(set, get, api),
    ...createTrainingSlice(set, get, api),
    ...createPresenterSlice(set, get, api),
    view: 'lesson',
    config: DEFAULT_CONFIG,
    loaded: null,
    seq: defaultLesson.seq,
    passes: defaultLesson.passes,
    cursor: { pass: 0, index: 0 },
    playing: false,
    speed: 2,
    lang: initialLang(),
    notice: null,
    hover: null,

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
      const s = get();
      if (hasTraining(s)) return s.discardTrained(); // back to the seeded initial weights
      set({ passes: [s.passes[0]], cursor: { pass: 0, index: 0 }, playing: false, notice: null });
    },
    goTo(cursor) {
      moveTo(cursor);
    },
    setPlaying(playing) {
      set({ playing });
    },
    setSpeed(speed) {
      set({ speed });
    },
    setLang(lang) {
      try {
        globalThis.localStorage?.setItem(LANG_KEY, lang);
      } catch {
        /* not remembered when storage is unavailable */
      }
      set({ lang });
    },
    setNotice(notice) {
      set({ notice });
    },
    setHover(hover) {
      set({ hover });
    },
    setView(view) {
      set({ view, playing: false });
    },
  };
});
