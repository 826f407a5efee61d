/** The real training worker as a module worker (Vite bundles it from this URL in dev and build). */
import type { WorkerLike } from './client';

export function spawnTrainingWorker(): WorkerLike {
  return new Worker(new URL('./training.worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as WorkerLike;
}
