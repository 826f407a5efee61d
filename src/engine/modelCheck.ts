/**
 * The one validator of model files, shared by the page (Load model) and the CLI (`trace --model`):
 * the same bytes get the same message. In order: UTF-8 only (a UTF-16 file or a stray byte is named),
 * nesting no deeper than the format's (checked before JSON.parse, so a deep file cannot overflow the
 * stack), the format itself (modelFile.parseModel, with the one limit for H and V of limits.ts), and a
 * forward and backward pass that stays finite (weights such as Whh = 1e200 overflow float64).
 */
import { EngineError, type Model } from './model';
import { parseModelText } from './modelFile';
import { buildTrace } from './trace';

/** The format nests at most 4 levels: the file's object → weights → a matrix → its rows. */
export const MAX_DEPTH = 4;
/** Steps of the finite-pass check (the vocabulary in order, from h0). */
export const CHECK_STEPS = 64;

/** The text of a model file's bytes; anything but UTF-8 (with or without a BOM) is refused. */
export function decodeModelBytes(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    throw new EngineError('model file is UTF-16 (it starts with a UTF-16 byte-order mark): save it as UTF-8');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // the first bad byte: a prefix read as a stream stays valid up to it (binary search)
    let lo = 0;
    let hi = bytes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (validPrefix(bytes, mid + 1)) lo = mid + 1;
      else hi = mid;
    }
    // name the start of the broken sequence: back over an incomplete one the prefix ends in
    let at = lo;
    if (!validPrefix(bytes, at, false)) {
      at -= 1;
      while (at > 0 && (bytes[at] & 0xc0) === 0x80) at--;
    }
    throw new EngineError(`model file is not UTF-8 (byte ${at} is 0x${(bytes[at] ?? 0).toString(16)})`);
  }
}

function validPrefix(bytes: Uint8Array, n: number, stream = true): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream });
    return true;
  } catch {
    return false;
  }
}

/** How deep arrays and objects nest in a JSON text (strings skipped). */
export function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (inString) {
      if (c === 0x5c)
        k++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) max = Math.max(max, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return max;
}

const finite = (a: ArrayLike<number>) => {
  for (let k = 0; k < a.length; k++) if (!Number.isFinite(a[k])) return false;
  return true;
};

/** Throws unless a pass over the vocabulary (in order, from h0) is finite forward and backward. */
export function checkFinitePass(model: Model): void {
  const V = model.vocab.length;
  const T = Math.min(CHECK_STEPS, V);
  const inputs = Array.from({ length: T }, (_, k) => k);
  const targets = inputs.map((k) => (k + 1) % V);
  const tr = buildTrace(model, inputs, targets);
  for (const f of tr.forward) {
    const bad = !finite(f.h)
      ? 'h'
      : f.c && !finite(f.c)
        ? 'c'
        : !finite(f.y)
          ? 'y'
          : !finite(f.p)
            ? 'p'
            : null;
    if (bad)
      throw new EngineError(
        `the model's forward pass is not finite: ${bad} at step ${f.t} holds NaN or ±Infinity (weights too large for float64)`,
      );
  }
  for (const [name, g] of Object.entries(tr.grads))
    if (!finite(g))
      throw new EngineError(
        `the model's backward pass is not finite: the gradient of ${name} holds NaN or ±Infinity`,
      );
}

/** A model file's bytes as a model, or an EngineError with one message (the page and the CLI show it). */
export function readModelBytes(bytes: Uint8Array): Model {
  const text = decodeModelBytes(bytes);
  const depth = nestingDepth(text);
  if (depth > MAX_DEPTH)
    throw new EngineError(
      `model file nests arrays and objects ${depth} levels deep; the format has at most ${MAX_DEPTH} (file → weights → matrix → row)`,
    );
  const model = parseModelText(text);
  checkFinitePass(model);
  return model;
}
