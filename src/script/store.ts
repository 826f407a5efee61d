/**
 * The script's own store (kept apart from the lesson store): which script is open, where it stands,
 * the class's votes, and the teacher's own script. Every move goes through `go`, which shows the new
 * position in the lesson (apply.ts) unless it came from the other window (sync.ts) already shown.
 */
import { create } from 'zustand';
import { translator } from '../i18n';
import { useLesson } from '../store';
import { applyPos, currentHash, momentTitle } from './apply';
import { back, enter, forward, nextStop, prevStop, stopSpan } from './clicks';
import { parseScript, type ScriptError } from './format';
import { lectureScript } from './lecture';
import { loadSaved, save } from './storage';
import type { Pos, Script, Stop } from './types';

export type Source = 'lecture' | 'custom';

export interface ScriptMessage {
  kind: 'error' | 'info';
  message: ScriptError;
}

export interface ScriptState {
  /** The open script, or null. */
  source: Source | null;
  pos: Pos;
  /** Votes per choice of the current stop's question (local to this browser). */
  votes: number[];
  /** When the open script was started (ms since the epoch), for the presenter's clock. */
  startedAt: number | null;
  /** The teacher's own script (authored, loaded from a file or opened from a link). */
  custom: Script;
  message: ScriptMessage | null;
  /** The open custom script's size in the link (characters), and whether it is too big for one. */
  link: { size: number; tooBig: boolean } | null;

  open(source: Source, at?: number): void;
  close(): void;
  click(dir: 1 | -1): void;
  nextStop(): void;
  prevStop(): void;
  jump(stop: number): void;
  reveal(): void;
  vote(choice: number): void;
  addMoment(): void;
  editStop(i: number, patch: Partial<Stop>): void;
  setTitle(title: string): void;
  moveStop(i: number, by: -1 | 1): void;
  deleteStop(i: number): void;
  loadFile(text: string): void;
  setMessage(message: ScriptMessage | null): void;
}

const EMPTY: Script = { title: '', stops: [] };
const lectureCache = new Map<string, Script>();

/** The script a source names, in the current language (the lecture's texts come from the catalog). */
export function scriptOf(source: Source | null, custom: Script): Script | null {
  if (source === 'custom') return custom.stops.length > 0 ? custom : null;
  if (source !== 'lecture') return null;
  const lang = useLesson.getState().lang;
  let s = lectureCache.get(lang);
  if (!s) {
    s = lectureScript(translator(lang));
    lectureCache.set(lang, s);
  }
  return s;
}

export const selectScript = (s: ScriptState): Script | null => scriptOf(s.source, s.custom);

function initialCustom(): { custom: Script; message: ScriptMessage | null } {
  const saved = loadSaved();
  if (saved === null) return { custom: EMPTY, message: null };
  if ('key' in saved) {
    return {
      custom: EMPTY,
      message: {
        kind: 'error',
        message: { key: 'script.err.storage', params: { detail: '' }, cause: saved },
      },
    };
  }
  return { custom: saved, message: null };
}

export const useScript = create<ScriptState>()((set, get) => {
  /**
   * Moves to a position of the open script and shows it. A click within a stop only moves the cursor;
   * a jump (list, Next/Previous stop, Reveal excepted) opens the stop's state afresh.
   */
  const go = (pos: Pos, jump = false) => {
    const s = get();
    const script = selectScript(s);
    if (!script) return;
    const from = s.pos;
    const votes = pos.stop === from.stop && !jump ? s.votes : [];
    set({ pos, votes });
    applyPos(script, jump ? null : from, pos);
  };
  /** The custom script changed: keep it (and keep the position inside it). */
  const setCustom = (custom: Script, pos?: Pos) => {
    save(custom);
    const s = get();
    if (s.source === 'custom' && custom.stops.length === 0) {
      set({ custom, source: null });
      return;
    }
    const last = Math.max(0, custom.stops.length - 1);
    const p = pos ?? s.pos;
    set({ custom, pos: { ...p, stop: Math.min(p.stop, last) } });
  };
  const init = initialCustom();

  return {
    source: null,
    pos: { stop: 0, m: 0, revealed: true },
    votes: [],
    startedAt: null,
    custom: init.custom,
    message: init.message,
    link: null,

    open(source, at = 0) {
      const script = scriptOf(source, get().custom);
      if (!script) return;
      const pos = enter(script, Math.max(0, Math.min(at, script.stops.length - 1)));
      set({ source, pos, votes: [], startedAt: Date.now(), message: null });
      applyPos(script, null, pos);
    },
    close() {
      set({ source: null, votes: [], startedAt: null });
    },
    click(dir) {
      const script = selectScript(get());
      if (script) go(dir === 1 ? forward(script, get().pos) : back(script, get().pos));
    },
    nextStop() {
      const script = selectScript(get());
      if (script) go(nextStop(script, get().pos), true);
    },
    prevStop() {
      const script = selectScript(get());
      if (script) go(prevStop(script, get().pos), true);
    },
    jump(stop) {
      const script = selectScript(get());
      if (script && stop >= 0 && stop < script.stops.length) go(enter(script, stop), true);
    },
    reveal() {
      const s = get();
      const script = selectScript(s);
      if (script?.stops[s.pos.stop]?.question && !s.pos.revealed) go(forward(script, s.pos));
    },
    vote(choice) {
      const s = get();
      if (s.pos.revealed) return;
      const votes = [...s.votes];
      while (votes.length <= choice) votes.push(0);
      votes[choice] += 1;
      set({ votes });
    },
    addMoment() {
      const s = get();
      const lesson = useLesson.getState();
      const m = lesson.cursor.index;
      const stop: Stop = { title: momentTitle(), notes: '', hash: currentHash(), range: [m, m] };
      const custom = {
        title: s.custom.title || translator(lesson.lang)('script.untitled'),
        stops: [...s.custom.stops, stop],
      };
      const n = custom.stops.length;
      setCustom(custom, { stop: n - 1, m, revealed: true });
      set({
        source: 'custom',
        startedAt: s.source === 'custom' ? s.startedAt : Date.now(),
        votes: [],
        message: { kind: 'info', message: { key: 'script.added', params: { n, title: custom.title } } },
      });
    },
    editStop(i, patch) {
      const { custom } = get();
      const stops = custom.stops.map((st, k) => (k === i ? { ...st, ...patch } : st));
      for (const k of Object.keys(patch) as (keyof Stop)[]) if (patch[k] === undefined) delete stops[i][k];
      setCustom({ ...custom, stops });
    },
    setTitle(title) {
      setCustom({ ...get().custom, title });
    },
    moveStop(i, by) {
      const { custom, pos } = get();
      const j = i + by;
      if (j < 0 || j >= custom.stops.length) return;
      const stops = [...custom.stops];
      [stops[i], stops[j]] = [stops[j], stops[i]];
      const stop = pos.stop === i ? j : pos.stop === j ? i : pos.stop;
      setCustom({ ...custom, stops }, { ...pos, stop });
    },
    deleteStop(i) {
      const { custom, pos } = get();
      const stops = custom.stops.filter((_, k) => k !== i);
      setCustom({ ...custom, stops }, { ...pos, stop: pos.stop > i ? pos.stop - 1 : pos.stop });
    },
    loadFile(text) {
      const parsed = parseScript(text);
      if ('key' in parsed) {
        set({ message: { kind: 'error', message: parsed } }); // the current script stays
        return;
      }
      setCustom(parsed);
      get().open('custom');
      set({
        message: {
          kind: 'info',
          message: { key: 'script.loaded', params: { title: parsed.title, n: parsed.stops.length } },
        },
      });
    },
    setMessage(message) {
      set({ message });
    },
  };
});

/** Whether the open script is asking a question that has not been revealed. */
export const selectPredicting = (s: ScriptState): boolean => {
  const script = selectScript(s);
  return !!script?.stops[s.pos.stop]?.question && !s.pos.revealed;
};

/** The moment within the stop, 1-based, and how many the stop has. */
export function momentInStop(stop: Stop, pos: Pos): { k: number; K: number } {
  const { a, b } = stopSpan(stop);
  return { k: Math.min(b, Math.max(a, pos.m)) - a + 1, K: b - a + 1 };
}
