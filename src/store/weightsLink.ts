/**
 * Links that keep their promise (docs/links.md): after training or loading a model the hash carries the
 * weights as one compact base64url block (`w=`, float64, exact), when it fits in MAX_BLOCK_CHARS; and the
 * language may be set by the link (`lang=ko`). The block is the model: cell, activation, vocabulary, H,
 * every weight in file order, h0 (and c0). A malformed block is refused with one short message.
 */
import { ACTIVATIONS, CELL_TYPES, EngineError, type Model, weightShapes } from '../engine/model';
import { splitChars } from '../engine/text';
import { LANGS, type Lang, translate } from '../i18n';
import { HIDDEN_MAX, VOCAB_MAX } from './config';
import type { LessonState } from './index';
import { useLesson } from './index';

export const BLOCK_VERSION = 1;
/** The longest `w=` value written: links stay well under the ~8 KB that chat apps and QR codes take. */
export const MAX_BLOCK_CHARS = 8000;
export const WEIGHTS_KEY = 'w';
export const LANG_KEY = 'lang';

const HEADER = 10; // version, cell, activation, flags, H (u16), V (u16), vocab bytes (u16)

/** The number of float64 values a model of this shape holds in the block. */
function floatCount(m: Pick<Model, 'cell' | 'hiddenSize'>, V: number): number {
  const H = m.hiddenSize;
  const w = weightShapes(m.cell, V, H).reduce((s, x) => s + x.rows * x.cols, 0);
  return w + H + (m.cell === 'lstm' ? H : 0);
}

function toBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (let k = 0; k < bytes.length; k += 0x8000) s += String.fromCharCode(...bytes.subarray(k, k + 0x8000));
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new EngineError('it holds characters that are not base64url');
  if (text.length % 4 === 1) throw new EngineError('its length is not that of base64');
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

/** The model as a base64url block (little-endian float64, so every number round-trips exactly). */
export function encodeWeights(model: Model): string {
  const V = model.vocab.length;
  const vocab = new TextEncoder().encode(model.vocab.join(''));
  const n = floatCount(model, V);
  const bytes = new Uint8Array(HEADER + vocab.length + 8 * n);
  const view = new DataView(bytes.buffer);
  view.setUint8(0, BLOCK_VERSION);
  view.setUint8(1, CELL_TYPES.indexOf(model.cell));
  view.setUint8(2, ACTIVATIONS.indexOf(model.activation));
  view.setUint8(3, model.c0 ? 1 : 0);
  view.setUint16(4, model.hiddenSize, true);
  view.setUint16(6, V, true);
  view.setUint16(8, vocab.length, true);
  bytes.set(vocab, HEADER);
  let at = HEADER + vocab.length;
  const put = (a: ArrayLike<number>) => {
    for (let k = 0; k < a.length; k++, at += 8) view.setFloat64(at, a[k], true);
  };
  for (const s of weightShapes(model.cell, V, model.hiddenSize)) put(model.weights[s.name]);
  put(model.h0);
  if (model.cell === 'lstm') put(model.c0 ?? new Float64Array(model.hiddenSize));
  return toBase64Url(bytes);
}

/** The inverse of encodeWeights; throws an EngineError naming the first problem. */
export function decodeWeights(text: string): Model {
  const bytes = fromBase64Url(text);
  if (bytes.length < HEADER) throw new EngineError('it is too short');
  const view = new DataView(bytes.buffer);
  const version = view.getUint8(0);
  if (version !== BLOCK_VERSION) throw new EngineError(`its version ${version} is not ${BLOCK_VERSION}`);
  const cell = CELL_TYPES[view.getUint8(1)];
  const activation = ACTIVATIONS[view.getUint8(2)];
  if (!cell) throw new EngineError('its cell type is unknown');
  if (!activation) throw new EngineError('its activation is unknown');
  const H = view.getUint16(4, true);
  const V = view.getUint16(6, true);
  const vocabBytes = view.getUint16(8, true);
  if (H < 1 || H > HIDDEN_MAX) throw new EngineError(`its hidden size ${H} is outside 1–${HIDDEN_MAX}`);
  if (V < 1 || V > VOCAB_MAX) throw new EngineError(`its vocabulary size ${V} is outside 1–${VOCAB_MAX}`);
  if (HEADER + vocabBytes > bytes.length) throw new EngineError('it is cut short');
  let vocabText: string;
  try {
    vocabText = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(HEADER, HEADER + vocabBytes));
  } catch {
    throw new EngineError('its vocabulary is not UTF-8');
  }
  const vocab = splitChars(vocabText);
  if (vocab.length !== V || new Set(vocab).size !== V)
    throw new EngineError(`its vocabulary is not ${V} distinct characters`);
  const n = floatCount({ cell, hiddenSize: H }, V);
  const expected = HEADER + vocabBytes + 8 * n;
  if (bytes.length !== expected)
    throw new EngineError(`it has ${bytes.length} bytes, expected ${expected} for ${cell} H=${H} V=${V}`);
  let at = HEADER + vocabBytes;
  const take = (len: number) => {
    const out = new Float64Array(len);
    for (let k = 0; k < len; k++, at += 8) out[k] = view.getFloat64(at, true);
    if (!out.every(Number.isFinite)) throw new EngineError('it holds a number that is not finite');
    return out;
  };
  const weights: Model['weights'] = {};
  for (const s of weightShapes(cell, V, H)) weights[s.name] = take(s.rows * s.cols);
  const h0 = take(H);
  const c0 = cell === 'lstm' ? take(H) : null;
  return { cell, activation, vocab, hiddenSize: H, weights, h0, c0 };
}

export type LinkWeights =
  /** The lesson runs on seeded weights: the settings alone reproduce them. */
  | { kind: 'seeded' }
  | { kind: 'carried'; block: string }
  /** Trained or loaded weights too large for a link: it opens the untrained model. */
  | { kind: 'tooBig'; chars: number };

const SEEDED: LinkWeights = { kind: 'seeded' };
let memo: { model: Model; result: LinkWeights } | null = null;

/**
 * What the link does with the weights of pass 0, memoised on the model (encoded once per change, and
 * the same object while it lasts: a store selector).
 */
export function linkWeights(s: Pick<LessonState, 'trained' | 'loaded' | 'passes'>): LinkWeights {
  if (!s.trained && !s.loaded) return SEEDED;
  const model = s.passes[0].model;
  if (memo?.model === model) return memo.result;
  const block = encodeWeights(model);
  const result: LinkWeights =
    block.length <= MAX_BLOCK_CHARS ? { kind: 'carried', block } : { kind: 'tooBig', chars: block.length };
  memo = { model, result };
  return result;
}

/** Whether the address carries `lang`: then it keeps following the language (set by link or by hand). */
let langInLink = false;

export interface LinkExtras {
  lang: Lang | null;
  /** The decoded model, or the reason the block was refused; null when the link has no block. */
  weights: { model: Model } | { error: string } | null;
  invalid: string[];
}

/** Reads `lang` and `w` from the hash's parameters (pure: no store). */
export function readLinkExtras(params: URLSearchParams): LinkExtras {
  const invalid: string[] = [];
  const rawLang = params.get(LANG_KEY);
  const lang = LANGS.includes(rawLang as Lang) ? (rawLang as Lang) : null;
  if (rawLang !== null && lang === null) invalid.push(LANG_KEY);
  const raw = params.get(WEIGHTS_KEY);
  let weights: LinkExtras['weights'] = null;
  if (raw !== null) {
    try {
      weights = { model: decodeWeights(raw) };
    } catch (e) {
      weights = { error: e instanceof Error ? e.message : String(e) };
    }
  }
  return { lang, weights, invalid };
}

/** The link's language, for this visit (the browser's remembered choice is left alone). */
export function applyLinkLang(extras: LinkExtras): void {
  langInLink = extras.lang !== null;
  if (extras.lang) useLesson.setState({ lang: extras.lang });
}

/**
 * The link's weights, after its settings, as a loaded model. A refused block keeps the seeded weights
 * and says why.
 */
export function applyLinkWeights(extras: LinkExtras): void {
  const w = extras.weights;
  if (!w) return;
  const store = useLesson.getState();
  if ('error' in w) {
    store.setNotice({ kind: 'error', message: { key: 'link.error.weights', params: { reason: w.error } } });
    return;
  }
  store.loadModel(w.model, translate(store.lang, 'link.fileName'));
  // loadModel refuses a model whose vocabulary does not cover the link's text (and says so)
  if (useLesson.getState().loaded?.model === w.model) {
    store.setNotice({ kind: 'info', message: { key: 'link.weightsLoaded' } });
  }
}

/** Adds `lang` and `w` to the parameters the address is written from. */
export function writeLinkExtras(s: LessonState, params: URLSearchParams): void {
  if (langInLink) params.set(LANG_KEY, s.lang);
  const w = linkWeights(s);
  if (w.kind === 'carried') params.set(WEIGHTS_KEY, w.block);
}

/** Tests start from a link without `lang`. */
export function resetLinkExtras(): void {
  langInLink = false;
  memo = null;
}
