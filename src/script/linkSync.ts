/**
 * The open script in the address: `script=lecture` or `script=v1.<deflated JSON>` and `stop=N`
 * (1-based), written with the lesson's keys by url.ts; read once at start and on a pasted link.
 */
import { useLesson } from '../store';
import { setLinkExtras } from '../store/url';
import { enter, stopSpan } from './clicks';
import { decodeScript, encodeScript, LECTURE_KEY, LINK_MAX } from './link';
import { type ScriptState, selectScript, useScript } from './store';
import type { Script } from './types';

let encoded: { script: Script; value: string } | null = null;
let lastValue: string | null = null;

function scriptValue(s: ScriptState): string | null {
  if (s.source === 'lecture') return LECTURE_KEY;
  if (s.source !== 'custom') return null;
  if (encoded?.script !== s.custom) encoded = { script: s.custom, value: encodeScript(s.custom) };
  return encoded.value;
}

/** The link keys of the script state (and of the presenter window, which keeps presenter=1). */
function writeExtras(s: ScriptState, presenter: boolean): void {
  const extras: Record<string, string> = presenter ? { presenter: '1' } : {};
  const value = scriptValue(s);
  let link: ScriptState['link'] = null;
  if (value !== null && s.source === 'custom') link = { size: value.length, tooBig: value.length > LINK_MAX };
  if (value !== null && !link?.tooBig) {
    extras.script = value;
    extras.stop = String(s.pos.stop + 1);
  }
  lastValue = value;
  if (link?.size !== s.link?.size || link?.tooBig !== s.link?.tooBig) useScript.setState({ link });
  setLinkExtras(extras);
}

/** Opens the script a link names; with the lesson state in the link too, that state is kept as it is. */
function openFromLink(value: string, params: URLSearchParams): void {
  const store = useScript.getState();
  let custom: Script | null = null;
  if (value !== LECTURE_KEY) {
    const decoded = decodeScript(value);
    if ('key' in decoded) {
      store.setMessage({ kind: 'error', message: decoded });
      return;
    }
    custom = decoded; // opened from a link: not saved over the teacher's own script until edited
    useScript.setState({ custom });
  }
  const source = custom ? 'custom' : 'lecture';
  const script = selectScript({ ...useScript.getState(), source }) as Script;
  const n = Number(params.get('stop') ?? 1);
  const i = Number.isInteger(n) ? Math.max(0, Math.min(script.stops.length - 1, n - 1)) : 0;
  if (!params.has('m')) {
    store.open(source, i);
    return;
  }
  // the link also holds the lesson's state (a reload, a shared moment): keep it, place the script there
  const stop = script.stops[i];
  const { a, b } = stopSpan(stop);
  const m = Math.max(a, Math.min(b, useLesson.getState().cursor.index));
  const pos = stop.question && m === a ? enter(script, i) : { stop: i, m, revealed: true };
  useScript.setState({ source, pos, votes: [], startedAt: Date.now() });
}

/** Starts the link part of the script; `startHash` is the address as the page opened it. */
export function startScriptLink(startHash: string, presenter: boolean): void {
  const params = new URLSearchParams(startHash.replace(/^#/, ''));
  const value = params.get('script');
  if (value) openFromLink(value, params);
  writeExtras(useScript.getState(), presenter);
  useScript.subscribe((s, p) => {
    if (s.source !== p.source || s.custom !== p.custom || s.pos.stop !== p.pos.stop)
      writeExtras(s, presenter);
  });
  window.addEventListener('hashchange', () => {
    const next = new URLSearchParams(window.location.hash.replace(/^#/, ''));
    const v = next.get('script');
    if (v && v !== lastValue) openFromLink(v, next);
  });
}
