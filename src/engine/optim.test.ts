import { describe, expect, it } from 'vitest';
import { clipByNorm, clipByValue, globalNorm, NO_CLIP } from './clip';
import { layoutFor, viewsOf } from './fast/layout';
import { cloneWeights, type Weights } from './model';
import { applyUpdate, cloneOptimizerState, createOptimizer, type OptimizerKind } from './optim';
import { createRng } from './rng';

function randomWeights(seed: number): Weights {
  const rng = createRng(seed);
  const w = (n: number) => Float64Array.from({ length: n }, () => rng.gaussian());
  return { A: w(6), b: w(3) };
}

/** Largest |a_k − b_k| / max(|b_k|, 1e-300) over every weight. */
function relDiff(a: Weights, b: Weights): number {
  let worst = 0;
  for (const name of Object.keys(b)) {
    for (let k = 0; k < b[name].length; k++) {
      worst = Math.max(worst, Math.abs(a[name][k] - b[name][k]) / Math.max(Math.abs(b[name][k]), 1e-300));
    }
  }
  return worst;
}

/** The rule written out per entry, for comparison (d = the already clipped gradient). */
function reference(kind: OptimizerKind, w: number, d: number, slots: number[], t: number): number {
  const [lr, mu, b1, b2, eps] = [0.1, 0.9, 0.9, 0.999, 1e-8];
  if (kind === 'sgd') return w - lr * d;
  if (kind === 'momentum') {
    slots[0] = mu * slots[0] - lr * d;
    return w + slots[0];
  }
  if (kind === 'adagrad') {
    slots[0] += d * d;
    return w + (-lr * d) / Math.sqrt(slots[0] + eps);
  }
  slots[0] = b1 * slots[0] + (1 - b1) * d;
  slots[1] = b2 * slots[1] + (1 - b2) * d * d;
  return w - (lr * (slots[0] / (1 - b1 ** t))) / (Math.sqrt(slots[1] / (1 - b2 ** t)) + eps);
}

describe('optimisers', () => {
  for (const kind of ['sgd', 'momentum', 'adagrad', 'adam'] as const) {
    it(`${kind}: three updates follow the rule entry by entry (to 1e-15 relative)`, () => {
      const weights = randomWeights(1);
      const expected = cloneWeights(weights);
      const slots = { A: Array.from(expected.A, () => [0, 0]), b: Array.from(expected.b, () => [0, 0]) };
      const state = createOptimizer(kind, weights, { lr: 0.1 });
      for (let t = 1; t <= 3; t++) {
        const grads = randomWeights(10 + t);
        applyUpdate(state, weights, grads);
        for (const name of ['A', 'b'] as const) {
          expected[name].forEach((w, k) => {
            expected[name][k] = reference(kind, w, grads[name][k], slots[name][k], t);
          });
        }
      }
      expect(state.step).toBe(3);
      expect(relDiff(weights, expected)).toBeLessThanOrEqual(1e-15);
    });
  }

  it('Adam’s first step moves every weight by about lr against the gradient’s sign (bias correction)', () => {
    const weights = randomWeights(2);
    const before = cloneWeights(weights);
    const { delta } = applyUpdate(createOptimizer('adam', weights, { lr: 0.01 }), weights, randomWeights(3));
    const grads = randomWeights(3);
    for (const name of Object.keys(weights)) {
      for (const [k, d] of delta[name].entries()) expect(d).toBeCloseTo(-0.01 * Math.sign(grads[name][k]), 8);
      expect(weights[name][0]).not.toBe(before[name][0]);
    }
  });

  it('reports ΔW exactly as new − old for every weight', () => {
    const weights = randomWeights(4);
    const before = cloneWeights(weights);
    const { delta } = applyUpdate(
      createOptimizer('adagrad', weights),
      weights,
      randomWeights(5),
      clipByValue(0.5),
    );
    for (const name of Object.keys(weights)) {
      for (const [k, d] of delta[name].entries()) expect(d).toBe(weights[name][k] - before[name][k]);
    }
  });

  it('leaves the gradients unchanged, clipping on the fly', () => {
    const weights = randomWeights(6);
    const grads = randomWeights(7);
    const copy = cloneWeights(grads);
    applyUpdate(createOptimizer('adam', weights), weights, grads, clipByNorm(0.1));
    expect(grads).toEqual(copy);
  });

  it('clipping by value equals an update with gradients clamped to [−c, c] (exactly)', () => {
    const grads = randomWeights(8);
    const clamped: Weights = {};
    for (const [n, g] of Object.entries(grads)) clamped[n] = g.map((v) => Math.min(0.3, Math.max(-0.3, v)));
    const a = randomWeights(9);
    const b = cloneWeights(a);
    applyUpdate(createOptimizer('adagrad', a), a, grads, clipByValue(0.3));
    applyUpdate(createOptimizer('adagrad', b), b, clamped, NO_CLIP);
    expect(a).toEqual(b);
  });

  it('clipping by global norm equals an update with the gradient scaled to that norm (1e-15)', () => {
    const grads = randomWeights(10);
    const n = globalNorm(grads);
    const scaled: Weights = {};
    for (const [k, g] of Object.entries(grads)) scaled[k] = g.map((v) => (v * 0.5) / n);
    const a = randomWeights(11);
    const b = cloneWeights(a);
    applyUpdate(createOptimizer('sgd', a), a, grads, clipByNorm(0.5));
    applyUpdate(createOptimizer('sgd', b), b, scaled, NO_CLIP);
    expect(relDiff(a, b)).toBeLessThanOrEqual(1e-15);
  });

  it('its state is plain data: a structured clone continues exactly like the original', () => {
    const w1 = randomWeights(12);
    const s1 = createOptimizer('adam', w1);
    applyUpdate(s1, w1, randomWeights(13));
    const s2 = structuredClone(s1);
    const w2 = cloneWeights(w1);
    applyUpdate(s1, w1, randomWeights(14));
    applyUpdate(s2, w2, randomWeights(14));
    expect(w2).toEqual(w1);
    expect(cloneOptimizerState(s1)).toEqual(s1);
  });

  it('keeps the slots of weights packed in one buffer in one buffer, at the same offsets', () => {
    const layout = layoutFor('gru', 5, 3);
    const weights = viewsOf(new Float64Array(layout.total), layout);
    const { slots } = createOptimizer('adam', weights);
    for (const [name, w] of Object.entries(weights)) {
      expect(slots.m[name].byteOffset).toBe(w.byteOffset);
      expect(slots.m[name].buffer).toBe(slots.m.Why.buffer);
    }
  });

  it('rejects a non-positive learning rate and an unknown optimiser', () => {
    expect(() => createOptimizer('sgd', randomWeights(1), { lr: 0 })).toThrow(/learning rate/);
    expect(() => createOptimizer('rmsprop' as OptimizerKind, randomWeights(1))).toThrow(/unknown optimiser/);
  });
});
