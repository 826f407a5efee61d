/**
 * The backward pass's weight gradients, memoised per trace (never recomputed on a re-render): a step's own
 * contribution, the gradient accumulated down to step t, and one colour scale per matrix or vector group.
 */
import { maxAbsOf } from '../charts/heatmap';
import { addStepContribution, stepContribution, type Trace } from '../engine/trace';

/* ---------- memoised gradients (per trace; never recomputed on a re-render) ---------- */

const CAP = 80;
/** passScale keeps the accumulated gradient of every ACC_EVERY-th step on its way (and of step 1). */
const ACC_EVERY = 64;
const accCache = new WeakMap<Trace, Map<string, Float64Array>>();
const contribCache = new WeakMap<Trace, Map<string, Float64Array>>();
const scaleCache = new WeakMap<Trace, Map<string, number>>();

function mapFor<V>(cache: WeakMap<Trace, Map<string, V>>, trace: Trace): Map<string, V> {
  let m = cache.get(trace);
  if (!m) {
    m = new Map();
    cache.set(trace, m);
  }
  return m;
}

function remember<V>(m: Map<string, V>, key: string, value: V): V {
  m.set(key, value);
  if (m.size > CAP) m.delete(m.keys().next().value as string);
  return value;
}

/** stepContribution(trace, t, name), memoised. */
export function contribution(trace: Trace, t: number, name: string): Float64Array {
  const m = mapFor(contribCache, trace);
  const key = `${name}@${t}`;
  return m.get(key) ?? remember(m, key, stepContribution(trace, t, name));
}

/**
 * accumulatedFrom(trace, t, name) — Σ of step contributions s = T … t, added in the same order, so the
 * numbers are identical — built on the nearest memoised later step; t = T + 1 gives zeros.
 */
export function accumulated(trace: Trace, t: number, name: string): Float64Array {
  const m = mapFor(accCache, trace);
  const key = (s: number) => `${name}@${s}`;
  const hit = m.get(key(t));
  if (hit) return hit;
  let s = t + 1;
  while (s <= trace.T && !m.has(key(s))) s++;
  const base = m.get(key(s));
  const out = base ? Float64Array.from(base) : new Float64Array(trace.grads[name].length);
  for (let k = Math.min(s, trace.T + 1) - 1; k >= t; k--) {
    const c = contribution(trace, k, name);
    for (let i = 0; i < out.length; i++) out[i] += c[i];
  }
  return remember(m, key(t), out);
}

/** One colour scale per matrix for the whole backward pass: max |accumulated| over every step. */
export function passScale(trace: Trace, name: string): number {
  const m = mapFor(scaleCache, trace);
  const hit = m.get(name);
  if (hit !== undefined) return hit;
  const run = new Float64Array(trace.grads[name].length);
  let max = 0;
  const acc = mapFor(accCache, trace);
  for (let s = trace.T; s >= 1; s--) {
    addStepContribution(trace, s, name, run);
    for (let i = 0; i < run.length; i++) {
      const a = Math.abs(run[i]);
      if (a > max) max = a;
    }
    // the sweep is accumulated(trace, s, name) at every s (same sums, same order): keep a few of them,
    // so that the update (s = 1) and later steps need no second sweep
    if (s === 1 || s % ACC_EVERY === 0) remember(acc, `${name}@${s}`, Float64Array.from(run));
  }
  return remember(m, name, max);
}

/** Max |x| over the pass of the named backward vectors (shared colour scale while stepping). */
export function vectorScale(
  trace: Trace,
  key: string,
  pick: (t: number) => (Float64Array | null | undefined)[],
): number {
  const m = mapFor(scaleCache, trace);
  const hit = m.get(key);
  if (hit !== undefined) return hit;
  let max = 0;
  for (let t = 1; t <= trace.T; t++) for (const v of pick(t)) if (v) max = Math.max(max, maxAbsOf(v));
  return remember(m, key, max);
}
