/**
 * Quantities for the vanishing-gradient chart, from a trace:
 * - ‖dL/dh_t‖: the total gradient (it includes step t's own loss, so it hides vanishing);
 * - ‖∂L_T/∂h_t‖: the gradient of the LAST target step's loss alone with respect to each earlier h_t
 *   (the long-range signal; for the LSTM c_t is held fixed, as in dh of the backward pass);
 * - ‖∂h_t/∂h_{t−1}‖₂: the spectral norm (largest singular value) of each step's Jacobian, by power
 *   iteration on JᵀJ using forward-mode (J v) and backward-mode (Jᵀ v) products.
 */

import { backwardCell } from './cells';
import { jvp, vjp } from './jvp';
import { addMatTVec } from './linalg';
import { norm2 } from './numeric';
import type { Trace } from './trace';

export interface GradientFlow {
  /** ‖dL/dh_t‖ for t = 1..T (index t − 1). */
  dhNorm: number[];
  /** The step T* whose loss is followed back (the last step with a target), or 0 if none. */
  lastStep: number;
  /** ∂L_{T*}/∂h_t for t = 1..T (zeros after T*). */
  lastLossDh: Float64Array[];
  lastLossNorm: number[];
  /** ‖∂h_t/∂h_{t−1}‖₂ for t = 1..T. */
  jacobianNorm: number[];
}

/** ∂L_{T*}/∂h_t for every t: a backward pass in which only step T*'s loss sends a gradient. */
export function lastLossGradients(trace: Trace): { lastStep: number; dh: Float64Array[] } {
  const { model } = trace;
  const H = model.hiddenSize;
  const V = model.vocab.length;
  let last = 0;
  for (let k = trace.T - 1; k >= 0 && last === 0; k--) if (trace.targets[k] !== null) last = k + 1;
  const dh: Float64Array[] = Array.from({ length: trace.T }, () => new Float64Array(H));
  if (last === 0) return { lastStep: 0, dh };
  // at T*: dh = Whyᵀ dy_{T*}; before it, only what the next step passes back
  addMatTVec(model.weights.Why, V, H, trace.backward[last - 1].dy, dh[last - 1]);
  let dcNext: Float64Array | null = model.cell === 'lstm' ? new Float64Array(H) : null;
  for (let k = last - 1; k >= 1; k--) {
    const b = backwardCell(model, trace.forward[k], dh[k], dcNext);
    dh[k - 1] = b.dhPrev;
    dcNext = b.dcPrev;
  }
  return { lastStep: last, dh };
}

/** Largest singular value of step t's Jacobian ∂h_t/∂h_{t−1}, by power iteration on JᵀJ. */
export function jacobianSpectralNorm(
  trace: Trace,
  t: number,
  start?: Float64Array,
  maxIter = 60,
  tol = 1e-9,
): { norm: number; v: Float64Array } {
  const { model } = trace;
  const f = trace.forward[t - 1];
  const H = model.hiddenSize;
  let v: Float64Array = start ? Float64Array.from(start) : new Float64Array(H).fill(1 / Math.sqrt(H));
  const Jv = new Float64Array(H);
  let sigma = 0;
  for (let it = 0; it < maxIter; it++) {
    jvp(model, f, v, Jv);
    const s = norm2(Jv);
    const w = vjp(model, f, Jv); // JᵀJ v
    const n = norm2(w);
    if (n === 0 || s === 0) return { norm: 0, v };
    for (let j = 0; j < H; j++) w[j] /= n;
    v = w;
    if (Math.abs(s - sigma) <= tol * s) {
      sigma = s;
      break;
    }
    sigma = s;
  }
  jvp(model, f, v, Jv);
  return { norm: Math.max(sigma, norm2(Jv)), v };
}

/**
 * All gradient-flow quantities of a trace (computed once per trace). The Jacobian norms stop power
 * iteration at a relative change of `tol` (1e-4 by default: plenty for a log-scale chart).
 */
export function gradientFlow(trace: Trace, tol = 1e-4): GradientFlow {
  const { lastStep, dh } = lastLossGradients(trace);
  const jacobianNorm: number[] = [];
  let v: Float64Array | undefined;
  for (let t = 1; t <= trace.T; t++) {
    const r = jacobianSpectralNorm(trace, t, v, 40, tol); // warm start from the previous step's direction
    jacobianNorm.push(r.norm);
    v = r.v;
  }
  return {
    dhNorm: trace.backward.map((b) => norm2(b.dh)),
    lastStep,
    lastLossDh: dh,
    lastLossNorm: dh.map(norm2),
    jacobianNorm,
  };
}
