/**
 * The panel in view first, the rest a frame later (docs/decisions.md, "The panel the class reads is drawn
 * first"). A step moves the store's cursor at once; a panel inside a <LateView> boundary keeps showing the
 * cursor it had until the step's frame is painted, then catches up at the next frame — unless the
 * moment's phase is one the boundary names as its own (the Equations in the forward pass, the Output at
 * the total, the ledger in the backward pass, the Update panel at the update: the part "Follow the step"
 * brings into view), when it shows the new moment in the step's frame like everything outside a boundary.
 * Only a plain step is deferred: anything else that moves the cursor (a new text, cell or shape, a link,
 * entering or leaving presenter mode, a new phase there) reaches every panel at once, and so does any
 * such change while a step is still pending. Steps faster than frames (a key held) are drawn by the late
 * panels once, at the latest moment.
 */
import { createContext, createElement, type ReactNode, useContext, useSyncExternalStore } from 'react';
import type { StoreApi } from 'zustand';
import type { Phase } from './cursor';

/** What a boundary needs of the store's state (kept structural: this module is imported by the store). */
interface Stepped {
  cursor: { pass: number; index: number };
  seq: unknown;
  config: { cell: string };
  presenting: boolean;
  view: string;
}

/** Dispatched on window when the late panels catch up (their re-render follows in this task). */
export const LATE_EVENT = 'unrolled:late';

/** The longest a late panel waits for its frame (ms): a hidden tab runs no animation frames. */
const BACKSTOP_MS = 120;

/** The phases in which a panel is the one the class reads (drawn in the step's frame). */
export const OWN = {
  forward: ['forward'],
  total: ['total'],
  backward: ['backward'],
  update: ['update'],
} as const satisfies Record<Phase, readonly Phase[]>;

/** The phases in which a boundary's panels are the one in view (null: outside any boundary). */
const LateContext = createContext<readonly Phase[] | null>(null);

/** Marks panels that may show a step a frame late; `own` are the phases in which they are shown at once. */
export function LateView(props: { own?: readonly Phase[]; children: ReactNode }) {
  return createElement(LateContext.Provider, { value: props.own ?? NONE }, props.children);
}
const NONE: readonly Phase[] = [];

let api: StoreApi<Stepped> | null = null;
let phaseOf: (s: Stepped) => Phase = () => 'forward';
let lateCursor: Stepped['cursor'] | null = null; // null: the late panels show the store's cursor
let view: { base: Stepped; cursor: Stepped['cursor']; state: Stepped } | null = null;
let cancel: (() => void) | null = null;
const listeners = new Set<() => void>();

const notify = () => {
  for (const l of listeners) l();
};

/** Brings the late panels up to date now (before a figure is exported or the page printed). */
export function settleLate(): void {
  cancel?.();
  cancel = null;
  if (lateCursor === null) return;
  lateCursor = null;
  view = null;
  notify();
  // the step benchmark times the late panels' frame from here (e2e/bench-step-latency.spec.ts)
  globalThis.dispatchEvent?.(new Event(LATE_EVENT));
}

/** Whether some panels still show an earlier moment. */
export function latePending(): boolean {
  return lateCursor !== null;
}

function schedule(): void {
  // at the frame after the step's: its animation-frame callbacks run before that frame's layout and paint
  let second = 0;
  const first = requestAnimationFrame(() => {
    second = requestAnimationFrame(settleLate);
  });
  const backstop = window.setTimeout(settleLate, BACKSTOP_MS);
  cancel = () => {
    cancelAnimationFrame(first);
    cancelAnimationFrame(second);
    clearTimeout(backstop);
  };
}

/**
 * Binds the store (once, where it is made): from now on a plain step leaves the late panels at the cursor
 * they had until the step's frame is painted. `phase` gives a state's phase (the store's selector, passed
 * in to keep this module below it).
 */
export function bindLate<S extends Stepped>(store: StoreApi<S>, phase: (s: S) => Phase): void {
  api = store as unknown as StoreApi<Stepped>;
  phaseOf = phase as (s: Stepped) => Phase;
  const canDefer = typeof requestAnimationFrame === 'function' && typeof document !== 'undefined';
  store.subscribe((s, p) => {
    // a new text, cell or shape (a cursor that may not exist there), another screen: everyone at once
    if (s.seq !== p.seq || s.config !== p.config || s.view !== p.view || s.presenting !== p.presenting) {
      settleLate();
      return;
    }
    if (s.cursor === p.cursor) return;
    // presenter mode builds a new screen for each phase: its panels all start at the new moment
    if (!canDefer || (s.presenting && phaseOf(s) !== phaseOf(p))) settleLate();
    else if (lateCursor === null) {
      lateCursor = p.cursor;
      schedule();
    }
  });
}

/** The state a late panel shows: the store's, with the cursor it had before the step. */
function lateState(base: Stepped): Stepped {
  if (lateCursor === null) return base;
  if (view?.base !== base || view.cursor !== lateCursor)
    view = { base, cursor: lateCursor, state: { ...base, cursor: lateCursor } };
  return view.state;
}

/** The state a boundary's panels show now (`own`: the phases in which they show the store's). */
export function shown(own: readonly Phase[]): Stepped {
  const s = (api as StoreApi<Stepped>).getState();
  return lateCursor === null || own.includes(phaseOf(s)) ? s : lateState(s);
}

function subscribeLate(l: () => void): () => void {
  listeners.add(l);
  const off = (api as StoreApi<Stepped>).subscribe(l);
  return () => {
    listeners.delete(l);
    off();
  };
}

/** useLesson(selector) in a component: inside a <LateView> boundary the late state, else the store's. */
export function useLateLesson<S, T>(selector: (s: S) => T): T {
  const own = useContext(LateContext);
  const store = api as StoreApi<Stepped>;
  const snapshot = () => selector((own === null ? store.getState() : shown(own)) as S);
  return useSyncExternalStore(own === null ? store.subscribe : subscribeLate, snapshot, snapshot);
}
