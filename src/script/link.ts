/**
 * A script in the link: the file's JSON, deflated (fflate) and base64url-encoded, under the key
 * `script` as `v1.<data>`; the built-in lecture is `script=lecture`. `stop` is the 1-based stop.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { parseScript, type ScriptError, serializeScript } from './format';
import type { Script } from './types';

/** Longest encoded script a link holds (characters of the `script` value); longer ones are refused. */
export const LINK_MAX = 8000;
export const LECTURE_KEY = 'lecture';
const PREFIX = 'v1.';

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let k = 0; k < bytes.length; k++) bin += String.fromCharCode(bytes[k]);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(s)) return null;
  try {
    const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
    const out = new Uint8Array(bin.length);
    for (let k = 0; k < bin.length; k++) out[k] = bin.charCodeAt(k);
    return out;
  } catch {
    return null;
  }
}

/** The `script` value of a script (compact JSON, deflated at level 9). */
export function encodeScript(script: Script): string {
  const json = JSON.stringify(JSON.parse(serializeScript(script)));
  return PREFIX + toBase64Url(deflateSync(strToU8(json), { level: 9 }));
}

/** The script of a `script` value; a damaged value is an error (script.err.link), a bad file its own error. */
export function decodeScript(value: string): Script | ScriptError {
  if (!value.startsWith(PREFIX)) return { key: 'script.err.link' };
  const bytes = fromBase64Url(value.slice(PREFIX.length));
  if (!bytes) return { key: 'script.err.link' };
  let text: string;
  try {
    text = strFromU8(inflateSync(bytes));
  } catch {
    return { key: 'script.err.link' };
  }
  return parseScript(text);
}
