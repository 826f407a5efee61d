/**
 * Traces of kept passes within a memory budget. A pass keeps its weights, optimiser state and ΔW for
 * ever (they are small), but its trace — every intermediate of the forward and backward pass, 6.5 MB
 * for an LSTM with H = 64 over 199 steps — only while it is among the most recently read ones that fit
 * in TRACE_MEMORY. An evicted trace is rebuilt when read: buildTrace is deterministic, so the rebuilt
 * trace holds the same float64 numbers, bit for bit, as the one it replaces.
 */
import type { Model } from '../engine/model';
import { buildTrace, type Trace } from '../engine/trace';

/** Memory the traces of all kept passes may hold together (bytes). */
export const TRACE_MEMORY = 32 * 2 ** 20;

export interface TraceSlot {
  readonly model: Model;
  readonly inputs: (number | null)[];
  readonly targets: (number | null)[];
  trace: Trace | null;
  bytes: number;
}

/** Slots that hold a trace, least recently read first (a Map keeps insertion order). */
const held = new Map<TraceSlot, number>();
let heldBytes = 0;
let budget = TRACE_MEMORY;
let rebuilds = 0;

/** Bytes of the typed arrays under x (each counted once, at most six levels down). */
export function typedBytes(x: unknown): number {
  const seen = new Set<unknown>();
  let bytes = 0;
  const walk = (y: unknown, depth: number) => {
    if (y === null || typeof y !== 'object' || seen.has(y) || depth > 6) return;
    seen.add(y);
    if (ArrayBuffer.isView(y)) {
      bytes += y.byteLength;
      return;
    }
    for (const v of Array.isArray(y) ? y : Object.values(y)) walk(v, depth + 1);
  };
  walk(x, 0);
  return bytes;
}

/** Bytes of a trace's own typed arrays (its steps, gradients, dh0 and dc0; not its model). */
export function traceBytes(trace: Trace): number {
  return typedBytes([trace.forward, trace.backward, trace.grads, trace.dh0, trace.dc0]);
}

function hold(slot: TraceSlot, trace: Trace): void {
  slot.trace = trace;
  slot.bytes = traceBytes(trace);
  held.set(slot, slot.bytes);
  heldBytes += slot.bytes;
  // evict the least recently read, never the one just read
  for (const [old, bytes] of held) {
    if (heldBytes <= budget || old === slot) break;
    held.delete(old);
    heldBytes -= bytes;
    old.trace = null;
  }
}

/** A slot for a trace just built (held at once) of `model` on the given sequence. */
export function slotOf(
  model: Model,
  inputs: (number | null)[],
  targets: (number | null)[],
  trace: Trace,
): TraceSlot {
  const slot: TraceSlot = { model, inputs, targets, trace: null, bytes: 0 };
  hold(slot, trace);
  return slot;
}

/** The slot's trace: marked most recently read, or rebuilt (and held) if it was evicted. */
export function readSlot(slot: TraceSlot): Trace {
  const t = slot.trace;
  if (t) {
    // move to the most recent end
    held.delete(slot);
    held.set(slot, slot.bytes);
    return t;
  }
  rebuilds++;
  const trace = buildTrace(slot.model, slot.inputs, slot.targets);
  hold(slot, trace);
  return trace;
}

/** What the cache holds now (for tests and the memory benchmark). */
export function traceCacheStats(): { heldBytes: number; held: number; rebuilds: number; budget: number } {
  return { heldBytes, held: held.size, rebuilds, budget };
}

/** Sets the budget (tests); evicts down to it. */
export function setTraceMemory(bytes: number): void {
  budget = bytes;
  for (const [old, b] of held) {
    if (heldBytes <= budget) break;
    held.delete(old);
    heldBytes -= b;
    old.trace = null;
  }
}
