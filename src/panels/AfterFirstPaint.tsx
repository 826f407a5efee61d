/**
 * Renders its children only once the first screen has painted, in a task of their own: the panels below
 * the fold (charts, training, loss) then do not lengthen the first render, which for a 64-unit lesson
 * was one 250–300 ms task (render, chart set-up and the layout of the whole page at once).
 */
import { type ReactNode, useCallback, useEffect, useState } from 'react';

/** The parts that have painted once: later mounts (back from the lab, say) show them at once. */
const painted = new Set<string>();

/**
 * Parts waiting to be shown, first come first served: one per painted frame, each in a task of its own
 * (two parts shown by two timers in the same frame would be rendered by React in one task).
 */
const waiting: (() => void)[] = [];
let pumping = false;

function pump(): void {
  if (pumping || waiting.length === 0) return;
  pumping = true;
  let done = false;
  const next = () => {
    if (done) return;
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    pumping = false;
    waiting.shift()?.();
    pump();
  };
  // a timer set in a frame callback runs after that frame has painted; a hidden tab gets no frames
  const frame = requestAnimationFrame(() => {
    setTimeout(next, 0);
  });
  const fallback = setTimeout(next, 250);
}

/** False until the screen has painted after the first render and the parts queued before have shown. */
function usePainted(already: boolean, onShow?: () => void): boolean {
  const [shown, setShown] = useState(already);
  useEffect(() => {
    if (shown) return;
    const show = () => {
      onShow?.();
      // not a transition: store updates from pass slices would restart it until the passes are done
      setShown(true);
    };
    waiting.push(show);
    pump();
    return () => {
      const k = waiting.indexOf(show);
      if (k >= 0) waiting.splice(k, 1);
    };
  }, [shown, onShow]);
  return shown;
}

/** `part` names what is held back; nested parts each wait for the paint of the one around them. */
export function AfterFirstPaint({ part, children }: { part: string; children: ReactNode }) {
  const shown = usePainted(
    painted.has(part),
    useCallback(() => painted.add(part), [part]),
  );
  return shown ? children : null;
}

/**
 * Renders its children in a task after the screen has painted, each time it mounts: for the heavy part
 * of a panel that appears at a phase change (the weight-gradient grids of the backward pass and the
 * update). The step itself is drawn at once; the grids follow a frame later, so that no single task
 * holds the whole panel (a jump to the update of a 64-unit, 179-step lesson was one task of 200+ ms).
 */
export function AfterPaint({
  children,
  now = false,
}: {
  children: ReactNode;
  /** Show at once (a part small enough not to matter: a table of a short lesson). */
  now?: boolean;
}) {
  const shown = usePainted(now);
  return shown || now ? children : null;
}

/** Lessons up to this many steps show their per-step tables at once; longer ones a frame later. */
export const LONG_TABLE = 32;
