/**
 * The backward pass's weight gradients, memoised per trace (never recomputed on a re-render): a step's own
 * contribution, the gradient accumulated down to step t, and one colour scale per matrix or vector group.
 */
import { maxAbsOf } from '../charts/heatmap';
import { addStepContribution, stepContribution, type Trace } from '../engine/trace';
import { traceMemo } from '../store/traceMemo';

const CAP = 80;
/** passScale keeps the accumulated gradient of every ACC_EVERY-th step on its way (and of step 1). */
const ACC_EVERY = 64;
const accMemo = traceMemo<Float64Array>(CAP);
const contribMemo = traceMemo<Float64Array>(CAP);
const scaleMemo = traceMemo<number>(CAP);

/** stepContribution(trace, t, name), memoised. */
export function contribution(trace: Trace, t: number, name: string): Float64Array {
  return contribMemo.get(trace, `${name}@${t}`, () => stepContribution(trace, t, name));
}

/**
 * accumulatedFrom(trace, t, name) — Σ of step contributions s = T … t, added in the same order, so the
 * numbers are identical — built on the nearest memoised later step; t = T + 1 gives zeros.
 */
export function accumulated(trace: Trace, t: number, name: string): Float64Array {
  const key = (s: number) => `${name}@${s}`;
  return accMemo.get(trace, key(t), () => {
    let s = t + 1;
    while (s <= trace.T && accMemo.peek(trace, key(s)) === undefined) s++;
    const base = accMemo.peek(trace, key(s));
    const out = base ? Float64Array.from(base) : new Float64Array(trace.grads[name].length);
    for (let k = Math.min(s, trace.T + 1) - 1; k >= t; k--) {
      const c = contribution(trace, k, name);
      for (let i = 0; i < out.length; i++) out[i] += c[i];
    }
    return out;
  });
}

/** One colour scale per matrix for the whole backward pass: max |accumulated| over every step. */
export function passScale(trace: Trace, name: string): number {
  return scaleMemo.get(trace, name, () => {
    const run = new Float64Array(trace.grads[name].length);
    let max = 0;
    for (let s = trace.T; s >= 1; s--) {
      addStepContribution(trace, s, name, run);
      for (let i = 0; i < run.length; i++) {
        const a = Math.abs(run[i]);
        if (a > max) max = a;
      }
      // the sweep is accumulated(trace, s, name) at every s (same sums, same order): keep a few of them,
      // so that the update (s = 1) and later steps need no second sweep
      if (s === 1 || s % ACC_EVERY === 0) accMemo.set(trace, `${name}@${s}`, Float64Array.from(run));
    }
    return max;
  });
}

/** Max |x| over the pass of the named backward vectors (shared colour scale while stepping). */
export function vectorScale(
  trace: Trace,
  key: string,
  pick: (t: number) => (Float64Array | null | undefined)[],
): number {
  return scaleMemo.get(trace, key, () => {
    let max = 0;
    for (let t = 1; t <= trace.T; t++) for (const v of pick(t)) if (v) max = Math.max(max, maxAbsOf(v));
    return max;
  });
}
