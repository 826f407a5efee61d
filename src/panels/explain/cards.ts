/**
 * The explanation cards: at most one open card (it follows the cursor: the same quantity, recomputed in
 * the moment shown) and any number of pinned cards (each a snapshot of the moment it was pinned on).
 * A small store of its own: it holds only what the cards show, nothing the lesson derives from.
 */
import { create } from 'zustand';
import type { Explanation, Quantity } from '../../engine/explain';

export interface Anchor {
  x: number;
  y: number;
}

export interface OpenCard {
  q: Quantity;
  at: Anchor;
  /** Shown by hovering a chart (closes when the pointer leaves), not by a click or a key. */
  preview: boolean;
  /** The element that opened it, to give focus back on close. */
  opener: Element | null;
}

export interface PinnedCard {
  id: number;
  explanation: Explanation;
  /** The moment it was pinned on, as the readout writes it ("t = 2 · forward"). */
  moment: string;
  at: Anchor;
}

interface CardsState {
  open: OpenCard | null;
  pinned: PinnedCard[];
  show(q: Quantity, at: Anchor, opener: Element | null, preview?: boolean): void;
  close(): void;
  pin(e: Explanation, moment: string, at: Anchor): void;
  unpin(id: number): void;
  move(id: number, at: Anchor): void;
}

let nextId = 1;

/** Same quantity (the order of keys does not matter). */
export function sameQuantity(a: Quantity, b: Quantity): boolean {
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  if (ka.join() !== kb.join()) return false;
  return ka.every((k) => (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k]);
}

export const useCards = create<CardsState>((set) => ({
  open: null,
  pinned: [],
  show: (q, at, opener, preview = false) => set({ open: { q, at, opener, preview } }),
  close: () => set({ open: null }),
  pin: (explanation, moment, at) =>
    set((s) => ({ open: null, pinned: [...s.pinned, { id: nextId++, explanation, moment, at }] })),
  unpin: (id) => set((s) => ({ pinned: s.pinned.filter((p) => p.id !== id) })),
  move: (id, at) => set((s) => ({ pinned: s.pinned.map((p) => (p.id === id ? { ...p, at } : p)) })),
}));

export { EXPLAIN_ATTR, encodeQuantity } from '../../charts/explainAttr';

/** The quantity of a data-explain value, or null when it is not one. */
export function decodeQuantity(s: string | null): Quantity | null {
  if (!s) return null;
  try {
    const q = JSON.parse(s) as Quantity;
    return q && typeof q === 'object' && typeof q.kind === 'string' ? q : null;
  } catch {
    return null;
  }
}
