/// <reference types="vite-plugin-pwa/client" />
/**
 * Registers the service worker vite-plugin-pwa generates (Workbox precache of the app, the KaTeX fonts
 * and public/corpora). A new version waits until the teacher chooses to reload ("Update available —
 * reload"), so a lesson is never reloaded under them. Not on file:// (no service workers there).
 */
import { registerSW } from 'virtual:pwa-register';
import { setOfflineState } from './status';

export function registerOffline(): void {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  const update = registerSW({
    onNeedRefresh: () => setOfflineState({ kind: 'update', reload: () => void update(true) }),
    onOfflineReady: () => setOfflineState({ kind: 'ready' }),
  });
}
