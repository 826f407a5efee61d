import { describe, expect, it } from 'vitest';
import { activate, activateDeriv } from './activations';
import { initModel } from './init';
import { argmax, crossEntropy, logSoftmax, sigmoid, softmax } from './numeric';
import { createRng } from './rng';
import { encode, splitChars, vocabFromText } from './text';
import { buildTrace } from './trace';

describe('numerically safe functions', () => {
  it('sigmoid is finite and saturates cleanly at |x| = 1000', () => {
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(0)).toBe(0.5);
    expect(Math.abs(sigmoid(-2) - 1 / (1 + Math.exp(2)))).toBeLessThan(1e-16);
  });

  it('softmax of scores ±1000 is finite and sums to 1', () => {
    const p = softmax([1000, -1000, 0, 999]);
    expect(p.every(Number.isFinite)).toBe(true);
    expect(Math.abs(p.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-15);
    expect(p[0] / p[3]).toBeCloseTo(Math.E, 12);
  });

  it('log-softmax and cross-entropy stay finite where p underflows to 0', () => {
    const y = [1000, -1000];
    expect(logSoftmax(y)[1]).toBe(-2000);
    expect(crossEntropy(y, 1)).toBe(2000);
    expect(crossEntropy(y, 0)).toBe(0);
    expect(crossEntropy([0, 0], 1)).toBeCloseTo(Math.LN2, 15);
  });

  it('argmax returns the first of equal maxima', () => {
    expect(argmax([1, 3, 3, 2])).toBe(1);
  });

  it('a trace with huge weights has no NaN: saturated tanh gives zero gradients, not 0·∞', () => {
    const m = initModel({ cell: 'lstm', vocab: ['a', 'b'], hiddenSize: 2, seed: 1 });
    for (const w of Object.values(m.weights)) w.fill(1000);
    const tr = buildTrace(m, [0, 1, 0], [1, 0, 1]);
    expect(Number.isFinite(tr.loss)).toBe(true);
    for (const g of Object.values(tr.grads)) expect(g.every(Number.isFinite)).toBe(true);
  });

  it('activation derivatives use the left-hand value at the kink', () => {
    expect(activateDeriv('relu', 0, activate('relu', 0))).toBe(0);
    expect(activateDeriv('leaky_relu', 0, 0)).toBe(0.01);
    expect(activateDeriv('elu', 0, activate('elu', 0))).toBe(1);
    expect(activate('elu', -1000)).toBe(-1);
  });
});

describe('text as Unicode code points', () => {
  it('Hangul syllables and U+1F600 are single characters', () => {
    expect(splitChars('안녕😀a')).toEqual(['안', '녕', '😀', 'a']);
    expect(vocabFromText('hello')).toEqual(['h', 'e', 'l', 'o']);
  });

  it('encode names the first character that is not in the vocabulary, 1-based', () => {
    expect(() => encode(splitChars('hex'), ['h', 'e', 'l', 'o'])).toThrow(
      "input character 'x' at position 3 is not in the vocabulary",
    );
  });
});

describe('the seeded random number generator (xoshiro128**)', () => {
  it('the same seed gives the same stream and different seeds differ', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const xs = [a.next(), a.next(), a.next()];
    expect([b.next(), b.next(), b.next()]).toEqual(xs);
    expect(c.next()).not.toBe(xs[0]);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('gaussians have mean ≈ 0 and variance ≈ 1 over 20 000 draws (±0.03)', () => {
    const r = createRng(7);
    let s = 0;
    let s2 = 0;
    const n = 20000;
    for (let k = 0; k < n; k++) {
      const g = r.gaussian();
      s += g;
      s2 += g * g;
    }
    expect(Math.abs(s / n)).toBeLessThan(0.03);
    expect(Math.abs(s2 / n - 1)).toBeLessThan(0.03);
  });
});
