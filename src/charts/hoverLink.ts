/**
 * Plumbing between the chart factories and the store: a hook that creates a chart on mount, updates it
 * when its view changes and applies the shared hover transiently (a store subscription, no React
 * render); and the two store actions charts call back: set the hover, move the cursor to a step.
 */
import { useEffect, useRef } from 'react';
import { useLesson } from '../store';
import { BACKWARD_SUBS, FORWARD_SUBS, indexOf } from '../store/cursor';
import { selectMoment } from '../store/selectors';

export interface HoverState {
  /** 1-based unit, or null when only a step is hovered. */
  unit: number | null;
  /** 1-based step, or null when only a unit is hovered. */
  t: number | null;
}

export interface LinkedChart<V> {
  update(view: V): void;
  setHover?(h: HoverState | null): void;
  destroy(): void;
}

/** Shares a hover with every chart and the network panel (null clears it). */
export function setHover(h: HoverState | null): void {
  const cur = useLesson.getState().hover;
  if (cur === h || (cur && h && cur.unit === h.unit && cur.t === h.t)) return;
  useLesson.getState().setHover(h);
}

/**
 * Moves the cursor to step t: in the backward phase to backward step t (its first sub-step),
 * otherwise to the start of forward step t.
 */
export function goToStep(t: number): void {
  const s = useLesson.getState();
  const cell = s.config.cell;
  const T = s.seq.inputs.length;
  if (t < 1 || t > T) return;
  const m = selectMoment(s);
  const index =
    m.phase === 'backward'
      ? indexOf(cell, T, { phase: 'backward', t, sub: BACKWARD_SUBS[0] })
      : indexOf(cell, T, { phase: 'forward', t, sub: FORWARD_SUBS[cell][0] });
  s.goTo({ pass: s.cursor.pass, index });
}

/** Calls apply with the store's hover now and on every change (returns the unsubscribe). */
export function linkHover(apply: (h: HoverState | null) => void): () => void {
  apply(useLesson.getState().hover);
  return useLesson.subscribe((s, prev) => {
    if (s.hover !== prev.hover) apply(s.hover);
  });
}

/**
 * Hosts a D3 chart in a div React owns: create on mount, update on each new view (by identity),
 * hover linked without re-rendering. Returns the ref for the container.
 */
export function useChart<V, C extends LinkedChart<V>>(create: (el: HTMLElement) => C, view: V | null) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<C | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the factory is fixed for the component's life
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const c = create(el);
    chart.current = c;
    const off = c.setHover ? linkHover((h) => c.setHover?.(h)) : null;
    return () => {
      off?.();
      c.destroy();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    if (view !== null) chart.current?.update(view);
  }, [view]);
  return ref;
}
