import { describe, expect, it } from 'vitest';
import { type Clip, clipByNorm, clipByValue } from './clip';
import type { KernelChoice } from './fast/index';
import { initModel } from './init';
import { CELL_TYPES, type CellType, cloneModel, type Model } from './model';
import {
  applyUpdate,
  cloneOptimizerState,
  createOptimizer,
  type OptimizerKind,
  type OptimizerState,
} from './optim';
import { createRng } from './rng';
import { randomModel } from './testing';
import { buildTrace } from './trace';
import { createTrainer, encodeText, resetTrainer, snapshot, trainStep, trainSteps } from './train';

/** The same training loop written with the trace's gradients and applyUpdate (the oracle). */
function referenceTrain(
  model: Model,
  data: number[],
  T: number,
  steps: number,
  opt: OptimizerState,
  clip: Clip,
) {
  const ref = cloneModel(model);
  let h: Float64Array = Float64Array.from(model.h0);
  let c: Float64Array | null = model.c0 ? Float64Array.from(model.c0) : null;
  let p = 0;
  const losses: number[] = [];
  for (let n = 0; n < steps; n++) {
    if (n === 0 || p + T + 1 > data.length) {
      p = 0;
      h = Float64Array.from(model.h0);
      c = model.c0 ? Float64Array.from(model.c0) : null;
    }
    const trace = buildTrace({ ...ref, h0: h, c0: c }, data.slice(p, p + T), data.slice(p + 1, p + T + 1));
    applyUpdate(opt, ref.weights, trace.grads, clip);
    h = trace.forward[T - 1].h;
    c = trace.forward[T - 1].c;
    losses.push(trace.loss);
    p += T;
  }
  return { ref, losses };
}

/** Largest |a_k − b_k| / max_k |b_k| over each weight (relative to the weight's largest entry). */
function weightsDiff(a: Model, b: Model): number {
  let worst = 0;
  for (const [name, w] of Object.entries(b.weights)) {
    let d = 0;
    let s = 0;
    w.forEach((v, k) => {
      d = Math.max(d, Math.abs(a.weights[name][k] - v));
      s = Math.max(s, Math.abs(v));
    });
    worst = Math.max(worst, d === 0 ? 0 : d / s);
  }
  return worst;
}

const TOL = 1e-10; // relative, per weight (to its largest entry) and per window loss
const randomData = (V: number, n: number, seed: number) => {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => rng.int(V));
};

function expectSameTraining(
  cell: CellType,
  H: number,
  kind: OptimizerKind,
  clip: Clip,
  kernels: KernelChoice,
) {
  const V = 6;
  const T = 5;
  const model = randomModel(cell, V, H, 3, 0.3);
  const data = randomData(V, 23, 4); // wraps around after 4 windows
  const steps = 9;
  const tr = createTrainer(model, data, {
    seqLength: T,
    optimizer: kind,
    hyper: { lr: 0.05 },
    clip,
    kernels,
  });
  const losses = Array.from({ length: steps }, () => trainStep(tr));
  const { ref, losses: refLosses } = referenceTrain(
    model,
    data,
    T,
    steps,
    createOptimizer(kind, model.weights, { lr: 0.05 }),
    clip,
  );
  expect(weightsDiff(tr.model, ref)).toBeLessThanOrEqual(TOL);
  for (const [k, l] of losses.entries())
    expect(Math.abs(l - refLosses[k]) / refLosses[k]).toBeLessThanOrEqual(TOL);
}

describe('training over a text', () => {
  for (const cell of CELL_TYPES) {
    it(`${cell}: a hundred Adagrad steps on 'hello' cut the loss by more than half`, () => {
      const { vocab, data } = encodeText('hello');
      const model = initModel({ cell, vocab, hiddenSize: 8, seed: 1, init: 'gaussian', scale: 0.3 });
      const tr = createTrainer(model, data, { seqLength: 4 });
      const first = trainStep(tr);
      expect(trainSteps(tr, 99)).toBeLessThan(first / 2);
    });
  }

  const KERNELS: [CellType, number, KernelChoice][] = [
    ['rnn', 4, 'small'],
    ['rnn', 4, 'small-js'],
    ['rnn', 5, 'js'],
    ['rnn', 17, 'wasm'],
    ['lstm', 4, 'js'],
    ['lstm', 17, 'wasm'],
    ['gru', 4, 'js'],
    ['gru', 17, 'wasm'],
  ];
  for (const [cell, H, kernels] of KERNELS) {
    for (const kind of ['sgd', 'momentum', 'adagrad', 'adam'] as const) {
      it(`${cell} H=${H} (${kernels}), ${kind}: nine steps equal the trace's gradients + applyUpdate within 1e-10`, () => {
        expectSameTraining(cell, H, kind, kind === 'adam' ? clipByNorm(1) : clipByValue(0.5), kernels);
      });
    }
  }

  it('walks the text like min-char-rnn: windows at 0, T, 2T, … and back to 0 when the next would run past the end', () => {
    const tr = createTrainer(randomModel('rnn', 4, 3, 1), randomData(4, 10, 2), { seqLength: 3 });
    const starts: number[] = [];
    for (let n = 0; n < 7; n++) {
      trainStep(tr);
      starts.push(tr.p - 3);
    }
    expect(starts).toEqual([0, 3, 6, 0, 3, 6, 0]);
  });

  it('resumes from a saved optimiser state as the oracle does from the same state (1e-10)', () => {
    const model = randomModel('gru', 5, 4, 2, 0.3);
    const data = randomData(5, 30, 3);
    const opts = { seqLength: 4, optimizer: 'adam' as const, clip: clipByValue(5) };
    const first = createTrainer(model, data, opts);
    trainSteps(first, 5);
    const saved = structuredClone(snapshot(first));
    const resumed = createTrainer(saved.model, data, { ...opts, optState: saved.opt });
    trainSteps(resumed, 6);
    expect(resumed.opt.step).toBe(11);
    const { ref } = referenceTrain(saved.model, data, 4, 6, cloneOptimizerState(saved.opt), clipByValue(5));
    expect(weightsDiff(resumed.model, ref)).toBeLessThanOrEqual(TOL);
  });

  it('a reset trainer trains exactly like a new one (bit for bit)', () => {
    for (const [cell, H] of [
      ['rnn', 3],
      ['lstm', 17],
      ['gru', 5],
    ] as const) {
      const model = randomModel(cell, 5, H, 8, 0.3);
      const data = randomData(5, 40, 9);
      const opts = { seqLength: 4, optimizer: 'adam' as const, clip: clipByValue(1) };
      const reused = createTrainer(cloneModel(model), data, opts);
      trainSteps(reused, 7);
      resetTrainer(reused, model);
      const fresh = createTrainer(model, data, opts);
      const a = Array.from({ length: 12 }, () => trainStep(reused));
      const b = Array.from({ length: 12 }, () => trainStep(fresh));
      expect(a).toEqual(b);
      expect(reused.model.weights).toEqual(fresh.model.weights);
      expect(reused.opt).toEqual(fresh.opt);
    }
  });

  it('keeps the trained weights in the trainer’s model, leaving the given model untouched', () => {
    const model = randomModel('lstm', 4, 3, 5);
    const before = cloneModel(model);
    const tr = createTrainer(model, randomData(4, 12, 1), { seqLength: 3 });
    trainSteps(tr, 3);
    expect(model).toEqual(before);
    expect(weightsDiff(tr.model, before)).toBeGreaterThan(0);
  });

  it('encodes a text as code points with min-char-rnn’s sorted vocabulary', () => {
    expect(encodeText('hello')).toEqual({ vocab: ['e', 'h', 'l', 'o'], data: Int32Array.of(1, 0, 2, 2, 3) });
    expect(encodeText('한글😀한').vocab).toEqual(
      ['한', '글', '😀'].sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0)),
    );
  });

  it('rejects a text shorter than T + 1 characters and indices outside the vocabulary', () => {
    const model = randomModel('rnn', 3, 2, 1);
    expect(() => createTrainer(model, [0, 1, 2], { seqLength: 3 })).toThrow(/at least 4 characters/);
    expect(() => createTrainer(model, [0, 1, 5, 1], { seqLength: 2 })).toThrow(/out of range/);
  });
});
