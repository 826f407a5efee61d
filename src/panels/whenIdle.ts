/**
 * Runs work in an idle moment (at the latest after timeoutMs, when given), or after a short timer where
 * the browser has no idle callbacks. Returns what cancels it.
 */
export function whenIdle(work: () => void, timeoutMs?: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(work, timeoutMs === undefined ? undefined : { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(work, 50);
  return () => clearTimeout(timer);
}
