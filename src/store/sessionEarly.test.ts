// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';

// the database opens when the test says so (a fresh profile under load can take a few hundred ms)
const db: { record: unknown; open: Array<() => void> } = { record: null, open: [] };
vi.mock('./sessionDb', () => ({
  openSessionDb: () => new Promise<boolean>((resolve) => db.open.push(() => resolve(true))),
  readSession: async () => db.record,
  writeSession: (record: unknown) => {
    db.record = record;
    return Promise.resolve(true);
  },
}));

const { useLesson } = await import('./index');
const { startSessionSync } = await import('./sessionSync');
const { INITIAL_TRAINING } = await import('./trainingState');

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a change before the session database is open', () => {
  it('survives a reload that comes before the database opens, and goes into the database once it is open', async () => {
    // the first page: the teacher changes Clipping, and reloads while the database is still opening
    void startSessionSync('');
    useLesson.getState().setTrainingOptions({ clip: 'norm' });
    window.dispatchEvent(new Event('pagehide'));
    // the next page starts from the seeded choices (the first page's open never finishes)
    useLesson.setState({ training: INITIAL_TRAINING });
    expect(useLesson.getState().training.clip).toBe('value');
    const started = startSessionSync('');
    db.open[1]();
    const stop = await started;
    expect(useLesson.getState().training.clip).toBe('norm');
    expect(useLesson.getState().notice?.message.key).toBe('session.restored.settings');
    // a reload read it once: it is in IndexedDB now, and sessionStorage no longer holds it
    await wait(200);
    expect((db.record as { training: { clip: string } }).training.clip).toBe('norm');
    expect(window.sessionStorage.length).toBe(0);
    stop();
  });
});
