/** Helpers shared by the engine's tests: random models with every path active, and finite differences. */
import { initModel } from './init';
import { ACTIVATIONS, type Activation, type CellType, type Model } from './model';
import { createRng } from './rng';
import { buildTrace } from './trace';

/** A model with gaussian weights and biases of the given std, and non-zero h0 (and c0). */
export function randomModel(
  cell: CellType,
  V: number,
  H: number,
  seed: number,
  std = 0.5,
  activation: Activation = 'tanh',
): Model {
  const m = initModel({
    cell,
    activation,
    vocab: Array.from({ length: V }, (_, k) => String.fromCodePoint(97 + k)),
    hiddenSize: H,
    seed,
  });
  const rng = createRng(seed + 1000);
  for (const w of Object.values(m.weights)) for (let k = 0; k < w.length; k++) w[k] = std * rng.gaussian();
  for (let j = 0; j < H; j++) m.h0[j] = rng.next() * 2 - 1;
  if (m.c0) for (let j = 0; j < H; j++) m.c0[j] = rng.next() * 2 - 1;
  return m;
}

export function randomSequence(V: number, T: number, seed: number, withGaps = false) {
  const rng = createRng(seed);
  const inputs = Array.from({ length: T }, () => rng.int(V));
  const targets = Array.from({ length: T }, () => (withGaps && rng.next() < 0.3 ? null : rng.int(V)));
  return { inputs, targets };
}

export const ALL_ACTIVATIONS: readonly Activation[] = ACTIVATIONS;

/**
 * Central finite difference (five-point stencil, error O(h⁴)) of the summed loss with respect to one
 * entry of an array of the model: (−L(w+2h) + 8L(w+h) − 8L(w−h) + L(w−2h)) / 12h.
 */
export function numericGrad(
  model: Model,
  arr: Float64Array,
  k: number,
  inputs: (number | null)[],
  targets: (number | null)[],
  h = 1e-4,
): number {
  const old = arr[k];
  const at = (d: number) => {
    arr[k] = old + d;
    return buildTrace(model, inputs, targets).loss;
  };
  const g = (-at(2 * h) + 8 * at(h) - 8 * at(-h) + at(-2 * h)) / (12 * h);
  arr[k] = old;
  return g;
}

/** |a − n| / max(|a|, |n|, floor): relative error, absolute below the floor where both are tiny. */
export function relError(a: number, n: number, floor = 1e-4): number {
  return Math.abs(a - n) / Math.max(Math.abs(a), Math.abs(n), floor);
}
