/**
 * The script file (docs/script-format.md): JSON { format: "unrolled-script", version: 1, title, stops }.
 * Reading checks everything and names the first problem (a message key with its parameters); the
 * caller keeps its current script when reading fails.
 */
import type { LessonError } from '../store/lesson';
import { checkStopHash } from './hashCheck';
import { QUESTION_KINDS, type Question, type Script, type Stop } from './types';

export const SCRIPT_FORMAT = 'unrolled-script';
export const SCRIPT_VERSION = 1;
export const MAX_STOPS = 200;
export const TITLE_MAX = 200;
export const NOTES_MAX = 4000;

/** A problem with a file: a message key and parameters; `cause` is the lesson's own message, if any. */
export interface ScriptError extends LessonError {
  cause?: LessonError;
}
export const isScriptError = (x: unknown): x is ScriptError =>
  typeof x === 'object' && x !== null && 'key' in x && !('stops' in x);

/** The file's JSON text (stable key order, two-space indent). */
export function serializeScript(script: Script): string {
  // a title being retyped may be empty for a moment: the file stays readable
  const stops = script.stops.map((s) => (s.title.trim() === '' ? { ...s, title: '—' } : s));
  return `${JSON.stringify({ format: SCRIPT_FORMAT, version: SCRIPT_VERSION, ...script, stops }, null, 2)}\n`;
}

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const isWhole = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x);

/** Reads a script file's text; a ScriptError names the first problem found. */
export function parseScript(text: string): Script | ScriptError {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { key: 'script.err.json', params: { detail: (e as Error).message } };
  }
  return readScript(raw);
}

/** Checks a parsed JSON value as a script. */
export function readScript(raw: unknown): Script | ScriptError {
  if (!isObject(raw) || raw.format !== SCRIPT_FORMAT) return { key: 'script.err.format' };
  if (raw.version !== SCRIPT_VERSION) {
    return { key: 'script.err.version', params: { v: String(raw.version), ok: SCRIPT_VERSION } };
  }
  if (typeof raw.title !== 'string' || raw.title.length > TITLE_MAX) {
    return { key: 'script.err.title', params: { max: TITLE_MAX } };
  }
  if (!Array.isArray(raw.stops)) return { key: 'script.err.stops' };
  if (raw.stops.length === 0) return { key: 'script.err.noStops' };
  if (raw.stops.length > MAX_STOPS) {
    return { key: 'script.err.tooMany', params: { n: raw.stops.length, max: MAX_STOPS } };
  }
  const stops: Stop[] = [];
  for (let k = 0; k < raw.stops.length; k++) {
    const stop = readStop(raw.stops[k], k + 1);
    if ('key' in stop) return stop;
    stops.push(stop);
  }
  return { title: raw.title, stops };
}

function readStop(s: unknown, n: number): Stop | ScriptError {
  if (!isObject(s)) return { key: 'script.err.stop', params: { n } };
  if (typeof s.title !== 'string' || s.title.trim() === '' || s.title.length > TITLE_MAX) {
    return { key: 'script.err.stopTitle', params: { n, max: TITLE_MAX } };
  }
  if (s.notes !== undefined && (typeof s.notes !== 'string' || s.notes.length > NOTES_MAX)) {
    return { key: 'script.err.notes', params: { n, max: NOTES_MAX } };
  }
  if (typeof s.hash !== 'string' || !s.hash.startsWith('#')) return { key: 'script.err.hash', params: { n } };
  const checked = checkStopHash(s.hash);
  if (checked.invalid.length > 0) {
    return { key: 'script.err.hashKeys', params: { n, keys: checked.invalid.join(', ') } };
  }
  if (checked.error) return { key: 'script.err.state', params: { n }, cause: checked.error };
  const stop: Stop = { title: s.title, notes: typeof s.notes === 'string' ? s.notes : '', hash: s.hash };
  if (s.range !== undefined) {
    const r = s.range;
    if (!Array.isArray(r) || r.length !== 2 || !isWhole(r[0]) || !isWhole(r[1]) || r[0] < 0 || r[0] > r[1]) {
      return { key: 'script.err.range', params: { n } };
    }
    if (r[1] >= checked.moments) {
      return { key: 'script.err.rangeEnd', params: { n, b: r[1], max: checked.moments - 1 } };
    }
    stop.range = [r[0], r[1]];
  }
  if (s.question !== undefined) {
    const q = readQuestion(s.question, n, checked.T, checked.hidden);
    if ('key' in q) return q;
    stop.question = q;
  }
  if (s.focus !== undefined) {
    if (typeof s.focus !== 'string' || s.focus.length > 200)
      return { key: 'script.err.focus', params: { n } };
    stop.focus = s.focus;
  }
  return stop;
}

function readQuestion(q: unknown, n: number, T: number, H: number): Question | ScriptError {
  if (!isObject(q) || !(QUESTION_KINDS as readonly unknown[]).includes(q.kind)) {
    const kind = isObject(q) ? String(q.kind) : String(q);
    return { key: 'script.err.questionKind', params: { n, kind, known: QUESTION_KINDS.join(', ') } };
  }
  const whole = (field: string, max: number): ScriptError | null =>
    isWhole(q[field]) && (q[field] as number) >= 1 && (q[field] as number) <= max
      ? null
      : { key: 'script.err.questionField', params: { n, field, max } };
  switch (q.kind) {
    case 'argmax':
    case 'gradient':
      return whole('t', T) ?? { kind: q.kind, t: q.t as number };
    case 'gate':
      return whole('t', T) ?? whole('unit', H) ?? { kind: 'gate', t: q.t as number, unit: q.unit as number };
    default:
      return { kind: 'lossDown' };
  }
}
