/**
 * The one host for a D3 chart factory in a React-owned container (panels and the lab): the chart is
 * created when the container appears (again if it is replaced), updated when the view changes (by
 * identity; null draws nothing new), linked to the shared hover when it takes one (a store subscription,
 * no React render) and destroyed on unmount. React never touches what the chart draws.
 *
 * Layout effects: the chart is drawn before the browser paints, so the first paint already has every
 * chart's size (nothing below moves afterwards) and each step's picture comes in the same frame as the rest.
 * With `later` (the dashboard's big charts), a chart far out of view is drawn a little later, in an idle
 * moment or when it nears the window (chartSchedule.ts); its first drawing is always at once. Not for a
 * chart that is shown and hidden in place (the Equations' heatmaps): shown, it would be a frame late.
 */
import { useLayoutEffect, useRef } from 'react';
import type { Chart } from '../charts/hover';
import { linkHover } from './chartActions';
import { schedule, unwatch, watch } from './chartSchedule';

export function useChart<V, C extends Chart<V>>(
  create: (el: HTMLElement) => C,
  view: V | null,
  later = false,
) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<C | null>(null);
  const host = useRef<HTMLElement | null>(null);
  const unlink = useRef<(() => void) | null>(null);
  const shown = useRef<V | null>(null);
  const factory = useRef(create); // fixed for the component's life (callers may pass an inline function)
  const drop = () => {
    if (host.current && later) unwatch(host.current);
    unlink.current?.();
    unlink.current = null;
    chart.current?.destroy();
    chart.current = null;
  };
  // after every render: cheap identity checks decide whether there is anything to do
  useLayoutEffect(() => {
    const el = ref.current;
    if (host.current !== el) {
      drop();
      host.current = el;
      shown.current = null;
      if (el) {
        const c = factory.current(el);
        chart.current = c;
        if (c.setHover) unlink.current = linkHover((h) => c.setHover?.(h));
        if (view !== null) {
          c.update(view); // the first drawing gives the chart its size before the first paint
          shown.current = view;
        }
        if (later) watch(el);
      }
    }
    const c = chart.current;
    if (el && c && view !== null && shown.current !== view) {
      shown.current = view;
      if (later) schedule(el, () => c.update(view));
      else c.update(view);
    }
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: unmount only
  useLayoutEffect(
    () => () => {
      drop();
      host.current = null;
    },
    [],
  );
  return ref;
}
