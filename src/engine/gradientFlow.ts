/**
 * Quantities for the vanishing-gradient chart, from a trace:
 * - ‖dL/dh_t‖: the total gradient (it includes step t's own loss, so it hides vanishing);
 * - ‖∂L_T/∂h_t‖: the gradient of the LAST target step's loss alone with respect to each earlier h_t
 *   (the long-range signal; for the LSTM c_t is held fixed, as in dh of the backward pass);
 * - ‖∂h_t/∂h_{t−1}‖₂: the spectral norm (largest singular value) of each step's Jacobian, formed
 *   explicitly from H forward-mode products J e_j and reduced exactly (spectral.ts).
 * Norms are computed with scaling, so values down to 1e-300 neither underflow nor lose digits.
 */

import { backwardCell } from './cells';
import { jvp } from './jvp';
import { addMatTVec } from './linalg';
import { norm2Scaled, spectralNorm } from './spectral';
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

/** The explicit Jacobian ∂h_t/∂h_{t−1} of step t (row-major H×H): column j is J e_j (forward mode). */
export function jacobianMatrix(trace: Trace, t: number): Float64Array {
  const { model } = trace;
  const f = trace.forward[t - 1];
  const H = model.hiddenSize;
  const J = new Float64Array(H * H);
  const e = new Float64Array(H);
  const col = new Float64Array(H);
  for (let j = 0; j < H; j++) {
    e.fill(0);
    e[j] = 1;
    jvp(model, f, e, col);
    for (let i = 0; i < H; i++) J[i * H + j] = col[i];
  }
  return J;
}

/** ‖∂h_t/∂h_{t−1}‖₂ = σ_max of step t's Jacobian (x_t and, for the LSTM, c_{t−1} held fixed), exact. */
export function jacobianSpectralNorm(trace: Trace, t: number): number {
  const H = trace.model.hiddenSize;
  return spectralNorm(jacobianMatrix(trace, t), H, H);
}

/** All gradient-flow quantities of a trace (computed once per trace; every norm exact to a few ulps). */
export function gradientFlow(trace: Trace): GradientFlow {
  const steps = gradientFlowSteps(trace);
  for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
}

/**
 * The same computation one step t at a time: each `next()` forms and reduces one Jacobian, so a
 * caller can spread a long trace (H = 64, T = 200: hundreds of ms) over several short tasks.
 */
export function* gradientFlowSteps(trace: Trace): Generator<number, GradientFlow, void> {
  const { lastStep, dh } = lastLossGradients(trace);
  const jacobianNorm: number[] = [];
  for (let t = 1; t <= trace.T; t++) {
    yield t;
    jacobianNorm.push(jacobianSpectralNorm(trace, t));
  }
  return {
    dhNorm: trace.backward.map((b) => norm2Scaled(b.dh)),
    lastStep,
    lastLossDh: dh,
    lastLossNorm: dh.map(norm2Scaled),
    jacobianNorm,
  };
}
