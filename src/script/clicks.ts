/**
 * Clicker semantics, like slide builds (pure): within a stop each forward click advances one moment
 * until the stop's last moment; the next click opens the next stop at its first moment. Back goes the
 * same way in reverse (into the previous stop at its last moment). A stop with a question is asked at
 * its first moment; the next click reveals it and shows the last moment (the one that proves it).
 */
import type { Pos, Script, Stop } from './types';

/** The moment range [a, b] of a stop: its range, else the hash's m (0 when absent). */
export function stopSpan(stop: Stop): { a: number; b: number } {
  if (stop.range) return { a: stop.range[0], b: stop.range[1] };
  const m = Number(new URLSearchParams(stop.hash.replace(/^#/, '')).get('m') ?? 0);
  const a = Number.isInteger(m) && m >= 0 ? m : 0;
  return { a, b: a };
}

/** The pass a stop's hash names (0 when absent). */
export function stopPass(stop: Stop): number {
  const p = Number(new URLSearchParams(stop.hash.replace(/^#/, '')).get('pass') ?? 0);
  return Number.isInteger(p) && p >= 0 ? p : 0;
}

/** The stop's hash with its moment set to m. */
export function hashAt(stop: Stop, m: number): string {
  const params = new URLSearchParams(stop.hash.replace(/^#/, ''));
  params.set('m', String(m));
  return `#${params.toString()}`;
}

/** Entering stop i: at its first moment (question unrevealed), or from behind at its last (revealed). */
export function enter(script: Script, i: number, at: 'start' | 'end' = 'start'): Pos {
  const stop = script.stops[i];
  const { a, b } = stopSpan(stop);
  if (at === 'end') return { stop: i, m: b, revealed: true };
  return { stop: i, m: a, revealed: !stop.question };
}

/** One click forward. At the very end it stays. */
export function forward(script: Script, pos: Pos): Pos {
  const stop = script.stops[pos.stop];
  const { b } = stopSpan(stop);
  if (stop.question && !pos.revealed) return { stop: pos.stop, m: b, revealed: true };
  if (pos.m < b) return { ...pos, m: pos.m + 1 };
  if (pos.stop < script.stops.length - 1) return enter(script, pos.stop + 1);
  return pos;
}

/** One click back. At the very start it stays. */
export function back(script: Script, pos: Pos): Pos {
  const stop = script.stops[pos.stop];
  const { a } = stopSpan(stop);
  if (stop.question && pos.revealed) return { stop: pos.stop, m: a, revealed: false };
  if (pos.m > a) return { ...pos, m: pos.m - 1 };
  if (pos.stop > 0) return enter(script, pos.stop - 1, 'end');
  return pos;
}

/** "Next stop": the next stop's start (or stays on the last). */
export function nextStop(script: Script, pos: Pos): Pos {
  return pos.stop < script.stops.length - 1 ? enter(script, pos.stop + 1) : pos;
}

/** "Previous stop": the previous stop's start (or this stop's start on the first). */
export function prevStop(script: Script, pos: Pos): Pos {
  return enter(script, Math.max(0, pos.stop - 1));
}

/** Whether the position is the script's very last click. */
export function atEnd(script: Script, pos: Pos): boolean {
  return forward(script, pos) === pos;
}
