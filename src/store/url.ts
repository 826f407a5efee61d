/** URL hash ⇄ store, in one place: read once at start (and on hashchange), written after changes (coalesced). */
import { CONFIG_KEYS, DEFAULT_CONFIG, formatHash, parseHash, type Rejected, refusal } from './config';
import { type LessonState, useLesson, VIEWS, type View } from './index';
import { labFromParams, labToParams } from './labSlice';
import { applyLinkLang, applyLinkWeights, readLinkExtras, writeLinkExtras } from './weightsLink';

/** Keys read by other parts of the link (weight blocks, presenter mode…): they are not "unknown". */
const otherKeys: ((key: string) => boolean)[] = [
  (k) => k === 'view' || k === 'present' || k.startsWith('lab.'),
  (k) => k === 'w' || k === 'lang', // weightsLink
  (k) => k === 'script' || k === 'stop' || k === 'presenter', // the script and its presenter window
];

/** Lets another part of the app claim link keys (so that they are not reported as unknown). */
export function registerUrlKeys(owns: (key: string) => boolean): void {
  otherKeys.push(owns);
}

const isKnown = (key: string) => CONFIG_KEYS.includes(key) || otherKeys.some((owns) => owns(key));

/** Duplicate and unknown keys of a link, each named. */
export function strayKeys(params: URLSearchParams): Rejected[] {
  const out: Rejected[] = [];
  const seen = new Set<string>();
  for (const key of params.keys()) {
    if (seen.has(key)) continue;
    seen.add(key);
    const all = params.getAll(key);
    if (!isKnown(key)) out.push({ key, message: { key: 'robust.reject.unknown', params: { key } } });
    else if (all.length > 1)
      out.push({
        key,
        message: { key: 'robust.reject.duplicate', params: { key, n: all.length, value: all[0] } },
      });
  }
  return out;
}

/**
 * Applies a link's state (config, pass, moment, view, lab.*, weights, language, presenter mode); every
 * key it could not use is named in one notice. Returns the keys that were refused.
 */
export function applyHash(hash: string): string[] {
  const { config, cursor, rejected } = parseHash(hash);
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const details: Rejected[] = [...rejected, ...strayKeys(params)];
  const view = params.get('view');
  if (view !== null && !VIEWS.includes(view as View))
    details.push(
      refusal('view', view, { why: 'robust.reject.oneOf', params: { options: VIEWS.join(', ') } }, 'lesson'),
    );
  const lab = labFromParams(params);
  for (const key of lab.invalid)
    details.push({
      key,
      message: { key: 'robust.reject.value', params: { key, value: params.get(key) ?? '' } },
    });
  const extras = readLinkExtras(params);
  for (const key of extras.invalid)
    details.push({
      key,
      message: { key: 'robust.reject.value', params: { key, value: params.get(key) ?? '' } },
    });
  applyLinkLang(extras);
  const present = params.get('present');
  if (present !== null && present !== '1' && present !== '0')
    details.push(
      refusal('present', present, { why: 'robust.reject.oneOf', params: { options: '0, 1' } }, '0'),
    );
  useLesson.setState((s) => ({
    view: VIEWS.includes(view as View) ? (view as View) : 'lesson',
    presenting: present === '1',
    lab: { ...s.lab, ...lab.lab },
    // a link always wins over an unsaved draft in the settings
    linkEpoch: s.linkEpoch + 1,
  }));
  const store = useLesson.getState();
  const error = store.setConfig(config);
  if (error) {
    // the link's texts cannot make a lesson: its other settings still apply, with the default texts
    details.push({ key: 'in', message: error });
    details.push({ key: 'in', message: { key: 'robust.reject.lesson' } });
    store.setConfig({ ...config, input: DEFAULT_CONFIG.input, target: DEFAULT_CONFIG.target, vocab: '' });
  } else {
    applyLinkWeights(extras);
    store.goTo(cursor);
  }
  if (details.length > 0) {
    const notice = useLesson.getState().notice;
    useLesson.setState({
      notice: {
        kind: 'error',
        message: { key: 'robust.badLink' },
        details: [...details.map((d) => d.message), ...(notice ? [notice.message] : [])],
      },
    });
  }
  return details.map((d) => d.key);
}

/** Keys other features keep in the link (the script: script, stop), written after the lesson's own. */
let extras: Record<string, string> = {};
let requestWrite: () => void = () => {};
let writeNow: () => void = () => {};

/**
 * Writes the address at once instead of within WRITE_EVERY ms: after an action whose old address must
 * not survive a reload (Start fresh drops a weights block — a reload right after it must not bring it back).
 */
export function writeUrlNow(): void {
  writeNow();
}
export function setLinkExtras(next: Record<string, string>): void {
  extras = next;
  requestWrite();
}

let lastWritten = '';

/** Told of every address written into the bar (the session keeps them: a reload may open any recent one). */
const writtenListeners = new Set<(hash: string) => void>();
export function onAddressWritten(listener: (hash: string) => void): () => void {
  writtenListeners.add(listener);
  return () => writtenListeners.delete(listener);
}

/** URL writes are coalesced: at most one per WRITE_EVERY ms (a replaceState costs a few ms per step). */
export const WRITE_EVERY = 250;

export function hashOf(s: LessonState): string {
  const params = new URLSearchParams(formatHash(s.config, s.computing?.target ?? s.cursor).slice(1));
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
    // the address changed from outside (a pasted link, Back) and its hashchange has not come yet: it is
    // applied then, and written after; a pending write now would put the old state over the new link
    if (lastWritten !== '' && window.location.hash !== lastWritten) return;
    const hash = hashOf(useLesson.getState());
    if (hash === lastWritten) return;
    lastWritten = hash;
    window.history.replaceState(null, '', hash);
    for (const listener of writtenListeners) listener(hash);
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
  writeNow = write;
  write();
  const unsub = useLesson.subscribe((s, p) => {
    if (
      s.config !== p.config ||
      s.cursor !== p.cursor ||
      s.computing !== p.computing ||
      s.view !== p.view ||
      s.presenting !== p.presenting ||
      s.lab !== p.lab
    )
      schedule();
    else if (s.passes[0] !== p.passes[0] || s.lang !== p.lang) schedule(); // link weights and language
  });
  const onHash = () => {
    if (window.location.hash === lastWritten) return;
    applyHash(window.location.hash);
    // the address bar shows what is shown (a refused key is replaced by the value used)
    lastWritten = '';
    write();
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
