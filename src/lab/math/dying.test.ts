import { describe, expect, it } from 'vitest';
import { DYING_X, neuronLossGrad, recoveryStep, trainNeuron } from './dying';
import type { FnParams } from './functions';

const P: FnParams = { leakyAlpha: 0.01, eluAlpha: 1, slope: 1, maxout: { w1: 0, b1: 0, w2: 1, b2: 0 } };

describe('the dying ReLU neuron', () => {
  it('starts alive: every pre-activation above 0', () => {
    for (const fn of ['relu', 'leaky_relu', 'elu'] as const)
      expect(trainNeuron(fn, P, 0)[0].negative).toBe(0);
  });

  it('the big first step pushes the bias negative, so every pre-activation is below 0', () => {
    const h = trainNeuron('relu', P, 1);
    expect(h[1].b).toBeLessThan(0);
    expect(h[1].negative).toBe(DYING_X.length);
  });

  it('ReLU then gets a gradient of exactly 0 and never moves again (400 steps)', () => {
    const h = trainNeuron('relu', P);
    for (const s of h.slice(1)) {
      expect(s.gradNorm).toBe(0);
      expect([s.w, s.b]).toEqual([h[1].w, h[1].b]);
    }
    expect(recoveryStep(h)).toBeNull();
  });

  it('leaky ReLU and ELU still pass a gradient and recover (ELU within 20 steps, leaky within 400)', () => {
    const leaky = trainNeuron('leaky_relu', P);
    const elu = trainNeuron('elu', P);
    expect(leaky[1].gradNorm).toBeGreaterThan(0);
    expect(recoveryStep(elu)).toBeLessThan(20);
    expect(recoveryStep(leaky)).toBeLessThan(400);
    expect(leaky.at(-1)?.loss).toBeLessThan(1e-6);
    expect(elu.at(-1)?.loss).toBeLessThan(1e-6);
  });

  it('the analytic gradient matches central differences of the loss (1e-6)', () => {
    for (const fn of ['relu', 'leaky_relu', 'elu'] as const) {
      const [w, b, h] = [0.7, 0.2, 1e-6];
      const g = neuronLossGrad(fn, w, b, P);
      const L = (ww: number, bb: number) => neuronLossGrad(fn, ww, bb, P).loss;
      expect(g.dw).toBeCloseTo((L(w + h, b) - L(w - h, b)) / (2 * h), 6);
      expect(g.db).toBeCloseTo((L(w, b + h) - L(w, b - h)) / (2 * h), 6);
    }
  });
});
