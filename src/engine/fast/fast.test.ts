import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, type Activation, CELL_TYPES, type CellType } from '../model';
import { randomModel, randomSequence } from '../testing';
import { buildTrace } from '../trace';
import { createFastNet, fastLossAndGrads, type KernelChoice } from './index';

/** Tolerance: max_k |fast_k − trace_k| ≤ 1e-12 · max_k |trace_k| for every array (relative to its largest entry). */
const TOL = 1e-12;

function relDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let diff = 0;
  let scale = 0;
  for (let k = 0; k < b.length; k++) {
    diff = Math.max(diff, Math.abs(a[k] - b[k]));
    scale = Math.max(scale, Math.abs(b[k]));
  }
  return diff === 0 ? 0 : diff / scale;
}

/** The worst relative difference between the fast path and the trace over loss, grads, dh0, dc0, h_T, c_T. */
function worstDiff(
  k: KernelChoice,
  cell: CellType,
  V: number,
  H: number,
  T: number,
  seed: number,
  gaps: boolean,
  act: Activation = 'tanh',
) {
  const model = randomModel(cell, V, H, seed, 0.5, act);
  const { inputs, targets } = randomSequence(V, T, seed + 1, gaps);
  const trace = buildTrace(model, inputs, targets);
  const fast = fastLossAndGrads(model, inputs, targets, undefined, k);
  const last = trace.forward[T - 1];
  const diffs = [relDiff([fast.loss], [trace.loss]), relDiff(fast.dh0, trace.dh0), relDiff(fast.h, last.h)];
  for (const name of Object.keys(model.weights)) diffs.push(relDiff(fast.grads[name], trace.grads[name]));
  if (cell === 'lstm')
    diffs.push(relDiff(fast.dc0 ?? [], trace.dc0 ?? [1]), relDiff(fast.c ?? [], last.c ?? [1]));
  expect(Object.keys(fast.grads).sort()).toEqual(Object.keys(trace.grads).sort());
  return Math.max(...diffs);
}

const SIZES: [number, number, number][] = [
  [1, 1, 1], // V = 1, H = 1, T = 1
  [4, 3, 1], // T = 1
  [1, 3, 4], // V = 1: p = 1, no loss, output gradients zero
  [5, 1, 6], // H = 1
  [4, 3, 4], // the lecture's 'hello' sizes
  [7, 5, 9], // odd sizes: kernel remainders
  [13, 10, 17], // full 2×4 and 4-row tiles plus remainders
];

const KERNELS: KernelChoice[] = ['js', 'wasm', 'small', 'small-js'];

/** The SIMD kernels' edge cases: odd H, V and T (scalar tails), fewer rows than a tile, full tiles. */
const WASM_SIZES: [number, number, number][] = [
  [1, 1, 1],
  [2, 3, 1],
  [5, 1, 6],
  [7, 5, 9],
  [13, 17, 5],
  [9, 16, 2],
  [20, 33, 11],
];

describe('the fast path gives the trace’s loss, gradients, dh0 (dc0) and final state to 1e-12 relative', () => {
  for (const k of KERNELS) {
    for (const cell of k.startsWith('small') ? (['rnn'] as const) : CELL_TYPES) {
      for (const [V, H, T] of k === 'wasm' ? WASM_SIZES : SIZES) {
        for (const gaps of [false, true]) {
          it(`${k} kernels, ${cell} V=${V} H=${H} T=${T}${gaps ? ' with no-target steps' : ''}: within 1e-12`, () => {
            expect(worstDiff(k, cell, V, H, T, 11 + V * H + T, gaps)).toBeLessThanOrEqual(TOL);
          });
        }
      }
    }
    it(`${k} kernels: steps with no input (x_t = 0, one-to-many) match the trace within 1e-12`, () => {
      for (const cell of k.startsWith('small') ? (['rnn'] as const) : CELL_TYPES) {
        const model = randomModel(cell, 6, k === 'wasm' ? 17 : 5, 31);
        const { inputs, targets } = randomSequence(6, 8, 32, true);
        const withGaps = inputs.map((x, t) => (t % 3 === 1 ? null : x));
        const trace = buildTrace(model, withGaps, targets);
        const fast = fastLossAndGrads(model, withGaps, targets, undefined, k);
        expect(relDiff([fast.loss], [trace.loss])).toBeLessThanOrEqual(TOL);
        for (const name of Object.keys(model.weights))
          expect(relDiff(fast.grads[name], trace.grads[name])).toBeLessThanOrEqual(TOL);
        expect(relDiff(fast.dh0, trace.dh0)).toBeLessThanOrEqual(TOL);
      }
    });
    for (const act of ACTIVATIONS) {
      it(`${k} kernels, rnn with ${act} activation: within 1e-12 (with and without no-target steps)`, () => {
        expect(worstDiff(k, 'rnn', 6, 8, 12, 5, true, act)).toBeLessThanOrEqual(TOL);
        expect(worstDiff(k, 'rnn', 3, 17, 7, 9, false, act)).toBeLessThanOrEqual(TOL);
      });
    }
  }

  it('the tiny RNN’s WebAssembly backward pass gives the JS one’s gradients bit for bit', () => {
    for (const act of ACTIVATIONS) {
      const model = randomModel('rnn', 5, 4, 21, 0.7, act);
      const { inputs, targets } = randomSequence(5, 9, 22, true);
      const wasm = fastLossAndGrads(model, inputs, targets, undefined, 'small');
      const wasmGrads = structuredClone(wasm.grads);
      const js = fastLossAndGrads(model, inputs, targets, undefined, 'small-js');
      expect(wasmGrads).toEqual(js.grads);
    }
  });

  it('a window whose targets are all null has zero loss and zero output gradients', () => {
    const model = randomModel('gru', 5, 4, 3);
    const fast = fastLossAndGrads(model, [1, 2, 3], [null, null, null]);
    expect(fast.loss).toBe(0);
    expect(fast.grads.Why.every((v) => v === 0)).toBe(true);
    expect(fast.dh0.every((v) => v === 0)).toBe(true);
  });

  it('a net reused for a shorter window gives the same results as a fresh one (exactly)', () => {
    const model = randomModel('lstm', 6, 5, 8);
    const net = createFastNet(model, 10);
    const long = randomSequence(6, 10, 1);
    fastLossAndGrads(model, long.inputs, long.targets, net);
    const { inputs, targets } = randomSequence(6, 4, 2, true);
    const reused = fastLossAndGrads(model, inputs, targets, net);
    const reusedWhy = Float64Array.from(reused.grads.Why);
    const reusedLoss = reused.loss;
    const fresh = fastLossAndGrads(model, inputs, targets);
    expect(reusedLoss).toBe(fresh.loss);
    expect(reusedWhy).toEqual(fresh.grads.Why);
  });
});
