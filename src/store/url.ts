/** URL hash ⇄ store, in one place: read once at start (and on hashchange), written on every change. */
import { type Config, formatHash, parseHash } from './config';
import { useLesson } from './index';

function apply(hash: string): void {
  const { config, cursor, invalid } = parseHash(hash);
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
  const write = (config: Config, cursor: { pass: number; index: number }) => {
    const hash = formatHash(config, cursor);
    if (hash === lastWritten) return;
    lastWritten = hash;
    window.history.replaceState(null, '', hash);
  };
  write(useLesson.getState().config, useLesson.getState().cursor);
  const unsub = useLesson.subscribe((s, p) => {
    if (s.config !== p.config || s.cursor !== p.cursor) write(s.config, s.cursor);
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
