import { describe, expect, it } from 'vitest';
import { initModel } from '../engine/init';
import { CELL_TYPES, type Model } from '../engine/model';
import { createRng } from '../engine/rng';
import { relError } from '../engine/testing';
import { buildTrace } from '../engine/trace';
import { DEFAULT_CONFIG } from './config';
import { buildSequence, isError, type Sequence } from './lesson';
import {
  encodeExample,
  exampleIndex,
  NONE,
  presetPatch,
  SHAPE_PRESETS,
  SHAPES,
  shapeExamples,
  shapeMask,
  shapeVocab,
} from './shapes';

/** Σ over examples of Σ_t −ln p_t[target] (what one training iteration of the shape minimises). */
function setLoss(model: Model, kind: (typeof SHAPES)[number]): number {
  return shapeExamples(kind).reduce((s, e) => s + buildTrace(model, e.inputs, e.targets).loss, 0);
}

function shapeModel(kind: (typeof SHAPES)[number], cell: (typeof CELL_TYPES)[number], seed = 3): Model {
  const m = initModel({ cell, vocab: shapeVocab(kind), hiddenSize: 3, seed, initialState: 'random' });
  const rng = createRng(seed + 99);
  for (const w of Object.values(m.weights)) for (let k = 0; k < w.length; k++) w[k] = 0.5 * rng.gaussian();
  return m;
}

describe('the shape presets', () => {
  it('write every example with inputs and targets of the same length', () => {
    for (const kind of SHAPES) {
      const vocab = shapeVocab(kind);
      expect(vocab).not.toContain(NONE);
      for (const e of SHAPE_PRESETS[kind].examples) {
        const enc = encodeExample(e, vocab);
        expect(enc.inputs.length).toBe(enc.targets.length);
      }
    }
  });

  it('one-to-one has single steps; one-to-many one input then none; many-to-one one target at the end', () => {
    for (const e of shapeExamples('one-to-one'))
      expect(shapeMask(e)).toEqual({ input: [true], loss: [true] });
    for (const e of shapeExamples('one-to-many')) {
      const m = shapeMask(e);
      expect(m.input).toEqual([true, ...Array(m.input.length - 1).fill(false)]);
      expect(m.loss.every(Boolean)).toBe(true);
    }
    for (const e of shapeExamples('many-to-one')) {
      const m = shapeMask(e);
      expect(m.input.every(Boolean)).toBe(true);
      expect(m.loss).toEqual([...Array(m.loss.length - 1).fill(false), true]);
    }
    expect(shapeMask(shapeExamples('many-to-many')[0])).toEqual({
      input: [true, true, true, true],
      loss: [true, true, true, true],
    });
  });

  it('many-to-one labels are feelings that are part of the vocabulary, in English and Korean phrases', () => {
    const vocab = shapeVocab('many-to-one');
    expect(vocab).toContain('😊');
    expect(vocab).toContain('😢');
    expect(vocab.some((c) => /[가-힣]/.test(c))).toBe(true);
  });

  it('a preset patch opens its example in the lesson with ∅ read as no input / no target', () => {
    for (const kind of SHAPES) {
      const patch = presetPatch(kind, 1);
      const config = { ...DEFAULT_CONFIG, ...patch };
      const seq = buildSequence(config, null) as Sequence;
      expect(isError(seq)).toBe(false);
      const k = Math.min(1, SHAPE_PRESETS[kind].examples.length - 1);
      expect(exampleIndex(config)).toBe(k);
      const enc = encodeExample(SHAPE_PRESETS[kind].examples[k], seq.vocab);
      expect(seq.inputs).toEqual(enc.inputs);
      expect(seq.targets).toEqual(enc.targets);
      if (kind !== 'many-to-many') expect(seq.vocab).toEqual(shapeVocab(kind));
    }
  });

  it('the default lesson is the many-to-many preset, its vocabulary h e l o unchanged', () => {
    const seq = buildSequence({ ...DEFAULT_CONFIG, ...presetPatch('many-to-many') }, null) as Sequence;
    expect(seq.vocab).toEqual(['h', 'e', 'l', 'o']);
    expect(exampleIndex(DEFAULT_CONFIG)).toBe(0);
  });
});

describe('the masked loss of each shape', () => {
  it('is −ln p[target] summed over the steps that have a target, and 0 at the others', () => {
    for (const kind of SHAPES) {
      const model = shapeModel(kind, 'rnn');
      for (const e of shapeExamples(kind)) {
        const tr = buildTrace(model, e.inputs, e.targets);
        let sum = 0;
        tr.forward.forEach((f, k) => {
          if (e.targets[k] === null) expect(f.loss).toBe(0);
          else {
            expect(f.loss).toBeCloseTo(-Math.log(f.p[e.targets[k] as number]), 10);
            sum += f.loss;
          }
        });
        expect(tr.loss).toBeCloseTo(sum, 12);
      }
    }
  });

  it('has no dy at steps without a target and no dWxh from steps without an input', () => {
    const model = shapeModel('one-to-many', 'rnn');
    const e = shapeExamples('one-to-many')[0];
    const tr = buildTrace(model, e.inputs, e.targets);
    const V = model.vocab.length;
    const first = e.inputs[0] as number;
    // only the first step has an input: every other column of dWxh is zero
    for (let j = 0; j < 3; j++)
      for (let v = 0; v < V; v++) if (v !== first) expect(tr.grads.Wxh[j * V + v]).toBe(0);
    const m2o = shapeModel('many-to-one', 'rnn');
    const p = shapeExamples('many-to-one')[0];
    const tr2 = buildTrace(m2o, p.inputs, p.targets);
    for (let k = 0; k < p.inputs.length - 1; k++) expect(tr2.backward[k].dy.every((d) => d === 0)).toBe(true);
  });
});

describe("each shape's gradients", () => {
  // five-point central differences (h = 1e-4) of the loss summed over every example of the preset
  it.each(SHAPES.flatMap((kind) => CELL_TYPES.map((cell) => [kind, cell] as const)))(
    '%s (%s): summed trace gradients match finite differences to 1e-6 relative',
    (kind, cell) => {
      const model = shapeModel(kind, cell);
      const grads: Record<string, Float64Array> = {};
      for (const e of shapeExamples(kind)) {
        const tr = buildTrace(model, e.inputs, e.targets);
        for (const [name, g] of Object.entries(tr.grads)) {
          grads[name] ??= new Float64Array(g.length);
          for (let k = 0; k < g.length; k++) grads[name][k] += g[k];
        }
      }
      const rng = createRng(11);
      const h = 1e-4;
      for (const [name, w] of Object.entries(model.weights)) {
        // every entry of small arrays, a random 12 of larger ones
        const ks = w.length <= 12 ? [...w.keys()] : Array.from({ length: 12 }, () => rng.int(w.length));
        for (const k of ks) {
          const old = w[k];
          const at = (d: number) => {
            w[k] = old + d;
            return setLoss(model, kind);
          };
          const num = (-at(2 * h) + 8 * at(h) - 8 * at(-h) + at(-2 * h)) / (12 * h);
          w[k] = old;
          expect(relError(grads[name][k], num), `${name}[${k}]`).toBeLessThan(1e-6);
        }
      }
    },
  );
});
