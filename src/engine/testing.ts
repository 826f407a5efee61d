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

/**
 * Every singular value of the m×n matrix A (row-major), largest first, by one-sided Jacobi
 * (Hestenes): rotate column pairs until all are orthogonal; the column norms are then the σ's.
 * A test oracle independent of spectral.ts (no JᵀJ, no tridiagonal form, no bisection).
 */
export function jacobiSingularValues(A: ArrayLike<number>, m: number, n: number): number[] {
  const U = Array.from({ length: n }, (_, j) => Float64Array.from({ length: m }, (_, i) => A[i * n + j]));
  for (let sweep = 0; sweep < 100; sweep++) {
    let rotated = false;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const up = U[p];
        const uq = U[q];
        let alpha = 0;
        let beta = 0;
        let gamma = 0;
        for (let i = 0; i < m; i++) {
          alpha += up[i] * up[i];
          beta += uq[i] * uq[i];
          gamma += up[i] * uq[i];
        }
        if (gamma === 0 || Math.abs(gamma) <= 1e-16 * Math.sqrt(alpha * beta)) continue;
        rotated = true;
        const zeta = (beta - alpha) / (2 * gamma);
        const t = (zeta >= 0 ? 1 : -1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const c = 1 / Math.sqrt(1 + t * t);
        const s = c * t;
        for (let i = 0; i < m; i++) {
          const a = up[i];
          const b = uq[i];
          up[i] = c * a - s * b;
          uq[i] = s * a + c * b;
        }
      }
    }
    if (!rotated) break;
  }
  return U.map((u) => Math.hypot(...u)).sort((a, b) => b - a);
}
