/** URL hash ⇄ store, in one place: read once at start (and on hashchange), written after changes (coalesced). */
import { formatHash, parseHash } from './config';
import { type LessonState, useLesson, VIEWS, type View } from './index';
import { labFromParams, labToParams } from './labSlice';
import { applyLinkLang, applyLinkWeights, readLinkExtras, writeLinkExtras } from './weightsLink';

/** Applies a link's state (config, pass, moment, view, lab.*); returns the keys that were malformed. */
export function applyHash(hash: string): string[] {
  const { config, cursor, invalid } = parseHash(hash);
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const view = params.get('view');
  if (view !== null && !VIEWS.includes(view as View)) invalid.push('view');
  const lab = labFromParams(params);
  invalid.push(...lab.invalid);
  const extras = readLinkExtras(params);
  invalid.push(...extras.invalid);
  applyLinkLang(extras);
  const present = params.get('present');
  if (present !== null && present !== '1' && present !== '0') invalid.push('present');
  useLesson.setState((s) => ({
    view: VIEWS.includes(view as View) ? (view as View) : 'lesson',
    presenting: present === '1',
    lab: { ...s.lab, ...lab.lab },
  }));
  const store = useLesson.getState();
  const error = store.setConfig(config);
  if (error) {
    // the link's text cannot be used: fall back to the defaults and say so
    useLesson.setState({ notice: { kind: 'error', message: error } });
    return invalid;
  }
  applyLinkWeights(extras);
  store.goTo(cursor);
  if (invalid.length > 0) {
    useLesson.setState({
      notice: { kind: 'error', message: { key: 'error.badHash', params: { keys: invalid.join(', ') } } },
    });
  }
  return invalid;
}

/** Keys other features keep in the link (the script: script, stop), written after the lesson's own. */
let extras: Record<string, string> = {};
let requestWrite: () => void = () => {};
export function setLinkExtras(next: Record<string, string>): void {
  extras = next;
  requestWrite();
}

let lastWritten = '';

/** URL writes are coalesced: at most one per WRITE_EVERY ms (a replaceState costs a few ms per step). */
export const WRITE_EVERY = 250;

export function hashOf(s: LessonState): string {
  const params = new URLSearchParams(formatHash(s.config, s.cursor).slice(1));
  if (s.view !== 'lesson') params.set('view', s.view);
  if (s.presenting) params.set('present', '1');
  for (const [k, v] of Object.entries(labToParams(s.lab))) params.set(k, v);
  writeLinkExtras(s, params);
  for (const [k, v] of Object.entries(extras)) params.set(k, v);
  return `#${params.toString()}`;
}

/** The address of the current state, formatted now (Copy link must not copy a stale one). */
export function currentLink(): string {
  return `${window.location.href.split('#')[0]}${hashOf(useLesson.getState())}`;
}

/** Starts syncing; returns a function that stops it. */
export function startUrlSync(): () => void {
  if (window.location.hash.length > 1) applyHash(window.location.hash);
  let timer: ReturnType<typeof setTimeout> | null = null;
  const write = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const hash = hashOf(useLesson.getState());
    if (hash === lastWritten) return;
    lastWritten = hash;
    window.history.replaceState(null, '', hash);
  };
  // while the lesson moves, the URL catches up within WRITE_EVERY ms (in an idle moment when there is
  // one soon, so that the write does not land between a key press and its frame); when it stops, it is exact
  const idle = (
    globalThis as { requestIdleCallback?: (cb: () => void, o: { timeout: number }) => number }
  ).requestIdleCallback?.bind(globalThis);
  const schedule = () => {
    if (timer !== null) return;
    timer = setTimeout(() => {
      if (idle) idle(write, { timeout: WRITE_EVERY / 2 });
      else write();
    }, WRITE_EVERY / 2);
  };
  requestWrite = schedule;
  write();
  const unsub = useLesson.subscribe((s, p) => {
    if (
      s.config !== p.config ||
      s.cursor !== p.cursor ||
      s.view !== p.view ||
      s.presenting !== p.presenting ||
      s.lab !== p.lab
    )
      schedule();
    else if (s.passes[0] !== p.passes[0] || s.lang !== p.lang) schedule(); // link weights and language
  });
  const onHash = () => {
    if (window.location.hash !== lastWritten) applyHash(window.location.hash);
  };
  // leaving or hiding the page (bookmark, share, close) writes what is pending at once
  const flush = () => {
    if (timer !== null) write();
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  window.addEventListener('hashchange', onHash);
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    flush();
    unsub();
    window.removeEventListener('hashchange', onHash);
    window.removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}
