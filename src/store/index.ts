/**
 * The one Zustand store, built from slices: config (serialisable to the URL), lesson (weights per pass
 * and their traces, derived once), cursor, playback and UI. No DOM nodes and no redraw flags here. The
 * config, lesson and cursor are the lesson slice (lessonSlice.ts); playback and UI are kept here.
 */
import { create } from 'zustand';
import type { Lang, MessageKey } from '../i18n';
import { createLabSlice, type LabSlice } from './labSlice';
import { bindLate, useLateLesson } from './late';
import type { LessonError } from './lesson';
import { createLessonSlice, type LessonSlice } from './lessonSlice';
import { createPresenterSlice, type PresenterSlice } from './presenterSlice';
import { selectMoment } from './selectors';
import { createTrainingSlice, type TrainingSlice } from './trainingSlice';

export type { Computing } from './lessonSlice';

export type View = 'lesson' | 'lab' | 'worksheet';
export const VIEWS: readonly View[] = ['lesson', 'lab', 'worksheet'];

export interface Notice {
  kind: 'error' | 'info';
  message: LessonError;
  /** Further lines, one each (e.g. every key of a link that could not be used). */
  details?: LessonError[];
  /** A button the notice offers ("Start fresh", "Restart"): its label and what it does. */
  action?: { label: MessageKey; run: () => void };
}

export interface LessonState extends LabSlice, TrainingSlice, PresenterSlice, LessonSlice {
  /** Which screen is shown: the step-through lesson or the activation lab. */
  view: View;
  playing: boolean;
  /** Moments per second while playing. */
  speed: number;
  lang: Lang;
  notice: Notice | null;
  /** Bumped whenever a link is applied: unsaved drafts in the settings give way to it. */
  linkEpoch: number;
  /** Transient hover shared by charts: a unit (1-based, as labelled) and/or a step t (1-based), or null. */
  hover: { unit: number | null; t: number | null } | null;

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

const store = create<LessonState>()((set, get, api) => ({
  ...createLabSlice(set, get, api),
  ...createTrainingSlice(set, get, api),
  ...createPresenterSlice(set, get, api),
  ...createLessonSlice(set, get, api),
  view: 'lesson',
  playing: false,
  speed: 2,
  lang: initialLang(),
  notice: null,
  linkEpoch: 0,
  hover: null,

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
}));

bindLate(store, (s) => selectMoment(s).phase);

/**
 * The store: `useLesson(selector)` in a component (inside a <LateView> boundary it reads the state the
 * late panels show: store/late.ts), and `getState`, `setState`, `subscribe` anywhere.
 */
export const useLesson: typeof store = Object.assign(useLateLesson as typeof store, store);
