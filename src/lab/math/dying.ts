/**
 * Dying ReLU: one neuron ŷ = f(w·x + b) fitted by gradient descent to a tiny regression. The first step
 * is large and overshoots, pushing the bias b far negative: every pre-activation w·xᵢ + b is then below
 * 0, ReLU's slope is 0 there, the gradient is exactly 0 and the neuron never moves again. Leaky ReLU
 * (slope α) and ELU (slope αeᵃ) still pass a gradient, so they climb back.
 */
import type { FnParams, LabFn } from './functions';
import { labDeriv, labValue } from './functions';

/** The data: six points on the line y = x + 1.5, all with positive targets. */
export const DYING_X: readonly number[] = [-1, -0.6, -0.2, 0.2, 0.6, 1];
export const DYING_Y: readonly number[] = DYING_X.map((x) => x + 1.5);
/** Start: alive (every pre-activation w·x + b between 2.5 and 3.5), predictions too high. */
export const DYING_INIT = { w: 0.5, b: 3 } as const;
/** The first step's learning rate (too large: it overshoots) and the rate of every later step. */
export const DYING_BIG_LR = 4;
export const DYING_LR = 0.5;
export const DYING_MAX_STEPS = 400;
export const DYING_FNS: readonly LabFn[] = ['relu', 'leaky_relu', 'elu'];

export interface NeuronState {
  step: number;
  w: number;
  b: number;
  /** L = (1/2n) Σ (f(w·xᵢ + b) − yᵢ)². */
  loss: number;
  /** ‖(∂L/∂w, ∂L/∂b)‖ at these weights. */
  gradNorm: number;
  /** Data points whose pre-activation w·xᵢ + b is below 0 (ReLU's flat side). */
  negative: number;
}

/** Loss and gradient of the neuron at (w, b). */
export function neuronLossGrad(
  fn: LabFn,
  w: number,
  b: number,
  p: FnParams,
): { loss: number; dw: number; db: number; negative: number } {
  const n = DYING_X.length;
  let loss = 0;
  let dw = 0;
  let db = 0;
  let negative = 0;
  for (let i = 0; i < n; i++) {
    const a = w * DYING_X[i] + b;
    const err = labValue(fn, a, p) - DYING_Y[i];
    const slope = labDeriv(fn, a, p);
    if (a < 0) negative++;
    loss += (err * err) / (2 * n);
    // ∂L/∂a = err · f′(a) / n; then ∂a/∂w = x, ∂a/∂b = 1
    dw += (err * slope * DYING_X[i]) / n;
    db += (err * slope) / n;
  }
  return { loss, dw, db, negative };
}

/** The neuron's states after 0, 1, …, steps updates (step 1 uses the big learning rate). */
export function trainNeuron(fn: LabFn, p: FnParams, steps = DYING_MAX_STEPS): NeuronState[] {
  let { w, b } = DYING_INIT;
  const out: NeuronState[] = [];
  for (let k = 0; k <= steps; k++) {
    const g = neuronLossGrad(fn, w, b, p);
    out.push({ step: k, w, b, loss: g.loss, gradNorm: Math.hypot(g.dw, g.db), negative: g.negative });
    const lr = k === 0 ? DYING_BIG_LR : DYING_LR;
    w -= lr * g.dw;
    b -= lr * g.db;
  }
  return out;
}

/** First step after the big one at which some pre-activation is back above 0, or null if none is. */
export function recoveryStep(history: NeuronState[]): number | null {
  const k = history.findIndex((s) => s.step > 1 && s.negative < DYING_X.length);
  return k < 0 ? null : history[k].step;
}
