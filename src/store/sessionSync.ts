/**
 * Session restore (docs/robustness.md): the lesson's full state is written to IndexedDB after every
 * change (debounced, at most SAVE_MAX_WAIT apart while training runs) and at once on `pagehide` and on
 * `visibilitychange` to hidden; at start it is read back when the address opens the same lesson (or
 * has no hash). A link to another lesson wins and starts a new session. "Start fresh" forgets the
 * session and opens the address's seeded lesson.
 */
import { DEFAULT_CONFIG, formatHash, parseHash } from './config';
import { useLesson } from './index';
import { buildSequence, firstPass, isError, type LessonError } from './lesson';
import { openSessionDb, readSession, writeSession } from './sessionDb';
import { fromRecord, lessonKey, type RestoredSession, toRecord } from './sessionRecord';
import { currentKey, INITIAL_TRAINING, keptTraining, withTrainedOptimizer } from './trainingState';
import { applyHash, hashOf, onAddressWritten, writeUrlNow } from './url';
import { WEIGHTS_KEY } from './weightsLink';

export const SAVE_DEBOUNCE = 150;
export const SAVE_MAX_WAIT = 1000;
/** How many of the session's latest addresses (lesson keys) restore it. */
export const KEPT_ADDRESSES = 3;

/** Whether the record holds anything the address alone does not rebuild. */
function worthRestoring(r: RestoredSession, startHash: string): boolean {
  const t = r.training;
  const choices =
    t.source !== INITIAL_TRAINING.source ||
    t.pasted !== '' ||
    t.clip !== INITIAL_TRAINING.clip ||
    t.budget !== INITIAL_TRAINING.budget;
  const settings = (h: string) => formatHash(parseHash(h).config, { pass: 0, index: 0 });
  return (
    r.trained !== null ||
    r.loaded !== null ||
    choices ||
    formatHash(r.config, { pass: 0, index: 0 }) !== settings(startHash)
  );
}

/** Puts a restored session into the store; false if it no longer makes a lesson. */
function apply(r: RestoredSession): boolean {
  const model = r.trained?.model ?? r.loaded?.model ?? null;
  if (model && (model.cell !== r.config.cell || model.hiddenSize !== r.config.hidden)) return false;
  const seq = buildSequence(r.config, r.loaded?.model.vocab ?? model?.vocab ?? null);
  if (isError(seq)) return false;
  const pass = withTrainedOptimizer(firstPass(r.config, seq, model), r.trained, r.config);
  const s = useLesson.getState();
  s.discardTrained();
  useLesson.setState({
    config: r.config,
    loaded: r.loaded,
    trained: r.trained,
    snapshot: null,
    seq,
    passes: [pass],
    cursor: { pass: 0, index: 0 },
    training: {
      ...INITIAL_TRAINING,
      ...r.training,
      corpus: null,
      status: r.trained ? 'paused' : 'idle',
      detached: r.trained !== null,
    },
  });
  useLesson.setState((st) => ({ training: { ...st.training, key: st.trained ? currentKey(st) : null } }));
  if (r.training.source.startsWith('corpus:'))
    useLesson.getState().setTrainingOptions({ source: r.training.source });
  useLesson.getState().goTo(r.cursor);
  return true;
}

const EARLY_KEY = 'unrolled.session.early';

/** JSON keeps no NaN/Infinity (a record's loss is NaN before training): they travel as {$num: "NaN"}. */
function writeEarlyRecord(record: unknown): void {
  try {
    const json = JSON.stringify(record, (_k, v) =>
      typeof v === 'number' && !Number.isFinite(v) ? { $num: String(v) } : v,
    );
    window.sessionStorage.setItem(EARLY_KEY, json);
  } catch {
    // no sessionStorage (or full): the change is lost as it would have been without this
  }
}

function readEarlyRecord(): unknown {
  try {
    const json = window.sessionStorage.getItem(EARLY_KEY);
    window.sessionStorage.removeItem(EARLY_KEY);
    if (json === null) return null;
    return JSON.parse(json, (_k, v) =>
      v !== null && typeof v === 'object' && Object.keys(v).length === 1 && typeof v.$num === 'string'
        ? Number(v.$num)
        : v,
    );
  } catch {
    return null;
  }
}

let startFresh: () => void = () => {};

/** Forgets the saved session and opens the address's own lesson (seeded weights, default training choices). */
export function startFreshSession(): void {
  startFresh();
}

/** Restores the session if the address allows it, then keeps it saved. Returns a function that stops saving. */
export async function startSessionSync(startHash: string): Promise<() => void> {
  // a change made while the database opens (a click right after the page shows) is saved once it is open
  let changedEarly = false;
  const early = useLesson.subscribe(() => {
    changedEarly = true;
  });
  // …and one made and followed by a reload before it is open (a fresh profile under load can take a
  // few hundred ms) is kept in sessionStorage, which a reload of the tab reads back synchronously
  const earlyLeave = () => {
    if (!changedEarly) return;
    const s = useLesson.getState();
    const keys = [lessonKey(hashOf(s)), lessonKey(window.location.hash)];
    writeEarlyRecord(toRecord(s, keptTraining(s), [...new Set(keys)], Date.now()));
  };
  window.addEventListener('pagehide', earlyLeave, { capture: true });
  const opened = await openSessionDb();
  window.removeEventListener('pagehide', earlyLeave, { capture: true });
  if (!opened) {
    early();
    return () => {};
  }
  const stored = await readSession();
  const left = readEarlyRecord();
  const savedAt = (r: unknown) => (r as { savedAt?: number } | null)?.savedAt ?? 0;
  const takeLeft = left !== null && savedAt(left) > savedAt(stored);
  const raw = takeLeft ? left : stored;
  if (takeLeft) changedEarly = true; // into IndexedDB once it is open
  const startKey = startHash.length > 1 ? lessonKey(startHash) : null;
  let addresses: string[] = [];
  let restored = false;
  if (raw) {
    const r = fromRecord(raw);
    const addrs = (raw as { addresses?: unknown }).addresses;
    const matches = startKey === null || (Array.isArray(addrs) && addrs.includes(startKey));
    if (!('error' in r) && matches && worthRestoring(r, startHash) && apply(r)) {
      restored = true;
      addresses = (addrs as unknown[]).filter((a): a is string => typeof a === 'string');
    }
  }

  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstPending = 0;
  // addresses the bar showed since the last save, newest first: all of them go into the next record
  let written: string[] = [];
  const save = (leaving = false) => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    firstPending = 0;
    const s = useLesson.getState();
    const here = lessonKey(window.location.hash);
    const shown = lessonKey(hashOf(s));
    // the address a reload opens may be one written a moment before (the reload was already under
    // way when the page rewrote it): every address shown since the last save, and the last few
    // before it, restore the session
    const fresh = [...new Set([shown, here, ...written])];
    addresses = [...new Set([...fresh, ...addresses])].slice(0, Math.max(KEPT_ADDRESSES, fresh.length));
    written = [];
    const record = toRecord(s, keptTraining(s), addresses, Date.now());
    void writeSession(record);
    // IndexedDB may not finish a write begun as the page goes: sessionStorage, written at once, backs it
    if (leaving) writeEarlyRecord(record);
  };
  const schedule = () => {
    const now = Date.now();
    if (firstPending === 0) firstPending = now;
    if (timer !== null) clearTimeout(timer);
    const wait = Math.max(0, Math.min(SAVE_DEBOUNCE, firstPending + SAVE_MAX_WAIT - now));
    timer = setTimeout(() => save(), wait);
  };
  startFresh = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    void writeSession(null);
    const s = useLesson.getState();
    s.discardTrained();
    useLesson.setState({ loaded: null, trained: null, snapshot: null, training: INITIAL_TRAINING });
    // the address's seeded lesson: its settings, without the weights block it may carry
    const params = new URLSearchParams(startHash.replace(/^#/, ''));
    params.delete(WEIGHTS_KEY);
    if (params.size > 0) applyHash(`#${params.toString()}`);
    else {
      useLesson.getState().setConfig(DEFAULT_CONFIG);
      useLesson.getState().goTo({ pass: 0, index: 0 });
    }
    useLesson.setState({ notice: null });
    writeUrlNow(); // the address without the weights block, before a reload can take the old one
  };
  if (restored) {
    const s = useLesson.getState();
    const what: LessonError = s.trained
      ? {
          key: 'session.restored.trained' as const,
          params: { n: s.trained.iterations.toLocaleString('en-US') },
        }
      : s.loaded
        ? { key: 'session.restored.loaded' as const, params: { file: s.loaded.file } }
        : { key: 'session.restored.settings' as const };
    useLesson.setState({
      notice: {
        kind: 'info',
        message: what,
        action: { label: 'session.startFresh', run: startFreshSession },
      },
    });
  }
  early();
  if (changedEarly) schedule();
  const unwatch = onAddressWritten((hash) => {
    const key = lessonKey(hash);
    if (addresses.includes(key) || written.includes(key)) return;
    written = [key, ...written];
    schedule(); // an address the record does not know yet: a reload from it must find the session
  });
  const unsub = useLesson.subscribe((s, p) => {
    if (
      s.config !== p.config ||
      s.cursor !== p.cursor ||
      s.loaded !== p.loaded ||
      s.trained !== p.trained ||
      s.snapshot !== p.snapshot ||
      s.training !== p.training
    )
      schedule();
  });
  // leaving or hiding the page writes at once (capture: before the address is rewritten by url.ts)
  const flush = () => {
    if (timer !== null) save(true);
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  window.addEventListener('pagehide', flush, { capture: true });
  document.addEventListener('visibilitychange', onVisibility, { capture: true });
  return () => {
    flush();
    unsub();
    unwatch();
    window.removeEventListener('pagehide', flush, { capture: true });
    document.removeEventListener('visibilitychange', onVisibility, { capture: true });
  };
}
