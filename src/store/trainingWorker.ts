/**
 * The training worker as the training slice sees it: the one client and watchdog (made on first use;
 * tests replace the worker with a fake), and what the slice does with the worker's replies and with
 * its silence (the watchdog's call when a running worker stops sending heartbeats).
 */
import type { StoreApi } from 'zustand';
import type { Model } from '../engine/model';
import type { OptimizerState } from '../engine/optim';
import {
  createTrainingClient,
  spawnTrainingWorker,
  type TrainingClient,
  type WorkerLike,
} from '../worker/client';
import type { Progress, Reply, Snapshot } from '../worker/protocol';
import { thin } from '../worker/thin';
import { createWatchdog, type Watchdog } from '../worker/watchdog';
import type { LessonState } from './index';
import { currentKey, keptTraining, type Trained, type TrainingInfo } from './trainingState';

let spawn: () => WorkerLike = spawnTrainingWorker;
let client: TrainingClient | null = null;
let watchdog: Watchdog | null = null;

/** Tests replace the worker with a fake. */
export function setWorkerFactory(f: () => WorkerLike): void {
  client?.restart();
  client = null;
  watchdog?.stop();
  spawn = f;
}

/** The client of the training worker; its replies go to the store's `receive`. */
export function trainingClient(get: () => LessonState): TrainingClient {
  client ??= createTrainingClient(spawn, (r) => get().receive(r));
  return client;
}

/** The watchdog of a running session; silence calls the store's `workerStalled`. */
export function trainingWatchdog(get: () => LessonState): Watchdog {
  watchdog ??= createWatchdog(() => get().workerStalled());
  return watchdog;
}

/** What the handlers here use of the training slice. */
export interface TrainingHands {
  get: () => LessonState;
  set: StoreApi<LessonState>['setState'];
  /** Merges into the training info. */
  patch: (p: Partial<TrainingInfo>) => void;
  /** Puts a trained model into the lesson as pass 0 (if it still fits), keeping the cursor's moment. */
  applyTrained: (model: Model, iterations: number, opt: OptimizerState | null) => void;
}

function applyProgress(p: Progress, info: TrainingInfo): Partial<TrainingInfo> {
  const stride = Math.max(p.stride, info.stride);
  return {
    iter: p.iter,
    stepsPerSec: p.stepsPerSec,
    charsPerSec: p.charsPerSec,
    loss: p.loss,
    smooth: p.smooth,
    stride,
    curve: thin([...info.curve, ...p.points], stride),
    sample: p.sample ?? info.sample,
    probe: p.probe ?? info.probe,
    kernels: p.kernels,
  };
}

const snapshotOf = (s: Snapshot): Trained => ({ model: s.model, iterations: s.iter, opt: s.opt });

/** A reply of the worker (current ones only). */
export function receiveReply({ get, set, patch, applyTrained }: TrainingHands, reply: Reply): void {
  const info = get().training;
  const dog = trainingWatchdog(get);
  if (reply.type === 'progress') dog.beat();
  else dog.stop();
  switch (reply.type) {
    case 'progress': {
      if (reply.snapshot) set({ snapshot: snapshotOf(reply.snapshot) });
      patch({ ...applyProgress(reply.progress, info), status: 'running' });
      // a setting changed under a running session: end it (its weights apply if they still fit)
      if (info.key !== currentKey(get())) trainingClient(get).send({ type: 'stop' });
      return;
    }
    case 'paused':
      patch({ ...applyProgress(reply.progress, info), status: 'paused', ended: false });
      applyTrained(reply.model, reply.progress.iter, reply.opt);
      return;
    case 'stopped':
      patch({
        ...applyProgress(reply.progress, info),
        status: 'idle',
        ended: true,
        key: null,
        message:
          reply.reason === 'diverged'
            ? { kind: 'error', message: { key: 'training.diverged', params: { n: reply.progress.iter } } }
            : info.message,
      });
      applyTrained(reply.model, reply.progress.iter, reply.opt);
      return;
    case 'error':
      trainingClient(get).restart();
      patch({
        status: 'idle',
        key: null,
        message: {
          kind: 'error',
          message: { key: 'training.error.worker', params: { message: reply.message } },
        },
      });
      return;
  }
}

/** The watchdog's call: no heartbeat from a running worker; keep the last snapshot and say so. */
export function stallWorker({ get, set, patch, applyTrained }: TrainingHands): void {
  const s = get();
  if (s.training.status !== 'running') return;
  trainingClient(get).restart();
  const kept = keptTraining(s);
  const iter = kept?.iterations ?? 0;
  const curve = s.training.curve.filter((p) => p.x < iter);
  const last = curve[curve.length - 1];
  patch({
    status: kept ? 'paused' : 'idle',
    detached: kept !== null,
    key: kept ? s.training.key : null,
    iter,
    curve,
    loss: last?.loss ?? Number.NaN,
    smooth: last?.smooth ?? Number.NaN,
    stepsPerSec: 0,
    charsPerSec: 0,
  });
  set({ snapshot: null });
  if (kept) applyTrained(kept.model, kept.iterations, kept.opt);
  set({
    notice: {
      kind: 'error',
      message: { key: 'session.workerStalled', params: { n: iter.toLocaleString('en-US') } },
      action: { label: 'session.restart', run: () => get().train() },
    },
  });
}
