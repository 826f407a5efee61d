/**
 * Training state without the worker: the types and initial value of the training slice's state, the
 * training choices (clip, budget), and pure helpers over the lesson — its session key, what training
 * has kept, whether trained weights survive a config change, and the optimiser state pass 0 carries on.
 */
import { type Clip, clipByNorm, clipByValue, NO_CLIP } from '../engine/clip';
import type { Model } from '../engine/model';
import { cloneOptimizerState, type OptimizerState } from '../engine/optim';
import type { LossSample, ProbeResult } from '../worker/protocol';
import type { Config } from './config';
import type { LessonState } from './index';
import type { LessonError, Pass } from './lesson';
import { type DataSource, sessionKey } from './trainingData';

export type TrainingStatus = 'idle' | 'running' | 'paused';
export type ClipChoice = 'value' | 'norm' | 'none';
export const CLIP_CHOICES: readonly ClipChoice[] = ['value', 'norm', 'none'];
/** "Pause after" choices, in iterations (0: no limit). */
export const BUDGETS: readonly number[] = [100, 1000, 10_000, 100_000, 1_000_000, 0];

export function clipOf(c: ClipChoice): Clip {
  return c === 'value' ? clipByValue(5) : c === 'norm' ? clipByNorm(5) : NO_CLIP;
}

export interface TrainingMessage {
  kind: 'error' | 'info';
  message: LessonError;
}

export interface TrainingInfo {
  status: TrainingStatus;
  /** Whether the last session ended (stop or divergence) rather than paused. */
  ended: boolean;
  source: DataSource;
  pasted: string;
  clip: ClipChoice;
  /** A run pauses by itself after this many iterations (0: never). */
  budget: number;
  /** The shipped text of the chosen source, once loaded. */
  corpus: { source: DataSource; text: string } | null;
  loading: boolean;
  /** Key of the session in the worker (trainingData.sessionKey), null when there is none. */
  key: string | null;
  iter: number;
  stepsPerSec: number;
  charsPerSec: number;
  loss: number;
  smooth: number;
  stride: number;
  curve: LossSample[];
  sample: string | null;
  probe: ProbeResult[] | null;
  /** The kernels of the worker's run (Progress.kernels): 'js' is said on screen. */
  kernels: 'wasm' | 'js' | null;
  message: TrainingMessage | null;
  /**
   * The kept weights (`trained`) belong to no worker session (restored after a reload, or kept from
   * a worker that stopped responding): Train starts a new session from them, counting on.
   */
  detached: boolean;
}

export interface Trained {
  model: Model;
  iterations: number;
  /** The optimiser's state at the end of training (null after a divergence). */
  opt: OptimizerState | null;
}

/**
 * Pass 0 built on trained weights carries on with training's optimiser state (when the lesson uses the
 * same optimiser), so that stepping through one more update does not restart Adam's or Adagrad's
 * memory from zero.
 */
export function withTrainedOptimizer(pass: Pass, trained: Trained | null, config: Config): Pass {
  const opt = trained?.opt;
  if (!opt || opt.kind !== config.optimizer) return pass;
  const optimizer = cloneOptimizerState(opt);
  optimizer.hyper.lr = config.lr;
  return { ...pass, optimizer };
}

export const INITIAL_TRAINING: TrainingInfo = {
  status: 'idle',
  ended: false,
  source: 'lesson',
  pasted: '',
  clip: 'value',
  budget: 10_000,
  corpus: null,
  loading: false,
  key: null,
  iter: 0,
  stepsPerSec: 0,
  charsPerSec: 0,
  loss: Number.NaN,
  smooth: Number.NaN,
  stride: 1,
  curve: [],
  sample: null,
  probe: null,
  kernels: null,
  message: null,
  detached: false,
};

/** Whether the lesson differs from its untrained start because of training (Reset discards it). */
export const hasTraining = (s: Pick<LessonState, 'trained' | 'training'>): boolean =>
  s.trained !== null || s.training.status !== 'idle' || s.training.curve.length > 0;

/**
 * The trained model survives a config change only if the model it implies is the same: cell, units,
 * activation, seed, initial state, shape and vocabulary (a new text or learning rate keeps it).
 */
export function keepTrained(s: Pick<LessonState, 'trained' | 'config'>, config: Config): Trained | null {
  const t = s.trained;
  if (!t) return null;
  const a = s.config;
  const same =
    config.cell === a.cell &&
    config.hidden === a.hidden &&
    config.activation === a.activation &&
    config.seed === a.seed &&
    config.h0 === a.h0 &&
    config.init === a.init &&
    config.scale === a.scale &&
    config.radius === a.radius &&
    config.keep === a.keep &&
    config.shape === a.shape &&
    (config.vocab === '' || config.vocab === t.model.vocab.join(''));
  return same ? t : null;
}

/** The lesson's current session key. */
export const currentKey = (s: LessonState): string =>
  sessionKey(s.config, s.seq.vocab, s.training.source, s.training.clip, s.training.pasted);

/** What training has really kept: the running session's last snapshot, else the trained model. */
export const keptTraining = (s: Pick<LessonState, 'trained' | 'snapshot' | 'training'>): Trained | null =>
  (s.training.status === 'running' ? s.snapshot : null) ?? s.trained;

/** The user's choices, kept across sessions. */
export function userChoices(
  t: TrainingInfo,
): Pick<TrainingInfo, 'source' | 'pasted' | 'clip' | 'budget' | 'corpus' | 'loading' | 'message'> {
  const { source, pasted, clip, budget, corpus, loading, message } = t;
  return { source, pasted, clip, budget, corpus, loading, message };
}
