/** URL hash ⇄ store, in one place: read once at start (and on hashchange), written on every change. */
import { formatHash, parseHash } from './config';
import { type LessonState, useLesson, VIEWS, type View } from './index';
import { labFromParams, labToParams } from './labSlice';

function apply(hash: string): void {
  const { config, cursor, invalid } = parseHash(hash);
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const view = params.get('view');
  if (view !== null && !VIEWS.includes(view as View)) invalid.push('view');
  const lab = labFromParams(params);
  invalid.push(...lab.invalid);
  useLesson.setState((s) => ({
    view: VIEWS.includes(view as View) ? (view as View) : 'lesson',
    lab: { ...s.lab, ...lab.lab },
  }));
  const store = useLesson.getState();
  const error = store.setConfig(config);
  if (error) {
    // the link's text cannot be used: fall back to the defaults and say so
    useLesson.setState({ notice: { kind: 'error', message: error } });
    return;
  }
  store.goTo(cursor);
  if (invalid.length > 0) {
    useLesson.setState({
      notice: { kind: 'error', message: { key: 'error.badHash', params: { keys: invalid.join(', ') } } },
    });
  }
}

let lastWritten = '';

/** Starts syncing; returns a function that stops it. */
export function startUrlSync(): () => void {
  if (window.location.hash.length > 1) apply(window.location.hash);
  const write = (s: LessonState) => {
    const params = new URLSearchParams(formatHash(s.config, s.cursor).slice(1));
    if (s.view !== 'lesson') params.set('view', s.view);
    for (const [k, v] of Object.entries(labToParams(s.lab))) params.set(k, v);
    const hash = `#${params.toString()}`;
    if (hash === lastWritten) return;
    lastWritten = hash;
    window.history.replaceState(null, '', hash);
  };
  write(useLesson.getState());
  const unsub = useLesson.subscribe((s, p) => {
    if (s.config !== p.config || s.cursor !== p.cursor || s.view !== p.view || s.lab !== p.lab) write(s);
  });
  const onHash = () => {
    if (window.location.hash !== lastWritten) apply(window.location.hash);
  };
  window.addEventListener('hashchange', onHash);
  return () => {
    unsub();
    window.removeEventListener('hashchange', onHash);
  };
}
