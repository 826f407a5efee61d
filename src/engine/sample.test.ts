import { describe, expect, it } from 'vitest';
import { createRng } from './rng';
import { draw, sample, sampledText } from './sample';
import { randomModel } from './testing';
import { buildTrace } from './trace';

describe('sampling with temperature', () => {
  it('is deterministic for a seeded Rng', () => {
    const model = randomModel('lstm', 6, 5, 1);
    const a = sample(model, 2, 30, 1, createRng(9));
    const b = sample(model, 2, 30, 1, createRng(9));
    expect(a).toEqual(b);
    expect(sampledText(a)).toHaveLength(30);
  });

  it('reports for each drawn character the probability the trace gives it at τ = 1 (1e-12 relative)', () => {
    for (const cell of ['rnn', 'lstm', 'gru'] as const) {
      const model = randomModel(cell, 5, 4, 2);
      const out = sample(model, 3, 12, 1, createRng(4));
      const inputs = [3, ...out.slice(0, -1).map((c) => c.index)];
      const trace = buildTrace(
        model,
        inputs,
        inputs.map(() => null),
      );
      out.forEach((c, t) => {
        expect(c.char).toBe(model.vocab[c.index]);
        expect(Math.abs(c.p - trace.forward[t].p[c.index]) / c.p).toBeLessThanOrEqual(1e-12);
      });
    }
  });

  it('feeds a prefix through the model first: sampling after "bca" continues from the state after "bc"', () => {
    const model = randomModel('gru', 4, 3, 5);
    const trace = buildTrace(model, [1, 2], [null, null]);
    const fromPrefix = sample(model, 'bca', 8, 0.7, createRng(1));
    const fromState = sample(model, 0, 8, 0.7, createRng(1), { h: trace.forward[1].h, c: null });
    expect(fromPrefix).toEqual(fromState);
  });

  it('divides the scores by τ: p = softmax(y / τ) (1e-15 relative)', () => {
    const y = Float64Array.of(1, 2, 0.5);
    const tau = 0.5;
    const e = [...y].map((v) => Math.exp(v / tau - 2 / tau));
    const z = e.reduce((s, v) => s + v, 0);
    for (let seed = 0; seed < 20; seed++) {
      const { index, p } = draw(y, tau, createRng(seed));
      expect(Math.abs(p - e[index] / z) / p).toBeLessThanOrEqual(1e-15);
    }
  });

  it('draws each character about as often as its probability (20,000 draws, within 0.015)', () => {
    const y = Float64Array.of(0.3, -1, 1.2, 0);
    const rng = createRng(3);
    const counts = [0, 0, 0, 0];
    for (let k = 0; k < 20000; k++) counts[draw(y, 1, rng).index]++;
    const e = [...y].map(Math.exp);
    const z = e.reduce((s, x) => s + x, 0);
    for (const [k, c] of counts.entries()) expect(Math.abs(c / 20000 - e[k] / z)).toBeLessThan(0.015);
  });

  it('is greedy at τ = 0 and nearly uniform at a very high τ', () => {
    const y = Float64Array.of(0.1, 3, -2);
    expect(draw(y, 0, createRng(1))).toEqual({ index: 1, p: 1 });
    expect(draw(y, 1e9, createRng(1)).p).toBeCloseTo(1 / 3, 8);
  });

  it('rejects a negative temperature, an unknown seed character and an empty seed', () => {
    const model = randomModel('rnn', 3, 2, 1);
    expect(() => sample(model, 0, 5, -1, createRng(1))).toThrow(/temperature/);
    expect(() => sample(model, 'az', 5, 1, createRng(1))).toThrow(/not in the vocabulary/);
    expect(() => sample(model, '', 5, 1, createRng(1))).toThrow(/empty/);
  });
});
