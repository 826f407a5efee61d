import { describe, expect, it } from 'vitest';
import { initModel } from '../engine/init';
import { softmax } from '../engine/numeric';
import { createRng } from '../engine/rng';
import { buildTrace } from '../engine/trace';
import { drawSeed, feedbackOf, generate, sampleNoInput } from './generation';

const model = initModel({
  cell: 'gru',
  vocab: ['h', 'e', 'l', 'o'],
  hiddenSize: 3,
  seed: 27,
  initialState: 'random',
});

describe('generation', () => {
  it('with no input after the seed, each draw comes from the trace of the seed followed by ∅ steps', () => {
    const out = sampleNoInput(model, 'he', 3, 1, createRng(5));
    const tr = buildTrace(model, [0, 1, null, null], [null, null, null, null]);
    // the k-th draw is from step 2 + k (1-based): p = softmax(y) at τ = 1, to 1e-12
    out.forEach((c, k) => {
      const p = softmax(tr.forward[1 + k].y);
      expect(c.p).toBeCloseTo(p[c.index], 12);
    });
  });

  it('feeding back draws from the trace of the seed followed by the drawn characters', () => {
    const out = generate(model, 'h', 3, 0.5, 'feed', createRng(9));
    const tr = buildTrace(model, [0, out[0].index, out[1].index], [null, null, null]);
    out.forEach((c, k) => {
      const p = softmax(tr.forward[k].y.map((v) => v / 0.5));
      expect(c.p).toBeCloseTo(p[c.index], 12);
    });
  });

  it('at a small temperature takes the largest score when the scores are well apart', () => {
    const sharp = structuredClone(model);
    for (let k = 0; k < sharp.weights.Why.length; k++) sharp.weights.Why[k] *= 50;
    const out = generate(sharp, 'h', 5, 0.1, 'none', createRng(1));
    const tr = buildTrace(sharp, [0, null, null, null, null], [null, null, null, null, null]);
    out.forEach((c, k) => {
      expect(c.index).toBe(tr.forward[k].argmax);
    });
  });

  it('rejects an empty seed and gives each generation its own random numbers', () => {
    expect(() => generate(model, '', 3, 1, 'feed', createRng(1))).toThrow();
    expect(drawSeed(27, 0)).not.toBe(drawSeed(27, 1));
    expect(drawSeed(27, 3)).toBe(drawSeed(27, 3));
  });

  it('marks the steps whose output was fed into the next step', () => {
    expect(feedbackOf(3, 1, [{ p: 0.9 }, { p: 0.8 }])).toEqual([0.9, 0.8, null]);
    expect(feedbackOf(2, 2, [])).toEqual([null, null]);
  });
});
