/**
 * One training session, run in slices (pure: no worker globals, so Node tests drive it directly).
 * Text data goes through the engine's fast path (train.ts: createTrainer / trainStep); a list of
 * examples goes through the trace path: per iteration, buildTrace on every example (null inputs are
 * x_t = 0, null targets add no loss), the gradients summed, then one clipped optimiser update
 * (optim.applyUpdateInto). Before each iteration the weights are copied into one of two buffers, so
 * when a loss comes out NaN or ±Infinity the weights of the iteration before, the last whose loss was
 * finite, are put back and the session stops.
 */
import { cloneModel, type Model, type Weights } from '../engine/model';
import { applyUpdateInto, cloneOptimizerState, createOptimizer, type OptimizerState } from '../engine/optim';
import { createRng, type Rng } from '../engine/rng';
import { sample } from '../engine/sample';
import { NO_INPUT } from '../engine/text';
import { buildTrace } from '../engine/trace';
import { createTrainer, type Trainer, trainStep } from '../engine/train';
import type { Example, LossSample, ProbeResult, Progress, TrainSetup } from './protocol';
import { thin } from './thin';

export { thin };

/** At most this many points are kept on the curve; past it the stride doubles. */
export const MAX_POINTS = 1000;
/** Weight of the past in the smoothed loss (a debiased exponential moving average). */
export const SMOOTH_ALPHA = 0.99;

interface TextPath {
  kind: 'text';
  trainer: Trainer;
}

interface ExamplePath {
  kind: 'examples';
  examples: Example[];
  /** Weights and their summed gradients, each a set of views into one flat buffer. */
  grads: Weights;
  gradFlat: Float64Array;
  opt: OptimizerState;
}

export interface Session {
  setup: TrainSetup;
  path: TextPath | ExamplePath;
  model: Model;
  /** All weights in one buffer (model.weights are views into it). */
  flat: Float64Array;
  /** W_{n−1} and W_n: the weights before the previous and before the current iteration. */
  prev: Float64Array;
  cur: Float64Array;
  iter: number;
  loss: number;
  smooth: number;
  emaM: number;
  emaPow: number;
  stride: number;
  recorded: number;
  pending: LossSample[];
  /** Steps (characters) per iteration, for chars/s. */
  charsPerIter: number;
  speed: { t0: number; iter0: number; stepsPerSec: number };
  chunk: number;
  rng: Rng;
  lastSampleIter: number;
  sample: string | null;
  probe: ProbeResult[] | null;
  diverged: boolean;
  /** The run pauses by itself when iter reaches this (Infinity: never). */
  pauseAt: number;
}

/** Views of one buffer laid out like `weights` (file order), filled with their values. */
function flatten(weights: Weights): { flat: Float64Array; views: Weights } {
  const total = Object.values(weights).reduce((n, w) => n + w.length, 0);
  const flat = new Float64Array(total);
  const views: Weights = {};
  let at = 0;
  for (const [name, w] of Object.entries(weights)) {
    views[name] = flat.subarray(at, at + w.length);
    views[name].set(w);
    at += w.length;
  }
  return { flat, views };
}

export function createSession(setup: TrainSetup, now: number): Session {
  const { data } = setup;
  let path: TextPath | ExamplePath;
  let model: Model;
  let flat: Float64Array;
  let charsPerIter: number;
  if (data.kind === 'text') {
    const trainer = createTrainer(cloneModel(setup.model), data.data, {
      seqLength: data.seqLength,
      optimizer: setup.optimizer,
      hyper: { lr: setup.lr },
      clip: setup.clip,
      ...(setup.resume?.opt ? { optState: setup.resume.opt } : {}),
    });
    path = { kind: 'text', trainer };
    model = trainer.model;
    flat = trainer.net.params;
    charsPerIter = data.seqLength;
  } else {
    if (data.examples.length === 0) throw new Error('there are no examples to train on');
    const w = flatten(setup.model.weights);
    model = { ...cloneModel(setup.model), weights: w.views };
    flat = w.flat;
    const g = flatten(setup.model.weights);
    path = {
      kind: 'examples',
      examples: data.examples,
      grads: g.views,
      gradFlat: g.flat,
      opt: resumedOpt(setup, model),
    };
    charsPerIter = data.examples.reduce((n, e) => n + e.inputs.length, 0);
  }
  const r = setup.resume;
  const iter = r?.iter ?? 0;
  const smooth = r && Number.isFinite(r.smooth) ? r.smooth : null;
  return {
    setup,
    path,
    model,
    flat,
    prev: Float64Array.from(flat),
    cur: Float64Array.from(flat),
    iter,
    loss: Number.NaN,
    smooth: smooth ?? Number.NaN,
    // a resumed run carries the smoothed loss on (as if its past were long: no debiasing left)
    emaM: smooth ?? 0,
    emaPow: smooth === null ? 1 : 0,
    stride: r?.stride ?? 1,
    recorded: r ? Math.ceil(iter / r.stride) : 0,
    pending: [],
    charsPerIter,
    speed: { t0: now, iter0: iter, stepsPerSec: 0 },
    chunk: 1,
    rng: createRng(setup.seed),
    lastSampleIter: Number.NEGATIVE_INFINITY,
    sample: null,
    probe: null,
    diverged: false,
    pauseAt: setup.pauseEvery > 0 ? iter + setup.pauseEvery : Number.POSITIVE_INFINITY,
  };
}

/** The example path's optimiser: fresh, or the resumed state's slots and step copied into it. */
function resumedOpt(setup: TrainSetup, model: Model): OptimizerState {
  const opt = createOptimizer(setup.optimizer, model.weights, { lr: setup.lr });
  const saved = setup.resume?.opt;
  if (!saved || saved.kind !== opt.kind) return opt;
  for (const [slot, ws] of Object.entries(opt.slots))
    for (const [name, a] of Object.entries(ws)) a.set(saved.slots[slot][name]);
  opt.step = saved.step;
  opt.hyper = { ...saved.hyper, lr: setup.lr };
  return opt;
}

/** A run (re)started now pauses by itself pauseEvery iterations from here. */
export function extendRun(s: Session): void {
  s.pauseAt = s.setup.pauseEvery > 0 ? s.iter + s.setup.pauseEvery : Number.POSITIVE_INFINITY;
}

export const reachedPause = (s: Session): boolean => s.iter >= s.pauseAt;

/** One iteration of the example path: L = Σ_examples Σ_t −ln p_t[target_t]; dW summed; one update. */
function exampleStep(s: Session, p: ExamplePath): number {
  p.gradFlat.fill(0);
  let loss = 0;
  for (const e of p.examples) {
    const tr = buildTrace(s.model, e.inputs, e.targets);
    loss += tr.loss;
    for (const [name, g] of Object.entries(tr.grads)) {
      const into = p.grads[name];
      for (let k = 0; k < g.length; k++) into[k] += g[k];
    }
  }
  if (Number.isFinite(loss)) applyUpdateInto(p.opt, s.model.weights, p.grads, s.setup.clip);
  return loss;
}

/**
 * One iteration; returns false (and puts back W_{n−1}) when its loss is not finite. The loss of
 * iteration n is computed with W_n, the weights before its update.
 */
export function step(s: Session): boolean {
  const swap = s.prev;
  s.prev = s.cur;
  s.cur = swap;
  s.cur.set(s.flat); // cur = W_n, prev = W_{n−1}
  const loss = s.path.kind === 'text' ? trainStep(s.path.trainer) : exampleStep(s, s.path);
  if (!Number.isFinite(loss)) {
    // W_n gives a non-finite loss: keep W_{n−1}, the last weights whose loss was finite
    s.flat.set(s.iter === 0 ? s.cur : s.prev);
    if (s.iter > 0) s.iter -= 1;
    s.diverged = true;
    return false;
  }
  s.loss = loss;
  s.emaM = SMOOTH_ALPHA * s.emaM + (1 - SMOOTH_ALPHA) * loss;
  s.emaPow *= SMOOTH_ALPHA;
  s.smooth = s.emaM / (1 - s.emaPow);
  // point x = n: the loss of W_n (as the lesson's pass n), before the update that makes W_{n+1}
  if (s.iter % s.stride === 0) record(s, { x: s.iter, loss, smooth: s.smooth });
  s.iter += 1;
  return true;
}

function record(s: Session, p: LossSample): void {
  s.pending.push(p);
  s.recorded += 1;
  if (s.recorded > MAX_POINTS) {
    s.stride *= 2;
    s.recorded = Math.ceil(s.recorded / 2);
    s.pending = thin(s.pending, s.stride);
  }
}

/**
 * Runs iterations for about budgetMs (in chunks that double while they take under 2 ms, so the clock
 * is read rarely), then returns the progress to post. Stops early on divergence.
 */
export function runSlice(s: Session, budgetMs: number, clock: () => number): Progress {
  const start = clock();
  let t = start;
  while (!s.diverged && !reachedPause(s) && t - start < budgetMs) {
    const c0 = t;
    const n = Math.min(s.chunk, s.pauseAt - s.iter);
    for (let k = 0; k < n; k++) if (!step(s)) break;
    t = clock();
    if (t - c0 < 2 && s.chunk < 1 << 16) s.chunk *= 2;
    else if (t - c0 > 8 && s.chunk > 1) s.chunk >>= 1;
  }
  if (t - s.speed.t0 >= 500 || s.speed.stepsPerSec === 0) {
    const dt = (t - s.speed.t0) / 1000;
    if (dt > 0) s.speed.stepsPerSec = (s.iter - s.speed.iter0) / dt;
    if (t - s.speed.t0 >= 500) s.speed = { t0: t, iter0: s.iter, stepsPerSec: s.speed.stepsPerSec };
  }
  if (s.iter - s.lastSampleIter >= s.setup.sampleEvery || s.diverged || reachedPause(s)) takeSample(s);
  return progress(s);
}

/** The progress so far, handing over the points recorded since the last call. */
export function progress(s: Session): Progress {
  const points = s.pending;
  s.pending = [];
  return {
    iter: s.iter,
    stride: s.stride,
    points,
    stepsPerSec: s.speed.stepsPerSec,
    charsPerSec: s.speed.stepsPerSec * s.charsPerIter,
    loss: s.loss,
    smooth: s.smooth,
    sample: s.sample,
    probe: s.probe,
    kernels: s.path.kind === 'text' ? (s.path.trainer.net.wasm ? 'wasm' : 'js') : null,
  };
}

/** A text sample (temperature 1, fed back) and each probe example's argmax at its targets. */
export function takeSample(s: Session): void {
  s.lastSampleIter = s.iter;
  const { setup, model } = s;
  if (setup.sampleLength > 0 && setup.data.kind === 'text' && setup.data.data.length > 0) {
    const seed = setup.data.data[s.rng.int(setup.data.data.length)];
    const chars = sample(model, seed, setup.sampleLength - 1, 1, s.rng);
    s.sample = model.vocab[seed] + chars.map((c) => c.char).join('');
  }
  if (setup.probe.length > 0) s.probe = setup.probe.map((e) => probeOne(model, e));
}

/** The argmax of each step that has a target, against those targets. */
export function probeOne(model: Model, e: Example): ProbeResult {
  const tr = buildTrace(model, e.inputs, e.targets);
  const ch = (ix: number | null) => (ix === null ? NO_INPUT : model.vocab[ix]);
  const withTarget = tr.forward.filter((f) => f.target !== null);
  return {
    input: e.inputs
      .filter((x) => x !== null)
      .map(ch)
      .join(''),
    output: withTarget.map((f) => ch(f.argmax)).join(''),
    expected: withTarget.map((f) => ch(f.target)).join(''),
    right: withTarget.every((f) => f.argmax === f.target),
  };
}

/** A detached copy of the session's current weights as a model (safe to post). */
export function currentModel(s: Session): Model {
  return cloneModel(s.model);
}

/** A detached copy of the optimiser's state (null after a divergence: its slots are not finite). */
export function currentOpt(s: Session): OptimizerState | null {
  if (s.diverged) return null;
  return cloneOptimizerState(s.path.kind === 'text' ? s.path.trainer.opt : s.path.opt);
}
