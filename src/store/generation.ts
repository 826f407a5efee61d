/**
 * Text generation from the lesson's model, two ways after the seed (a character or a prefix, fed in
 * order):
 *   feed  the drawn character is fed back as the next input (min-char-rnn's sampling, engine/sample.ts)
 *   none  the next steps have no input (x_t = 0): the state alone carries on — how the one-to-many
 *         shape is trained here.
 * Each draw is from p = softmax(y / τ) (engine/sample.ts `draw`).
 */
import type { Model } from '../engine/model';
import type { Rng } from '../engine/rng';
import { type SampledChar, sample } from '../engine/sample';
import { splitChars } from '../engine/text';

export type FeedMode = 'feed' | 'none';
export const FEED_MODES: readonly FeedMode[] = ['feed', 'none'];

export const TEMPERATURE_MIN = 0.1;
export const TEMPERATURE_MAX = 2;
export const GENERATE_MAX = 200;

/** n characters after the seed with no input after it: each step draws from y_t, x_{t+1} = 0. */
export function sampleNoInput(
  model: Model,
  seed: string,
  n: number,
  temperature: number,
  rng: Rng,
): SampledChar[] {
  return sample(model, seed, n, temperature, rng, undefined, false);
}

/** n characters after the seed, fed back or not. Throws EngineError for a seed outside the vocabulary. */
export function generate(
  model: Model,
  seed: string,
  n: number,
  temperature: number,
  mode: FeedMode,
  rng: Rng,
): SampledChar[] {
  if (splitChars(seed).length === 0) throw new Error('empty seed');
  return mode === 'feed'
    ? sample(model, seed, n, temperature, rng)
    : sampleNoInput(model, seed, n, temperature, rng);
}

/** A seed for the k-th generation of a lesson: different draws each time, the same after a reload. */
export function drawSeed(lessonSeed: number, k: number): number {
  return (Math.imul(lessonSeed + 1, 2654435761) + Math.imul(k + 1, 40503)) >>> 0;
}

/**
 * For the Network panel during step-by-step generation: for step t (index t − 1), the probability with
 * which the character fed into step t + 1 was drawn from step t's output, or null where the next input
 * was given (the seed) or there is no next step yet.
 */
export function feedbackOf(
  T: number,
  seedLength: number,
  drawn: readonly { p: number }[],
): (number | null)[] {
  const out: (number | null)[] = new Array(T).fill(null);
  for (let k = 0; k < drawn.length; k++) {
    const t = seedLength - 1 + k; // drawn[k] came out of step seedLength + k (index seedLength − 1 + k)
    if (t < T - 1) out[t] = drawn[k].p;
  }
  return out;
}
