/**
 * Training slice: the worker session's state (status, figures, loss curve, sample), the trained model
 * the lesson uses after a pause or stop, and text generation. Replies from the worker come through the
 * client (stale ones already dropped) into `receive`. The seeded initial weights are never lost:
 * `discardTrained` (the toolbar's Reset) rebuilds pass 0 from the config, as at the start.
 */
import type { StateCreator } from 'zustand';
import { type Clip, clipByNorm, clipByValue, NO_CLIP } from '../engine/clip';
import type { Model } from '../engine/model';
import { cloneOptimizerState, type OptimizerState } from '../engine/optim';
import {
  createTrainingClient,
  spawnTrainingWorker,
  type TrainingClient,
  type WorkerLike,
} from '../worker/client';
import type { LossSample, ProbeResult, Progress, Reply, Snapshot, TrainSetup } from '../worker/protocol';
import { thin } from '../worker/thin';
import { createWatchdog, type Watchdog } from '../worker/watchdog';
import type { Config } from './config';
import { loadCorpusText } from './corpusText';
import { momentCount } from './cursor';
import { createGenerationSlice, type GenerationSlice } from './generationSlice';
import type { LessonState } from './index';
import { buildSequence, firstPass, isError, type LessonError, type Pass } from './lesson';
import {
  checkCorpus,
  corpusOf,
  type DataSource,
  fitLessonTo,
  lessonData,
  sessionKey,
  shapeData,
  textData,
} from './trainingData';

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

export interface TrainingSlice extends GenerationSlice {
  training: TrainingInfo;
  /** The trained model the lesson uses (pass 0), or null for the seeded (or loaded) initial one. */
  trained: Trained | null;
  /** The worker's latest snapshot of a running session (what a crash cannot take), or null. */
  snapshot: Trained | null;
  /** The watchdog's call: no heartbeat from a running worker; keep the last snapshot and say so. */
  workerStalled(): void;
  train(): void;
  pauseTraining(): void;
  stopTraining(): void;
  restartWorker(): void;
  setTrainingOptions(patch: Partial<Pick<TrainingInfo, 'source' | 'pasted' | 'clip' | 'budget'>>): void;
  /** Drops the trained weights and any session: pass 0 is the seeded (or loaded) model again. */
  discardTrained(): void;
  /** A reply of the worker (current ones only). */
  receive(reply: Reply): void;
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

/** What training has really kept: the running session's last snapshot, else the trained model. */
export const keptTraining = (s: Pick<LessonState, 'trained' | 'snapshot' | 'training'>): Trained | null =>
  (s.training.status === 'running' ? s.snapshot : null) ?? s.trained;

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
  };
}

export const createTrainingSlice: StateCreator<LessonState, [], [], TrainingSlice> = (set, get, api) => {
  const getClient = () => {
    client ??= createTrainingClient(spawn, (r) => get().receive(r));
    return client;
  };
  const dog = () => {
    watchdog ??= createWatchdog(() => get().workerStalled());
    return watchdog;
  };
  const patch = (p: Partial<TrainingInfo>) => set((s) => ({ training: { ...s.training, ...p } }));
  const fail = (message: LessonError) => patch({ message: { kind: 'error', message } });

  /** Puts a trained model into the lesson as pass 0 (if it still fits), keeping the cursor's moment. */
  const applyTrained = (model: Model, iterations: number, opt: OptimizerState | null) => {
    const s = get();
    const fits =
      model.cell === s.config.cell &&
      model.hiddenSize === s.config.hidden &&
      model.vocab.join('') === s.seq.vocab.join('');
    if (!fits) {
      patch({ message: { kind: 'info', message: { key: 'training.notApplied' } } });
      return;
    }
    const seq = buildSequence(s.config, model.vocab);
    if (isError(seq)) return fail(seq);
    const index = Math.min(s.cursor.index, momentCount(s.config.cell, seq.inputs.length) - 1);
    const trained = { model, iterations, opt };
    const pass = withTrainedOptimizer(firstPass(s.config, seq, model), trained, s.config);
    set({ trained, seq, passes: [pass], cursor: { pass: 0, index } });
    get().goTo({ pass: 0, index });
  };

  /** Ends the worker's session, if any; its last reply must not bring trained weights back. */
  const endSession = () => {
    dog().stop();
    if (get().training.status === 'idle' || get().training.detached) return;
    getClient().send({ type: 'stop' });
    getClient().drop();
  };

  /**
   * The state without training: a fresh curve and, if the lesson used trained weights, pass 0 rebuilt
   * from the seeded (or loaded) model (untouched otherwise: no needless re-render of every panel).
   */
  const untrained = (): Pick<LessonState, 'trained' | 'snapshot' | 'training'> &
    Partial<Pick<LessonState, 'seq' | 'passes' | 'cursor'>> => {
    const s = get();
    const training = { ...INITIAL_TRAINING, ...pick(s.training) };
    if (!s.trained) return { trained: null, snapshot: null, training };
    const seq = buildSequence(s.config, s.loaded?.model.vocab ?? null);
    if (isError(seq)) return { trained: null, snapshot: null, training };
    const passes = [firstPass(s.config, seq, s.loaded?.model ?? null)];
    const index = Math.min(s.cursor.index, momentCount(s.config.cell, seq.inputs.length) - 1);
    return { trained: null, snapshot: null, training, seq, passes, cursor: { pass: 0, index } };
  };

  /**
   * Builds the worker's setup from the lesson (changing the lesson to fit a text first): a new
   * session from the seeded (or loaded) weights, or, given kept weights, one that carries on from them.
   */
  const plan = (from: Trained | null = null): TrainSetup | LessonError => {
    let s = get();
    const { source } = s.training;
    const textMode = s.config.shape === 'many-to-many' && source !== 'lesson';
    let text: string | null = null;
    if (textMode) {
      text =
        source === 'paste'
          ? s.training.pasted
          : s.training.corpus?.source === source
            ? s.training.corpus.text
            : null;
      if (text === null) return { key: 'training.corpus.loading' };
      const bad = checkCorpus(text);
      if (bad) return bad;
      const fit = fitLessonTo(s.config, text);
      if (fit) {
        const err = s.setConfig(fit);
        if (err) return { key: 'training.error.lessonFit', params: { reason: String(err.key) } };
        if (fit.input !== undefined)
          patch({ message: { kind: 'info', message: { key: 'training.lessonMoved' } } });
      }
    }
    // every new session starts from the seeded (or loaded) initial weights, unless it carries on
    if (!from) {
      endSession();
      set(untrained());
    }
    s = get();
    const seq = s.seq;
    let data: TrainSetup['data'];
    let probe: TrainSetup['probe'] = [{ inputs: seq.inputs, targets: seq.targets }];
    try {
      if (s.config.shape !== 'many-to-many') {
        probe = shapeData(s.config, seq.vocab);
        data = { kind: 'examples', examples: probe };
      } else data = text === null ? lessonData(seq) : textData(text, seq.vocab);
    } catch {
      return { key: 'training.error.vocab' };
    }
    const opt = from ? withTrainedOptimizer(s.passes[0], from, s.config).optimizer : null;
    return {
      model: from ? from.model : s.passes[0].model,
      data,
      optimizer: s.config.optimizer,
      lr: s.config.lr,
      clip: clipOf(s.training.clip),
      probe,
      seed: s.config.seed,
      sampleEvery: 250,
      sampleLength: data.kind === 'text' ? (text === null ? 40 : 100) : 0,
      sliceMs: 40,
      pauseEvery: s.training.budget,
      ...(from
        ? {
            resume: {
              opt: opt && from.opt && opt.kind === s.config.optimizer ? opt : null,
              iter: from.iterations,
              stride: s.training.stride,
              smooth: s.training.smooth,
            },
          }
        : {}),
    };
  };

  return {
    ...createGenerationSlice(set, get, api),
    training: INITIAL_TRAINING,
    trained: null,
    snapshot: null,

    train() {
      const s = get();
      const info = s.training;
      if (info.status === 'running' || s.generation.stepping) return;
      patch({ message: null });
      if (info.status === 'paused' && info.key === currentKey(s) && !info.detached) {
        getClient().send({ type: 'resume', pauseEvery: info.budget });
        patch({ status: 'running', message: null });
        dog().beat();
        return;
      }
      const from = info.detached && info.key === currentKey(s) ? s.trained : null;
      const setup = plan(from);
      if (isError(setup)) return fail(setup);
      getClient().send({ type: 'start', setup });
      if (from) patch({ status: 'running', detached: false, ended: false });
      else patch({ ...INITIAL_TRAINING, ...pick(get().training), status: 'running', key: currentKey(get()) });
      set({ snapshot: null });
      dog().beat();
    },
    pauseTraining() {
      if (get().training.status === 'running') getClient().send({ type: 'pause' });
    },
    stopTraining() {
      const info = get().training;
      if (info.status === 'idle') return;
      if (info.detached) patch({ status: 'idle', ended: true, key: null, detached: false });
      else getClient().send({ type: 'stop' });
    },
    restartWorker() {
      dog().stop();
      getClient().restart();
      patch({
        status: 'idle',
        key: null,
        detached: false,
        message: { kind: 'info', message: { key: 'training.restarted' } },
      });
    },
    workerStalled() {
      const s = get();
      if (s.training.status !== 'running') return;
      getClient().restart();
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
    },
    setTrainingOptions(p) {
      patch(p);
      const source = p.source;
      const corpus = source ? corpusOf(source) : null;
      if (!corpus || get().training.corpus?.source === source) return;
      patch({ loading: true });
      loadCorpusText(corpus.file)
        .then((text) => {
          if (get().training.source === source) patch({ corpus: { source, text }, loading: false });
        })
        .catch(() => {
          patch({ loading: false });
          fail({ key: 'training.error.corpusLoad', params: { file: corpus.file } });
        });
    },
    discardTrained() {
      const s = get();
      endSession();
      const initial = untrained();
      set({
        ...initial,
        passes: initial.passes ?? [s.passes[0]],
        cursor: { pass: 0, index: 0 },
        playing: false,
        notice: null,
      });
    },
    receive(reply) {
      const info = get().training;
      if (reply.type === 'progress') dog().beat();
      else dog().stop();
      switch (reply.type) {
        case 'progress': {
          if (reply.snapshot) set({ snapshot: snapshotOf(reply.snapshot) });
          patch({ ...applyProgress(reply.progress, info), status: 'running' });
          // a setting changed under a running session: end it (its weights apply if they still fit)
          if (info.key !== currentKey(get())) getClient().send({ type: 'stop' });
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
          getClient().restart();
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
    },
  };
};

const snapshotOf = (s: Snapshot): Trained => ({ model: s.model, iterations: s.iter, opt: s.opt });

/** The user's choices, kept across sessions. */
function pick(
  t: TrainingInfo,
): Pick<TrainingInfo, 'source' | 'pasted' | 'clip' | 'budget' | 'corpus' | 'loading' | 'message'> {
  const { source, pasted, clip, budget, corpus, loading, message } = t;
  return { source, pasted, clip, budget, corpus, loading, message };
}
