/**
 * Values derived from a trace, kept with the trace object (a WeakMap: they go when it goes) and never
 * recomputed while the cursor moves — the one memo helper for every trace-derived cache (panels and
 * store alike). `cap` bounds the keys kept per trace (oldest out first).
 */
import type { Trace } from '../engine/trace';

export interface TraceMemo<V> {
  /** The value of (trace, key), computed by make the first time. */
  get(trace: Trace, key: string, make: () => V): V;
  /** The value if it is known. */
  peek(trace: Trace, key: string): V | undefined;
  /** Keeps a value computed elsewhere (e.g. in background slices). */
  set(trace: Trace, key: string, value: V): V;
}

export function traceMemo<V>(cap = Number.POSITIVE_INFINITY): TraceMemo<V> {
  const byTrace = new WeakMap<Trace, Map<string, V>>();
  const mapOf = (trace: Trace) => {
    let m = byTrace.get(trace);
    if (!m) {
      m = new Map();
      byTrace.set(trace, m);
    }
    return m;
  };
  const set = (trace: Trace, key: string, value: V): V => {
    const m = mapOf(trace);
    m.delete(key); // a key set again counts as the newest
    m.set(key, value);
    if (m.size > cap) m.delete(m.keys().next().value as string);
    return value;
  };
  return {
    get(trace, key, make) {
      const m = byTrace.get(trace);
      if (m?.has(key)) return m.get(key) as V;
      return set(trace, key, make());
    },
    peek: (trace, key) => byTrace.get(trace)?.get(key),
    set,
  };
}
