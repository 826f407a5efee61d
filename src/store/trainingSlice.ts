/**
 * Training slice: the worker session's state (status, figures, loss curve, sample), the trained model
 * the lesson uses after a pause or stop, and text generation. Replies from the worker come through the
 * client (stale ones already dropped) into `receive`. The seeded initial weights are never lost:
 * `discardTrained` (the toolbar's Reset) rebuilds pass 0 from the config, as at the start. The state's
 * types and pure helpers live in trainingState.ts; the worker's client and its replies in trainingWorker.ts.
 */
import type { StateCreator } from 'zustand';
import type { Model } from '../engine/model';
import type { OptimizerState } from '../engine/optim';
import type { Reply, TrainSetup } from '../worker/protocol';
import { loadCorpusText } from './corpusText';
import { momentCount } from './cursor';
import { createGenerationSlice, type GenerationSlice } from './generationSlice';
import type { LessonState } from './index';
import { buildSequence, firstPass, isError, type LessonError } from './lesson';
import { checkCorpus, corpusOf, fitLessonTo, lessonData, shapeData, textData } from './trainingData';
import {
  clipOf,
  currentKey,
  INITIAL_TRAINING,
  type Trained,
  type TrainingInfo,
  userChoices,
  withTrainedOptimizer,
} from './trainingState';
import {
  receiveReply,
  stallWorker,
  type TrainingHands,
  trainingClient,
  trainingWatchdog,
} from './trainingWorker';

// the training state and the worker's handle live in modules of their own; importable from here too
export {
  BUDGETS,
  CLIP_CHOICES,
  type ClipChoice,
  clipOf,
  currentKey,
  hasTraining,
  INITIAL_TRAINING,
  keepTrained,
  keptTraining,
  type Trained,
  type TrainingInfo,
  type TrainingMessage,
  type TrainingStatus,
  withTrainedOptimizer,
} from './trainingState';
export { setWorkerFactory } from './trainingWorker';

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

export const createTrainingSlice: StateCreator<LessonState, [], [], TrainingSlice> = (set, get, api) => {
  const getClient = () => trainingClient(get);
  const dog = () => trainingWatchdog(get);
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

  const hands: TrainingHands = { get, set, patch, applyTrained };

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
    const training = { ...INITIAL_TRAINING, ...userChoices(s.training) };
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
      else
        patch({
          ...INITIAL_TRAINING,
          ...userChoices(get().training),
          status: 'running',
          key: currentKey(get()),
        });
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
      stallWorker(hands);
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
      receiveReply(hands, reply);
    },
  };
};
