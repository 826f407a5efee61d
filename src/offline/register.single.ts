/** The single-file build has no service worker: the file itself is the offline copy. */
export function registerOffline(): void {}
