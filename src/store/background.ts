/**
 * Long computations in short slices: a generator does one unit of work per `next()` (one pass, one
 * step's Jacobian), and the runner calls it until SLICE_MS have passed, then yields to the browser
 * (input, paint) before going on. No main-thread task grows with the size of the lesson.
 */

/** Work done per slice before giving the page a turn (ms). */
export const SLICE_MS = 12;

const now = () => globalThis.performance?.now() ?? Date.now();

/**
 * Runs `work` to completion in slices; `onDone` gets its return value. Returns a cancel function
 * (after which neither callback is called).
 */
export function runSliced<Y, R>(
  work: Generator<Y, R, void>,
  onDone: (result: R) => void,
  onSlice?: (last: Y) => void,
): () => void {
  let cancelled = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const slice = () => {
    timer = null;
    if (cancelled) return;
    const end = now() + SLICE_MS;
    let last: Y | undefined;
    for (;;) {
      const r = work.next();
      if (r.done) {
        onDone(r.value);
        return;
      }
      last = r.value;
      if (now() >= end) break;
    }
    onSlice?.(last as Y);
    timer = setTimeout(slice, 0);
  };
  timer = setTimeout(slice, 0);
  return () => {
    cancelled = true;
    if (timer !== null) clearTimeout(timer);
  };
}
