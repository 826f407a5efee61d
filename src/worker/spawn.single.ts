/**
 * The training worker in the single-file build (`vite build --mode single` swaps this module in for
 * spawn.ts): its code is inlined in the page and started from a blob URL, which also works from file://.
 */
import type { WorkerLike } from './client';
import TrainingWorker from './training.worker.ts?worker&inline';

export function spawnTrainingWorker(): WorkerLike {
  return new TrainingWorker() as unknown as WorkerLike;
}
