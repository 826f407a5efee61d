import { useEffect, useRef } from 'react';

interface Chart<V> {
  update(view: V): void;
  destroy(): void;
}

/**
 * Hosts a D3 factory in a React-owned container: creates the chart when the container appears (again
 * if it is replaced), calls update when the view changes, destroys it on unmount. React never touches
 * what the chart draws inside the container.
 */
export function useChart<V, O>(create: (el: HTMLElement, opts: O) => Chart<V>, opts: O, view: V) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<Chart<V> | null>(null);
  const host = useRef<HTMLElement | null>(null);
  const shown = useRef<V | null>(null);
  const optsRef = useRef(opts);
  // runs after every render: cheap identity checks decide whether there is anything to do
  useEffect(() => {
    const el = ref.current;
    if (host.current !== el) {
      chart.current?.destroy();
      chart.current = el ? create(el, optsRef.current) : null;
      host.current = el;
      shown.current = null;
    }
    if (chart.current && shown.current !== view) {
      chart.current.update(view);
      shown.current = view;
    }
  });
  useEffect(
    () => () => {
      chart.current?.destroy();
      chart.current = null;
      host.current = null;
    },
    [],
  );
  return ref;
}
