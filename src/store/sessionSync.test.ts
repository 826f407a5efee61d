// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';

// the database is a variable here: the test reads what the page would have written
const saved: { record: unknown; all: Array<{ addresses: string[] }> } = { record: null, all: [] };
vi.mock('./sessionDb', () => ({
  openSessionDb: async () => true,
  readSession: async () => saved.record,
  writeSession: (record: unknown) => {
    saved.record = record;
    if (record) saved.all.push(record as { addresses: string[] });
    return Promise.resolve(true);
  },
}));

const { useLesson } = await import('./index');
const { startUrlSync } = await import('./url');
const { KEPT_ADDRESSES, startSessionSync } = await import('./sessionSync');
const { lessonKey } = await import('./sessionRecord');

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('session addresses', () => {
  let stop: Array<() => void> = [];
  afterEach(() => {
    for (const s of stop) s();
    stop = [];
  });

  it('every address the bar showed while the lesson kept changing restores the session (a reload may open any)', async () => {
    stop.push(startUrlSync());
    stop.push(await startSessionSync(''));
    // changes closer together than the save's debounce, as while training runs: the address is rewritten
    // every 250 ms, the record at most once a second. Addresses in the order the bar showed them (one
    // shown again counts where it was last shown)
    const shown: string[] = [];
    const see = () => {
      const hash = window.location.hash;
      if (shown.at(-1) !== hash) shown.push(hash);
    };
    const watch = setInterval(see, 5);
    for (let k = 1; k <= 14; k++) {
      useLesson.getState().setConfig({ lr: 0.01 * k });
      await wait(100);
    }
    clearInterval(watch);
    see();
    // the page goes (pagehide writes what is pending)
    window.dispatchEvent(new Event('pagehide'));
    const record = saved.record as { addresses: string[] };
    const lastShown = shown.filter((h, i) => h.length > 1 && shown.lastIndexOf(h) === i);
    const keys = lastShown.map(lessonKey);
    expect(keys.length).toBeGreaterThan(3);
    // each address was in the record while it was in the bar or right after (a reload already under way
    // opens the address the bar showed when it began)…
    const recorded = new Set(saved.all.flatMap((r) => r.addresses));
    for (const key of keys) expect(recorded).toContain(key);
    // …and the last few (a reload may have begun before the last rewrite) are all in the final record
    for (const key of keys.slice(-KEPT_ADDRESSES)) expect(record.addresses).toContain(key);
  });
});
