/**
 * The worker's message handler and run loop as pure functions over a state object: the worker file
 * only wires them to `self` and a scheduler, and the tests call them directly.
 */
import {
  createSession,
  currentModel,
  currentOpt,
  extendRun,
  progress,
  reachedPause,
  runSlice,
  type Session,
  takeSample,
} from './loop';
import { type Reply, type Request, SNAPSHOT_MS } from './protocol';

export interface WorkerState {
  session: Session | null;
  running: boolean;
  /** Id of the request that set the current run going (start or resume): progress replies carry it. */
  runId: number;
  /** When the last snapshot of the weights was posted (clock ms). */
  snapshotAt: number;
}

export type Post = (reply: Reply) => void;
export type Clock = () => number;

export function createWorkerState(): WorkerState {
  return { session: null, running: false, runId: 0, snapshotAt: 0 };
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Applies one request; replies (paused, stopped, error) are posted at once. */
export function handleMessage(state: WorkerState, req: Request, post: Post, clock: Clock): void {
  switch (req.type) {
    case 'start':
      try {
        state.session = createSession(req.setup, clock());
        state.running = true;
        state.runId = req.id;
        state.snapshotAt = clock();
      } catch (e) {
        state.session = null;
        state.running = false;
        post({ type: 'error', id: req.id, message: message(e) });
      }
      return;
    case 'resume':
      if (!state.session) {
        post({ type: 'error', id: req.id, message: 'there is no training session to resume' });
        return;
      }
      state.session.speed = { t0: clock(), iter0: state.session.iter, stepsPerSec: 0 };
      if (req.pauseEvery !== undefined) state.session.setup.pauseEvery = req.pauseEvery;
      extendRun(state.session);
      state.running = true;
      state.runId = req.id;
      state.snapshotAt = clock();
      return;
    case 'pause': {
      const s = state.session;
      state.running = false;
      if (!s) {
        post({ type: 'error', id: req.id, message: 'there is no training session to pause' });
        return;
      }
      takeSample(s);
      post({ type: 'paused', id: req.id, progress: progress(s), model: currentModel(s), opt: currentOpt(s) });
      return;
    }
    case 'stop': {
      const s = state.session;
      state.running = false;
      state.session = null;
      if (!s) {
        post({ type: 'error', id: req.id, message: 'there is no training session to stop' });
        return;
      }
      takeSample(s);
      post({
        type: 'stopped',
        id: req.id,
        progress: progress(s),
        model: currentModel(s),
        opt: currentOpt(s),
        reason: 'stopped',
      });
      return;
    }
  }
}

/**
 * Runs one slice if a session is running and posts its progress (or, on divergence, the restored
 * weights and the end of the session). Returns whether another slice should follow.
 */
export function tick(state: WorkerState, post: Post, clock: Clock): boolean {
  const s = state.session;
  if (!state.running || !s) return false;
  let p: ReturnType<typeof runSlice>;
  try {
    p = runSlice(s, s.setup.sliceMs, clock);
  } catch (e) {
    state.running = false;
    state.session = null;
    post({ type: 'error', id: state.runId, message: message(e) });
    return false;
  }
  if (s.diverged) {
    state.running = false;
    state.session = null;
    post({
      type: 'stopped',
      id: state.runId,
      progress: p,
      model: currentModel(s),
      opt: null,
      reason: 'diverged',
    });
    return false;
  }
  if (reachedPause(s)) {
    state.running = false; // the run's iterations are done: pause, keeping the session for a resume
    post({ type: 'paused', id: state.runId, progress: p, model: currentModel(s), opt: currentOpt(s) });
    return false;
  }
  const now = clock();
  if (now - state.snapshotAt >= SNAPSHOT_MS) {
    state.snapshotAt = now;
    post({
      type: 'progress',
      id: state.runId,
      progress: p,
      snapshot: { model: currentModel(s), opt: currentOpt(s), iter: s.iter },
    });
  } else post({ type: 'progress', id: state.runId, progress: p });
  return true;
}
