/**
 * The training worker's messages, in one module. Every request carries a fresh id (increasing); every
 * reply carries the id of the request it answers (progress: the start or resume that set the run
 * going). The page keeps only replies to its latest request: anything older is stale and dropped.
 * Models and data are plain objects and typed arrays, copied by structured clone.
 */
import type { Clip } from '../engine/clip';
import type { Model } from '../engine/model';
import type { OptimizerKind, OptimizerState } from '../engine/optim';

/** One training example: vocabulary indices, null = no input (x_t = 0) / no target (no loss). */
export interface Example {
  inputs: (number | null)[];
  targets: (number | null)[];
}

/**
 * What to train on: a text in min-char-rnn windows of seqLength (the engine's fast path, train.ts), or
 * a list of examples, all of them per update (the trace path: buildTrace gradients, summed).
 */
export type TrainData =
  | { kind: 'text'; data: Int32Array; seqLength: number }
  | { kind: 'examples'; examples: Example[] };

export interface TrainSetup {
  model: Model;
  data: TrainData;
  optimizer: OptimizerKind;
  lr: number;
  clip: Clip;
  /** Examples whose argmax is checked against their targets when a sample is taken (may be empty). */
  probe: Example[];
  /** Seed of the sampler's random numbers. */
  seed: number;
  /** A sample is taken at most once per this many iterations (and at pause and stop). */
  sampleEvery: number;
  /** Characters in a text sample (0: no text sample). */
  sampleLength: number;
  /** Length of a run slice between two progress replies, in ms. */
  sliceMs: number;
  /** Pause by itself after this many iterations of a run (0: run until paused or stopped). */
  pauseEvery: number;
  /** Carry on from kept weights (model): the optimiser's state, the iteration count, curve stride, smoothed loss. */
  resume?: Resume;
}

export interface Resume {
  opt: OptimizerState | null;
  iter: number;
  stride: number;
  smooth: number;
}

/** A copy of the weights and optimiser state every SNAPSHOT_MS while running: what a crash cannot take. */
export interface Snapshot {
  model: Model;
  opt: OptimizerState | null;
  iter: number;
}
export const SNAPSHOT_MS = 1000;

export type Request =
  | { type: 'start'; id: number; setup: TrainSetup }
  | { type: 'pause'; id: number }
  | { type: 'resume'; id: number; pauseEvery?: number }
  | { type: 'stop'; id: number };

/** A request before the client gives it an id. */
export type RequestBody = WithoutId<Request>;
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/** A recorded point of the loss curve: iteration, raw loss of that iteration, smoothed loss. */
export interface LossSample {
  x: number;
  loss: number;
  smooth: number;
}

/** What the model makes of one probe example: its input text, the argmax at each target, and whether all are right. */
export interface ProbeResult {
  input: string;
  output: string;
  expected: string;
  right: boolean;
}

export interface Progress {
  /** Updates applied so far. */
  iter: number;
  /** Points are recorded at iterations that are multiples of stride (it doubles as the curve grows). */
  stride: number;
  /** Points recorded since the previous reply. */
  points: LossSample[];
  stepsPerSec: number;
  charsPerSec: number;
  /** Loss of the last iteration and its smoothed value. */
  loss: number;
  smooth: number;
  /** The latest text sample (null until one is taken), and the probe examples' results. */
  sample: string | null;
  probe: ProbeResult[] | null;
  /**
   * The kernels the run computes with: WebAssembly SIMD, or JS where WebAssembly is unavailable or
   * refused (a stricter Content-Security-Policy), about 2× slower; null on the example path (no kernels).
   */
  kernels: 'wasm' | 'js' | null;
}

export type StopReason = 'stopped' | 'diverged';

export type Reply =
  | { type: 'progress'; id: number; progress: Progress; snapshot?: Snapshot }
  | { type: 'paused'; id: number; progress: Progress; model: Model; opt: OptimizerState | null }
  | {
      type: 'stopped';
      id: number;
      progress: Progress;
      model: Model;
      opt: OptimizerState | null;
      reason: StopReason;
    }
  | { type: 'error'; id: number; message: string };

/** A reply is current only if it answers the latest request sent; older ones are stale. */
export function isCurrent(latestId: number, reply: Pick<Reply, 'id'>): boolean {
  return reply.id === latestId;
}
