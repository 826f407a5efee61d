/**
 * Renders its children only once the first screen has painted, in a task of their own: the panels below
 * the fold (charts, training, loss) then do not lengthen the first render, which for a 64-unit lesson
 * was one 250–300 ms task (render, chart set-up and the layout of the whole page at once).
 */
import { type ReactNode, useCallback, useEffect, useState } from 'react';

/** The parts that have painted once: later mounts (back from the lab, say) show them at once. */
const painted = new Set<string>();

/** False until the screen has painted once after the first render (true at once if `already`). */
function usePainted(already: boolean, onShow?: () => void): boolean {
  const [shown, setShown] = useState(already);
  useEffect(() => {
    if (shown) return;
    let done = false;
    const show = () => {
      if (done) return;
      done = true;
      onShow?.();
      // not a transition: store updates from pass slices would restart it until the passes are done
      setShown(true);
    };
    // a timer set in a frame callback runs after that frame has painted; a hidden tab gets no frames
    let inFrame: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      inFrame = setTimeout(show, 0);
    });
    const fallback = setTimeout(show, 250);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(inFrame);
      clearTimeout(fallback);
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
 * `placeholder` keeps the place meanwhile.
 */
export function AfterPaint({
  children,
  placeholder = null,
}: {
  children: ReactNode;
  placeholder?: ReactNode;
}) {
  const shown = usePainted(false);
  return shown ? children : placeholder;
}
