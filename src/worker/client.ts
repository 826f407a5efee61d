/**
 * The page's side of the training worker: spawns it lazily, numbers every request, and hands on only
 * replies to the latest request (older ones are stale: a pause that was overtaken by a resume, the
 * progress of a run that was stopped). The worker can be terminated and spawned again at any time.
 */
import { isCurrent, type Reply, type Request, type RequestBody } from './protocol';

/** The part of a Worker the client uses (a fake in tests). */
export interface WorkerLike {
  postMessage(msg: Request): void;
  terminate(): void;
  onmessage: ((e: { data: Reply }) => void) | null;
  onerror: ((e: { message?: string }) => void) | null;
}

export interface TrainingClient {
  /** Sends a request with a fresh id (spawning the worker if needed) and returns the id. */
  send(body: RequestBody): number;
  /** Makes every reply in flight stale without sending anything. */
  drop(): void;
  /** Terminates the worker (if any) and drops its replies; the next send spawns a new one. */
  restart(): void;
  /** The id replies must carry to be delivered. */
  latest(): number;
  alive(): boolean;
}

export function createTrainingClient(
  spawn: () => WorkerLike,
  onReply: (reply: Reply) => void,
): TrainingClient {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  let latestId = 0;

  const attach = (w: WorkerLike) => {
    w.onmessage = (e) => {
      if (w === worker && isCurrent(latestId, e.data)) onReply(e.data);
    };
    w.onerror = (e) => {
      if (w === worker) onReply({ type: 'error', id: latestId, message: e.message ?? 'the worker failed' });
    };
  };

  return {
    send(body) {
      if (!worker) {
        worker = spawn();
        attach(worker);
      }
      const id = nextId++;
      latestId = id;
      worker.postMessage({ ...body, id } as Request);
      return id;
    },
    drop() {
      latestId = nextId++;
    },
    restart() {
      worker?.terminate();
      worker = null;
      latestId = nextId++;
    },
    latest: () => latestId,
    alive: () => worker !== null,
  };
}

/** The real worker: spawn.ts (a module worker), or spawn.single.ts in the single-file build. */
export { spawnTrainingWorker } from './spawn';
