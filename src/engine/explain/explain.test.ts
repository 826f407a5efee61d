import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, type Activation, BLOCKS, CELL_TYPES, type CellType } from '../model';
import { applyUpdate, cloneOptimizerState, createOptimizer, OPTIMIZER_KINDS } from '../optim';
import { randomModel, randomSequence } from '../testing';
import { buildTrace, type Trace } from '../trace';
import { explain, fold, type Quantity, quantityName, termSum, traceValue, type UpdateContext } from './index';

const V = 4;
const H = 3;

function lesson(cell: CellType, withGaps = true, activation: Activation = 'tanh'): Trace {
  const model = randomModel(cell, V, H, 11, 0.6, activation);
  const { inputs, targets } = randomSequence(V, 4, 5, withGaps);
  return buildTrace(model, inputs, targets);
}

/** Every quantity the panels show, for every step, entry and block. */
function everyQuantity(trace: Trace): Quantity[] {
  const { cell } = trace.model;
  const out: Quantity[] = [];
  for (let t = 1; t <= trace.T; t++) {
    out.push({ kind: 'loss', t });
    for (let k = 0; k < V; k++) for (const kind of ['y', 'p', 'dy'] as const) out.push({ kind, t, k });
    for (let j = 0; j < H; j++) {
      out.push(
        { kind: 'h', t, j },
        { kind: 'dh', t, j },
        { kind: 'dhOut', t, j },
        { kind: 'dhFuture', t, j },
      );
      if (cell === 'lstm') out.push({ kind: 'c', t, j }, { kind: 'dc', t, j }, { kind: 'dcFuture', t, j });
      for (const block of BLOCKS[cell]) {
        out.push({ kind: 'pre', t, block, j }, { kind: 'dact', t, block, j });
        out.push({ kind: 'deriv', t, block, j }, { kind: 'dpre', t, block, j });
        if (block !== '') out.push({ kind: 'act', t, block, j });
      }
    }
  }
  for (const [name, w] of Object.entries(trace.grads)) {
    for (let index = 0; index < w.length; index++) {
      out.push({ kind: 'dW', name, index }, { kind: 'dW', name, index, from: 3 });
    }
  }
  return out;
}

/** |a − b| within 1e-12 of the scale of the terms (their largest size, or the value's). */
function expectSum(terms: { value: number }[], value: number) {
  const scale = Math.max(Math.abs(value), ...terms.map((t) => Math.abs(t.value)), 1e-300);
  expect(Math.abs(termSum(terms) - value) / scale).toBeLessThanOrEqual(1e-12);
}

describe('explain', () => {
  for (const cell of CELL_TYPES) {
    it(`${cell}: every explanation's terms sum to the trace's value, the shown result is the trace's own`, () => {
      const trace = lesson(cell);
      const qs = everyQuantity(trace);
      expect(qs.length).toBeGreaterThan(100);
      for (const q of qs) {
        const e = explain(trace, q);
        expect(e.result).toBe(traceValue(trace, q));
        expectSum(e.terms, e.result);
      }
    });

    it(`${cell}: a gradient's provenance reproduces it — every factor that names a quantity holds that quantity's value`, () => {
      const trace = lesson(cell);
      let checked = 0;
      for (const q of everyQuantity(trace)) {
        const e = explain(trace, q);
        let sum = 0;
        for (const term of e.terms) {
          let prod = 1;
          for (const f of term.factors) {
            if (f.ref && !f.fn) {
              expect(f.value).toBe(traceValue(trace, f.ref));
              checked++;
            }
            prod *= f.value;
          }
          sum += prod;
        }
        if (e.gradient) expectSum([{ value: sum }], e.result);
      }
      expect(checked).toBeGreaterThan(500);
    });
  }

  it('rnn with every activation: terms sum to the value (act′ explained through a or h)', () => {
    for (const act of ACTIVATIONS) {
      const trace = lesson('rnn', true, act);
      for (const q of everyQuantity(trace)) expectSum(explain(trace, q).terms, traceValue(trace, q));
    }
  });

  it('terms come in descending size', () => {
    const e = explain(lesson('rnn'), { kind: 'pre', t: 2, block: '', j: 1 });
    const sizes = e.terms.map((t) => Math.abs(t.value));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(e.terms.length).toBe(1 + H + 1); // Wxh column (one-hot x), H recurrent products, bias
  });

  it('a pre-activation is explained as Wxh x + Whh h + b with the named factors of the lecture', () => {
    const trace = lesson('rnn', false);
    const e = explain(trace, { kind: 'pre', t: 2, block: '', j: 0 });
    expect(e.name).toBe('a₂[1]');
    expect(e.formula).toBe('Wxh[1,·]·x₂ + Whh[1,·]·h₁ + bh[1]');
    const labels = e.terms.flatMap((t) => t.factors.map((f) => f.label));
    expect(labels).toContain('h₁[2]');
    expect(labels).toContain('bh[1]');
  });

  it('names follow the app: subscript step, 1-based unit, the character for scores', () => {
    const trace = lesson('lstm');
    const ch = trace.model.vocab[1];
    expect(quantityName(trace.model, { kind: 'h', t: 2, j: 0 })).toBe('h₂[1]');
    expect(quantityName(trace.model, { kind: 'p', t: 12, k: 1 })).toBe(`p₁₂[${ch}]`);
    expect(quantityName(trace.model, { kind: 'dW', name: 'Whh_f', index: H + 2 })).toBe('dWhh_f[2,3]');
  });

  it('ΔW of each optimiser is explained from the state before the update, and sums to ΔW', () => {
    for (const kind of OPTIMIZER_KINDS) {
      const trace = lesson('gru');
      const before = createOptimizer(kind, trace.model.weights, { lr: 0.05 });
      // a second update, so momentum and Adam have slots that are not zero
      const w = structuredClone(trace.model.weights);
      applyUpdate(before, w, trace.grads);
      const state = cloneOptimizerState(before);
      const { delta } = applyUpdate(state, w, trace.grads);
      const ctx: UpdateContext = { before, delta };
      for (const [name, d] of Object.entries(delta)) {
        for (let index = 0; index < d.length; index++) {
          const e = explain(trace, { kind: 'delta', name, index }, ctx);
          expect(e.result).toBe(d[index]);
          const scale = Math.max(Math.abs(d[index]), 1e-300);
          // ΔW = W_new − W_old carries the rounding of W itself (|W| ≲ 2, ΔW ≳ 1e-6 here)
          expect(Math.abs(termSum(e.terms) - d[index]) / scale).toBeLessThanOrEqual(1e-9);
        }
      }
    }
  });

  it('folds the small terms into one count and one sum, and never folds a single term', () => {
    const terms = [5, -3, 1, 0.02, 0.01, -0.005].map((value) => ({ factors: [], value }));
    const { shown, rest } = fold(terms, 5, 0.01);
    expect(shown.map((t) => t.value)).toEqual([5, -3, 1]);
    expect(rest?.count).toBe(3);
    expect(rest?.sum).toBeCloseTo(0.025, 15);
    const four = fold(terms.slice(0, 4), 5, 0.01);
    expect(four.rest).toBeNull();
    expect(four.shown).toHaveLength(4);
  });
});
