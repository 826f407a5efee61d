/**
 * Sampling text from a model, min-char-rnn style: feed a seed character (or a whole prefix), then
 * repeatedly draw the next character from p = softmax(y / τ) and feed it back in.
 * τ < 1 sharpens the distribution, τ > 1 flattens it; τ = 0 means greedy (always the argmax).
 */
import { forwardCell } from './cells';
import { addMatVec } from './linalg';
import { EngineError, type Model } from './model';
import { argmax, softmax } from './numeric';
import type { Rng } from './rng';
import { encode, splitChars } from './text';

export interface SampledChar {
  char: string;
  index: number;
  /** The probability the drawn character had: p[index] with p = softmax(y / τ) (1 when greedy). */
  p: number;
}

export interface SampleState {
  h: Float64Array;
  c: Float64Array | null;
}

/**
 * n characters drawn after `seed`: a vocabulary index, or a non-empty prefix whose characters are fed
 * in order (the last one plays the seed). Starts from `state` if given, else from h0 (c0). Each drawn
 * character is fed back as the next input (min-char-rnn), or with `feedBack` false the next steps have
 * no input (x_t = 0) and the state alone carries on (the one-to-many shape).
 */
export function sample(
  model: Model,
  seed: number | string,
  n: number,
  temperature: number,
  rng: Rng,
  state?: SampleState,
  feedBack = true,
): SampledChar[] {
  if (!(temperature >= 0) || !Number.isFinite(temperature))
    throw new EngineError(`temperature must be ≥ 0, got ${temperature}`);
  if (!(Number.isInteger(n) && n >= 0))
    throw new EngineError(`sample length must be a whole number, got ${n}`);
  const s: SampleState = state
    ? { h: Float64Array.from(state.h), c: state.c ? Float64Array.from(state.c) : null }
    : {
        h: Float64Array.from(model.h0),
        c: model.cell === 'lstm' ? Float64Array.from(model.c0 ?? new Float64Array(model.hiddenSize)) : null,
      };
  const prefix = typeof seed === 'number' ? [seed] : encode(splitChars(seed), model.vocab, 'seed');
  if (prefix.length === 0) throw new EngineError('the seed text is empty');
  for (const ix of prefix)
    if (!(Number.isInteger(ix) && ix >= 0 && ix < model.vocab.length))
      throw new EngineError(`seed index ${ix} is out of range`);
  let y = step(model, s, prefix[0]);
  for (let k = 1; k < prefix.length; k++) y = step(model, s, prefix[k]);
  const out: SampledChar[] = [];
  for (let k = 0; k < n; k++) {
    const { index, p } = draw(y, temperature, rng);
    out.push({ char: model.vocab[index], index, p });
    if (k + 1 < n) y = step(model, s, feedBack ? index : null);
  }
  return out;
}

/** Feeds one character (null: no input, x_t = 0): the state moves to h_t (c_t); returns y_t = Why h_t + by. */
function step(model: Model, s: SampleState, input: number | null): Float64Array {
  const cell = forwardCell(model, input, s.h, s.c);
  s.h = cell.h;
  s.c = cell.c;
  const y = Float64Array.from(model.weights.by);
  addMatVec(model.weights.Why, model.vocab.length, model.hiddenSize, cell.h, y);
  return y;
}

/** One draw from p = softmax(y / τ) with a uniform u ∈ [0, 1): the first k with p_0 + … + p_k > u. */
export function draw(y: Float64Array, temperature: number, rng: Rng): { index: number; p: number } {
  if (temperature === 0) return { index: argmax(y), p: 1 };
  const p = softmax(y.map((v) => v / temperature));
  const u = rng.next();
  let cum = 0;
  let last = 0;
  for (let k = 0; k < p.length; k++) {
    if (p[k] === 0) continue;
    last = k;
    cum += p[k];
    if (u < cum) return { index: k, p: p[k] };
  }
  return { index: last, p: p[last] }; // u beyond the rounded total
}

export function sampledText(chars: readonly SampledChar[]): string {
  return chars.map((c) => c.char).join('');
}
