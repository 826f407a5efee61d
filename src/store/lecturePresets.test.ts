import { beforeEach, describe, expect, it } from 'vitest';
import type { CellType } from '../engine/model';
import { createSession, probeOne, step } from '../worker/loop';
import { DEFAULT_CONFIG } from './config';
import { useLesson } from './index';
import { exampleLabel, presetPatch, SHAPE_PRESETS, type ShapeKind, shapeMask, shapeVocab } from './shapes';
import { shapeData } from './trainingData';
import { clipOf } from './trainingSlice';

const s = () => useLesson.getState();
beforeEach(() => s().setConfig({ ...DEFAULT_CONFIG }));

/** Trains a preset the way the worker does (the example path, the lesson's seeded weights); iterations until all right. */
function iterationsToAllRight(kind: ShapeKind, cell: CellType, max = 4000): number {
  s().setConfig({ ...DEFAULT_CONFIG, cell, ...presetPatch(kind) });
  const examples = shapeData(s().config, s().seq.vocab);
  const c = s().config;
  const session = createSession(
    {
      model: s().passes[0].model,
      data: { kind: 'examples', examples },
      optimizer: c.optimizer,
      lr: c.lr,
      clip: clipOf('value'),
      probe: examples,
      seed: c.seed,
      sampleEvery: 1e9,
      sampleLength: 0,
      sliceMs: 1,
      pauseEvery: 0,
    },
    0,
  );
  for (let n = 0; n < max; n++) {
    if (n % 10 === 0 && examples.every((e) => probeOne(session.model, e).right)) return n;
    if (!step(session)) return Number.POSITIVE_INFINITY;
  }
  return Number.POSITIVE_INFINITY;
}

describe("the lecture's own shape examples", () => {
  it('one-to-many: a picture token (an emoji in the vocabulary) writes a describing word, 웅장함 and 평화로움 among them', () => {
    const p = SHAPE_PRESETS['one-to-many'];
    expect(p.examples.map(exampleLabel)).toContain('🌄∅∅ → 웅장함');
    expect(p.examples.map(exampleLabel)).toContain('🌅∅∅∅ → 평화로움');
    expect(shapeVocab('one-to-many')).toContain('🌄');
  });

  it('many-to-one: Korean and English letters labelled 😶 (공허함), 😢 (슬픔) or 😊 (기쁨), one token each', () => {
    const labels = new Set(SHAPE_PRESETS['many-to-one'].examples.map((e) => [...e.target].at(-1)));
    expect([...labels].sort()).toEqual(['😊', '😢', '😶'].sort());
    const inputs = SHAPE_PRESETS['many-to-one'].examples.map((e) => e.input);
    expect(inputs.some((t) => /[가-힣]/.test(t)) && inputs.some((t) => /[a-z]/.test(t))).toBe(true);
  });

  it('translation is the delayed many-to-many: no target while reading, no input while writing', () => {
    const [cat] = SHAPE_PRESETS.translation.examples;
    expect(cat).toEqual({ input: 'cat∅∅∅', target: '∅∅∅고양이' });
    s().setConfig({ ...DEFAULT_CONFIG, ...presetPatch('translation', 1) });
    expect(shapeMask(s().seq)).toEqual({
      input: [true, true, true, false, false],
      loss: [false, false, false, true, true],
    });
    expect(SHAPE_PRESETS.translation.form).toBe('many-to-many');
    expect(SHAPE_PRESETS['many-to-many'].examples).toEqual([{ input: 'hell', target: 'ello' }]);
  });

  it('the earlier character examples stay as extra presets of the same forms', () => {
    expect(SHAPE_PRESETS['one-to-many-letters'].form).toBe('one-to-many');
    expect(SHAPE_PRESETS['many-to-one-emoji'].form).toBe('many-to-one');
    expect(SHAPE_PRESETS['one-to-many-letters'].examples[0]).toEqual({ input: 'h∅∅∅', target: 'ello' });
  });

  for (const kind of ['one-to-many', 'many-to-one', 'translation'] as const) {
    for (const cell of ['rnn', 'lstm', 'gru'] as const) {
      it(`${kind}: trained as the worker trains it (seed 27, ${cell}), every example comes out right`, () => {
        const n = iterationsToAllRight(kind, cell);
        console.log(`[presets] ${kind} ${cell}: all right after ${n} iterations`);
        expect(n).toBeLessThan(4000);
      });
    }
  }
});
