/** A script position shown in the app: a new stop applies its hash; a click within a stop moves the cursor. */
import { translator } from '../i18n';
import { useLesson } from '../store';
import { momentAt } from '../store/cursor';
import { applyHash, hashOf } from '../store/url';
import { hashAt, stopPass } from './clicks';
import type { Pos, Script, Stop } from './types';

/** Shows `to`; `from` is the position shown before (null: nothing of this script is shown yet). */
export function applyPos(script: Script, from: Pos | null, to: Pos): void {
  const stop = script.stops[to.stop];
  if (!stop) return;
  const lesson = useLesson.getState();
  lesson.setPlaying(false);
  // a click within a stop only moves the cursor: settings changed there by hand (a new seed) stay, and
  // the question is answered from them; a stop whose settings are already shown is not rebuilt either
  const within = from !== null && from.stop === to.stop;
  if (within || settingsOf(currentHash()) === settingsOf(stop.hash))
    lesson.goTo({ pass: stopPass(stop), index: to.m });
  else applyHash(hashAt(stop, to.m));
  if (from?.stop !== to.stop) bringIntoView(stop);
}

/** A hash's settings without its place (pass, m), in a canonical order. */
function settingsOf(hash: string): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  for (const k of ['pass', 'm', 'script', 'stop', 'presenter']) params.delete(k);
  params.sort();
  return params.toString();
}

/** Pending re-scrolls of the last stop brought into view (a newer stop cancels them). */
let scrollTimers: ReturnType<typeof setTimeout>[] = [];

/**
 * Scrolls the stop's focus element just below the sticky top bar. Panels finish their layout over a few
 * frames (charts, equations), so it is placed again a few times, unless the teacher has scrolled since.
 */
function bringIntoView(stop: Stop): void {
  for (const id of scrollTimers) clearTimeout(id);
  scrollTimers = [];
  if (!stop.focus || typeof document === 'undefined') return;
  const selector = stop.focus;
  let last: number | null = null;
  const place = () => {
    if (last !== null && Math.abs(window.scrollY - last) > 2) return; // scrolled by hand: leave it
    let el: Element | null = null;
    try {
      el = document.querySelector(selector);
    } catch {
      return; // not a valid selector: nothing to scroll to
    }
    if (!el) return;
    const bar = document.querySelector('.topbar')?.getBoundingClientRect().bottom ?? 0;
    window.scrollTo({ top: Math.max(0, window.scrollY + el.getBoundingClientRect().top - bar - 8) });
    last = window.scrollY;
  };
  scrollTimers = [30, 150, 400, 900].map((ms) => setTimeout(place, ms));
}

/** The app's current state as a stop's hash (without the script's own link keys). */
export function currentHash(): string {
  const params = new URLSearchParams(hashOf(useLesson.getState()).slice(1));
  for (const k of ['script', 'stop', 'presenter']) params.delete(k);
  return `#${params.toString()}`;
}

/** A title for a new stop: where the lesson stands, e.g. "Forward · t = 2 · h_t · pass 1". */
export function momentTitle(): string {
  const s = useLesson.getState();
  const t = translator(s.lang);
  if (s.view === 'lab') return t('nav.lab');
  const m = momentAt(s.config.cell, s.seq.inputs.length, s.cursor.index);
  const phase = t(`phase.${m.phase}`);
  const where =
    m.phase === 'forward' || m.phase === 'backward' ? `${phase} · t = ${m.t} · ${t(`sub.${m.sub}`)}` : phase;
  return t('script.stopTitle', { phase: where, pass: s.cursor.pass + 1 });
}
