/** The teacher's own script, kept in localStorage (the file format's JSON). */
import { parseScript, type ScriptError, serializeScript } from './format';
import type { Script } from './types';

const KEY = 'unrolled.script';

/** The saved script, null when there is none, or why it could not be read. */
export function loadSaved(): Script | ScriptError | null {
  try {
    const text = globalThis.localStorage?.getItem(KEY);
    if (!text) return null;
    return parseScript(text);
  } catch {
    return null;
  }
}

export function save(script: Script): void {
  try {
    // a script with no stops is not a valid file: nothing is kept
    if (script.stops.length === 0) globalThis.localStorage?.removeItem(KEY);
    else globalThis.localStorage?.setItem(KEY, serializeScript(script));
  } catch {
    /* storage unavailable or full: the script lives on in this page (and can be downloaded) */
  }
}
