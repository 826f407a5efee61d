/**
 * The one IndexedDB record of the session (no library: three calls). Writes commit at once
 * (`transaction.commit()`), so a write started in `pagehide` reaches the disk before the page goes.
 * Every call resolves (null / false) when IndexedDB is unavailable (private mode, file://, blocked).
 */
const DB = 'unrolled';
const STORE = 'session';
const KEY = 'current';

let opening: Promise<IDBDatabase | null> | null = null;

function open(): Promise<IDBDatabase | null> {
  opening ??= new Promise((resolve) => {
    try {
      const req = globalThis.indexedDB.open(DB, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => resolve(null);
      req.onblocked = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
  return opening;
}

/** The database once open (a synchronous handle lets pagehide write without awaiting). */
let db: IDBDatabase | null = null;
export async function openSessionDb(): Promise<boolean> {
  db = await open();
  return db !== null;
}

export async function readSession(): Promise<unknown> {
  const d = db ?? (await open());
  if (!d) return null;
  return new Promise((resolve) => {
    try {
      const req = d.transaction(STORE, 'readonly').objectStore(STORE).get(KEY);
      req.onsuccess = () => resolve(req.result ?? null);
      req.onerror = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
}

/** Writes (or, with null, deletes) the record; synchronous up to the commit when the database is open. */
export function writeSession(record: unknown): Promise<boolean> {
  const d = db;
  if (!d) return Promise.resolve(false);
  return new Promise((resolve) => {
    try {
      const tx = d.transaction(STORE, 'readwrite', { durability: 'strict' });
      const store = tx.objectStore(STORE);
      if (record === null) store.delete(KEY);
      else store.put(record, KEY);
      tx.oncomplete = () => resolve(true);
      tx.onerror = () => resolve(false);
      tx.onabort = () => resolve(false);
      tx.commit?.();
    } catch {
      resolve(false);
    }
  });
}
