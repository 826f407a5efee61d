import { describe, expect, it } from 'vitest';
import { activate, activateDeriv } from '../../engine/activations';
import { type FnParams, LAB_FNS, labDeriv, labDerivRight, labKinks, labValue, RNN_FNS } from './functions';

const P: FnParams = {
  leakyAlpha: 0.01,
  eluAlpha: 1,
  slope: 1,
  maxout: { w1: -0.5, b1: 0.3, w2: 1.2, b2: -0.4 },
};
const P2: FnParams = {
  leakyAlpha: 0.2,
  eluAlpha: 2.5,
  slope: -1.7,
  maxout: { w1: 0.3, b1: 1, w2: -2, b2: 0 },
};

/** Central difference (f(x+h) − f(x−h)) / 2h: error O(h²) where f is smooth, O(h) where only f′ is continuous (ELU at 0). */
const central = (f: (x: number) => number, x: number, h = 1e-7) => (f(x + h) - f(x - h)) / (2 * h);
/** One-sided differences for the limits at a kink: error O(h). */
const right = (f: (x: number) => number, x: number, h = 1e-7) => (f(x + h) - f(x)) / h;
const left = (f: (x: number) => number, x: number, h = 1e-7) => (f(x) - f(x - h)) / h;

const GRID = Array.from({ length: 161 }, (_, k) => -8 + k * 0.1);

describe('each lab function f′ against finite differences', () => {
  for (const params of [P, P2]) {
    for (const fn of LAB_FNS) {
      it(`${fn}′ matches the central difference of ${fn} within 1e-6 away from its kinks (α ${params.leakyAlpha})`, () => {
        const kinks = labKinks(fn, params);
        for (const x of [...GRID, 0]) {
          if (kinks.some((k) => Math.abs(x - k) < 1e-3)) continue;
          const f = (v: number) => labValue(fn, v, params);
          expect(labDeriv(fn, x, params)).toBeCloseTo(central(f, x), 6);
        }
      });

      it(`${fn} at each kink: labDeriv is the left-hand limit and labDerivRight the right-hand limit (within 1e-5)`, () => {
        const f = (v: number) => labValue(fn, v, params);
        for (const k of labKinks(fn, params)) {
          expect(labDeriv(fn, k, params)).toBeCloseTo(left(f, k), 5);
          expect(labDerivRight(fn, k, params)).toBeCloseTo(right(f, k), 5);
        }
      });
    }
  }

  it('the smooth functions have the textbook slopes at 0: σ′ = ¼, tanh′ = 1, softplus′ = ½, GELU′ = ½', () => {
    expect(labDeriv('sigmoid', 0, P)).toBe(0.25);
    expect(labDeriv('tanh', 0, P)).toBe(1);
    expect(labDeriv('softplus', 0, P)).toBe(0.5);
    expect(labDeriv('gelu', 0, P)).toBe(0.5);
  });

  it('ReLU and leaky ReLU have a kink at 0 with one-sided limits 0 | 1 and α | 1', () => {
    expect(labKinks('relu', P)).toEqual([0]);
    expect([labDeriv('relu', 0, P), labDerivRight('relu', 0, P)]).toEqual([0, 1]);
    expect([labDeriv('leaky_relu', 0, P2), labDerivRight('leaky_relu', 0, P2)]).toEqual([0.2, 1]);
  });

  it('ELU is smooth at 0 when α = 1 and has one-sided limits α | 1 otherwise', () => {
    expect(labKinks('elu', P)).toEqual([]);
    expect(labDeriv('elu', 0, P)).toBe(1);
    const f = (v: number) => labValue('elu', v, P);
    expect(left(f, 0)).toBeCloseTo(1, 6);
    expect(right(f, 0)).toBeCloseTo(1, 6);
    expect(labKinks('elu', P2)).toEqual([0]);
    expect([labDeriv('elu', 0, P2), labDerivRight('elu', 0, P2)]).toEqual([2.5, 1]);
  });

  it('softplus and GELU stay finite far out (|x| = 800)', () => {
    for (const fn of ['softplus', 'gelu'] as const) {
      for (const x of [-800, 800]) {
        expect(Number.isFinite(labValue(fn, x, P))).toBe(true);
        expect(Number.isFinite(labDeriv(fn, x, P))).toBe(true);
      }
    }
    expect(labValue('softplus', 800, P)).toBe(800);
  });
});

describe('the lab agrees with the engine the RNN uses', () => {
  it('with α = 0.01, α = 1 and c = 1 every RNN activation equals the engine’s exactly, its derivative within 1e-13', () => {
    const defaults: FnParams = { ...P, leakyAlpha: 0.01, eluAlpha: 1, slope: 1 };
    for (const fn of RNN_FNS) {
      for (const x of GRID) {
        const h = activate(fn, x);
        expect(labValue(fn, x, defaults)).toBe(h);
        // ELU′: the engine uses h + α, the lab αeˣ (no cancellation far left): equal within 1e-13
        expect(labDeriv(fn, x, defaults)).toBeCloseTo(activateDeriv(fn, x, h), 13);
      }
    }
  });
});
