import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkerLike } from '../worker/client';
import { createWorkerState, handleMessage, tick } from '../worker/handler';
import { type Reply, type Request, SNAPSHOT_MS } from '../worker/protocol';
import { GRACE_MS, STALL_MS } from '../worker/watchdog';
import { DEFAULT_CONFIG } from './config';
import { useLesson } from './index';
import { setWorkerFactory } from './trainingSlice';

const s = () => useLesson.getState();

/** The real handler in this thread on a clock the test moves; `dead` makes it answer nothing. */
function installWorker() {
  const state = createWorkerState();
  let now = 0;
  const clock = () => (now += 3);
  let w: WorkerLike | null = null;
  const box = { dead: false };
  const post = (r: Reply) => {
    if (!box.dead) w?.onmessage?.({ data: r });
  };
  setWorkerFactory(() => {
    w = {
      onmessage: null,
      onerror: null,
      postMessage: (req: Request) => {
        if (!box.dead) handleMessage(state, req, post, clock);
      },
      terminate: () => {
        w = null;
      },
    };
    return w;
  });
  const run = (ms: number) => {
    const end = now + ms;
    while (now < end && !box.dead) {
      tick(state, post, clock);
      vi.advanceTimersByTime(40);
    }
  };
  return { box, run, state };
}

beforeEach(() => {
  vi.useFakeTimers();
  s().discardTrained();
  s().setConfig({ ...DEFAULT_CONFIG });
  s().setTrainingOptions({ budget: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('a training worker that stops responding', () => {
  it('is reported, keeps the last snapshot as the lesson, and Restart carries on from its iterations', () => {
    const worker = installWorker();
    s().train();
    worker.run(SNAPSHOT_MS * 2.5);
    const snap = s().snapshot;
    expect(snap).not.toBeNull();
    const ranTo = s().training.iter;
    expect(ranTo).toBeGreaterThan(snap?.iterations ?? 0);
    worker.box.dead = true;
    vi.advanceTimersByTime(STALL_MS + GRACE_MS - 50);
    expect(s().notice).toBeNull();
    vi.advanceTimersByTime(100);
    expect(s().notice?.message.key).toBe('session.workerStalled');
    expect(s().notice?.action?.label).toBe('session.restart');
    expect(s().training.status).toBe('paused');
    // the counter shows what is kept, not what the dead worker had reached
    expect(s().training.iter).toBe(snap?.iterations);
    expect(s().training.curve.every((p) => p.x < (snap?.iterations ?? 0))).toBe(true);
    expect(Array.from(s().passes[0].model.weights.Why)).toEqual(Array.from(snap?.model.weights.Why ?? []));
    const fresh = installWorker();
    s().notice?.action?.run();
    expect(s().training.status).toBe('running');
    fresh.run(200);
    s().pauseTraining();
    expect(s().training.iter).toBeGreaterThan(snap?.iterations ?? 0);
    expect(s().training.detached).toBe(false);
  });

  it('is not called dead while paused', () => {
    const worker = installWorker();
    s().train();
    worker.run(200);
    s().pauseTraining();
    worker.box.dead = true;
    vi.advanceTimersByTime(60_000);
    expect(s().notice).toBeNull();
    expect(s().training.status).toBe('paused');
  });
});
