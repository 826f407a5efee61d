import { describe, expect, it } from 'vitest';
import { initModel } from '../engine/init';
import type { Model } from '../engine/model';
import { createOptimizer } from '../engine/optim';
import { createRng } from '../engine/rng';
import { DEFAULT_CONFIG } from './config';
import { fromRecord, lessonKey, type RestoredSession, toRecord } from './sessionRecord';
import { INITIAL_TRAINING } from './trainingSlice';

/** Weights that use every bit of a double (not the round numbers a lucky encoder could get right). */
function oddModel(cell: Model['cell'] = 'lstm', H = 5): Model {
  const m = initModel({
    cell,
    vocab: ['h', 'e', 'l', 'o', '한'],
    hiddenSize: H,
    seed: 3,
    initialState: 'random',
  });
  const rng = createRng(9);
  for (const w of Object.values(m.weights))
    for (let k = 0; k < w.length; k++) w[k] = (rng.next() - 0.5) * 1e-7 * 3 ** k;
  m.weights.Why[0] = Number.MIN_VALUE;
  m.weights.Why[1] = -0;
  return m;
}

function adamOf(model: Model) {
  const opt = createOptimizer('adam', model.weights, { lr: 0.01 });
  const rng = createRng(4);
  for (const slot of Object.values(opt.slots))
    for (const a of Object.values(slot)) for (let k = 0; k < a.length; k++) a[k] = rng.next() / 7;
  opt.step = 123;
  return opt;
}

function state(model: Model) {
  return {
    config: {
      ...DEFAULT_CONFIG,
      cell: model.cell,
      hidden: model.hiddenSize,
      optimizer: 'adam' as const,
      lr: 0.01,
    },
    cursor: { pass: 2, index: 7 },
    loaded: null,
    training: {
      ...INITIAL_TRAINING,
      clip: 'norm' as const,
      budget: 1000,
      loss: 1.25,
      smooth: 1.5,
      stride: 2,
      curve: [
        { x: 0, loss: 2.1, smooth: 2.1 },
        { x: 2, loss: 1.9, smooth: 2 },
        { x: 4, loss: 1.7, smooth: 1.9 },
      ],
      sample: 'hello',
      probe: null,
    },
  };
}

/** A record as IndexedDB hands it back: a structured clone. */
const roundTrip = (r: unknown) => fromRecord(structuredClone(r));

const bits = (a: Float64Array) => Array.from(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));

describe('the session record', () => {
  it('gives back every weight and optimiser slot bit for bit after a structured clone', () => {
    const model = oddModel();
    const opt = adamOf(model);
    const r = roundTrip(toRecord(state(model), { model, iterations: 4, opt }, ['#a'], 1)) as RestoredSession;
    expect('error' in r).toBe(false);
    const t = r.trained;
    if (!t?.opt) throw new Error('no trained model');
    for (const [name, w] of Object.entries(model.weights))
      expect(bits(t.model.weights[name])).toEqual(bits(w));
    expect(bits(t.model.h0)).toEqual(bits(model.h0));
    expect(bits(t.model.c0 as Float64Array)).toEqual(bits(model.c0 as Float64Array));
    expect(Object.is(t.model.weights.Why[1], -0)).toBe(true);
    expect(t.opt.step).toBe(123);
    expect(t.opt.hyper).toEqual(opt.hyper);
    for (const slot of ['m', 'v'])
      for (const [name, a] of Object.entries(opt.slots[slot]))
        expect(bits(t.opt.slots[slot][name])).toEqual(bits(a));
    expect(t.iterations).toBe(4);
    expect(r.config.optimizer).toBe('adam');
    expect(r.config.lr).toBe(0.01);
    expect(r.cursor).toEqual({ pass: 2, index: 7 });
  });

  it('keeps the training choices, and only the part of the curve the kept weights have seen', () => {
    const model = oddModel('rnn', 3);
    const r = roundTrip(
      toRecord(state(model), { model, iterations: 4, opt: null }, [], 1),
    ) as RestoredSession;
    expect(r.training.clip).toBe('norm');
    expect(r.training.budget).toBe(1000);
    expect(r.training.iter).toBe(4);
    expect(r.training.curve.map((p) => p.x)).toEqual([0, 2]);
    expect(r.trained?.opt).toBeNull();
  });

  it('keeps a loaded model and its file name', () => {
    const model = oddModel('gru', 4);
    const s = { ...state(model), loaded: { model, file: 'mine.json' } };
    const r = roundTrip(toRecord(s, null, [], 1)) as RestoredSession;
    expect(r.loaded?.file).toBe('mine.json');
    expect(bits((r.loaded as { model: Model }).model.weights.Whh_z)).toEqual(bits(model.weights.Whh_z));
    expect(r.trained).toBeNull();
    expect(r.training.curve).toEqual([]);
  });

  it('refuses a record whose optimiser slot does not fit the model, or another version, as a whole', () => {
    const model = oddModel();
    const rec = toRecord(state(model), { model, iterations: 4, opt: adamOf(model) }, [], 1);
    const bad = structuredClone(rec);
    (bad.trained as { opt: { slots: Record<string, Record<string, Float64Array>> } }).opt.slots.m.Why =
      new Float64Array(2);
    expect(fromRecord(bad)).toEqual({ error: 'optimiser slot m.Why' });
    const nan = structuredClone(rec);
    (nan.trained as { opt: { slots: Record<string, Record<string, Float64Array>> } }).opt.slots.v.Why[0] =
      Number.NaN;
    expect(fromRecord(nan)).toEqual({ error: 'optimiser slot v.Why' });
    expect(fromRecord({ ...rec, version: 99 })).toEqual({ error: 'version' });
    expect(fromRecord({ ...rec, hash: '#H=abc' })).toEqual({ error: 'settings (H)' });
    expect('error' in fromRecord({ ...rec, trained: { ...rec.trained, block: 'AQ' } })).toBe(true);
    expect(fromRecord(null)).toEqual({ error: 'version' });
  });
});

describe('the lesson key of an address', () => {
  it('names the settings and the weight block, not the cursor, view or language', () => {
    expect(lessonKey('#cell=gru&H=4&pass=3&m=9&view=lab&lang=ko')).toBe(lessonKey('#H=4&cell=gru'));
    expect(lessonKey('#cell=gru&H=4')).not.toBe(lessonKey('#cell=gru&H=5'));
    expect(lessonKey('#cell=gru&w=AAA')).not.toBe(lessonKey('#cell=gru&w=AAB'));
    expect(lessonKey('')).toBe(lessonKey('#in=hell&tg=ello'));
  });
});
