/**
 * Renders its children only once the first screen has painted, in a task of their own: the panels below
 * the fold (charts, training, loss) then do not lengthen the first render, which for a 64-unit lesson
 * was one 250–300 ms task (render, chart set-up and the layout of the whole page at once).
 */
import { type ReactNode, useEffect, useState } from 'react';

/** The parts that have painted once: later mounts (back from the lab, say) show them at once. */
const painted = new Set<string>();

/** `part` names what is held back; nested parts each wait for the paint of the one around them. */
export function AfterFirstPaint({ part, children }: { part: string; children: ReactNode }) {
  const [shown, setShown] = useState(() => painted.has(part));
  useEffect(() => {
    if (shown) return;
    let done = false;
    const show = () => {
      if (done) return;
      done = true;
      painted.add(part);
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
  }, [shown, part]);
  return shown ? children : null;
}
