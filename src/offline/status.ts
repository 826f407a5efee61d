/**
 * What the service worker has told the page: nothing yet, ready offline, or a new version waiting.
 * A tiny external store (React reads it with useSyncExternalStore); register.ts writes it.
 */
export type OfflineState = { kind: 'none' } | { kind: 'ready' } | { kind: 'update'; reload: () => void };

let state: OfflineState = { kind: 'none' };
const listeners = new Set<() => void>();

export function setOfflineState(s: OfflineState): void {
  state = s;
  for (const l of listeners) l();
}
export const getOfflineState = (): OfflineState => state;
export function subscribeOffline(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}
