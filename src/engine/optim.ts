/**
 * Optimisers over named weights, with clipping fused into the same pass (d = clamp(s·g, −c, c), clip.ts):
 *   sgd:      W ← W − lr·d
 *   momentum: v ← μ·v − lr·d;  W ← W + v                         (classical momentum)
 *   adagrad:  mem ← mem + d²;  W ← W − lr·d / √(mem + eps)         (min-char-rnn, eps 1e-8)
 *   adam:     m ← β1·m + (1−β1)·d;  v ← β2·v + (1−β2)·d²;  W ← W − lr·m̂ / (√v̂ + eps),
 *             m̂ = m / (1 − β1ᵗ), v̂ = v / (1 − β2ᵗ)                 (bias-corrected, t = 1, 2, …)
 * The state is plain data (numbers and Float64Arrays keyed by weight name) so it can live in a store
 * and be posted to a Web Worker. Its slot arrays mirror the weights' memory: when the weights are views
 * into one buffer (fast/layout.ts), each slot is one buffer with views at the same offsets.
 */
import { type Clip, clipFactors, globalNorm, NO_CLIP } from './clip';
import { EngineError, type Weights } from './model';

export type OptimizerKind = 'sgd' | 'momentum' | 'adagrad' | 'adam';
export const OPTIMIZER_KINDS: readonly OptimizerKind[] = ['sgd', 'momentum', 'adagrad', 'adam'];

export interface OptimizerHyper {
  lr: number;
  /** μ of momentum. */
  momentum: number;
  beta1: number;
  beta2: number;
  /** Adagrad: inside the square root (min-char-rnn); Adam: added to √v̂. */
  eps: number;
}

export const DEFAULT_HYPER: OptimizerHyper = { lr: 0.1, momentum: 0.9, beta1: 0.9, beta2: 0.999, eps: 1e-8 };

/** Which slot arrays each optimiser keeps, per weight. */
export const SLOT_NAMES: Record<OptimizerKind, readonly string[]> = {
  sgd: [],
  momentum: ['velocity'],
  adagrad: ['mem'],
  adam: ['m', 'v'],
};

export interface OptimizerState {
  kind: OptimizerKind;
  hyper: OptimizerHyper;
  /** Updates applied so far (Adam's t after the next update is step + 1). */
  step: number;
  /** slots[slotName][weightName], zeros at creation. */
  slots: Record<string, Weights>;
}

export function createOptimizer(
  kind: OptimizerKind,
  weights: Weights,
  opts: Partial<OptimizerHyper> = {},
): OptimizerState {
  if (!OPTIMIZER_KINDS.includes(kind)) throw new EngineError(`unknown optimiser '${kind}'`);
  const hyper = { ...DEFAULT_HYPER, ...opts };
  if (!(hyper.lr > 0) || !Number.isFinite(hyper.lr))
    throw new EngineError(`learning rate must be positive, got ${hyper.lr}`);
  const slots: Record<string, Weights> = {};
  for (const s of SLOT_NAMES[kind]) slots[s] = mirrorZeros(weights);
  return { kind, hyper, step: 0, slots };
}

/** Zero arrays shaped like `weights`; one shared buffer at the same offsets if the weights share one. */
export function mirrorZeros(weights: Weights): Weights {
  const arrays = Object.values(weights);
  const buffer = arrays[0]?.buffer;
  const out: Weights = {};
  if (buffer && arrays.every((a) => a.buffer === buffer)) {
    const copy = new ArrayBuffer(buffer.byteLength);
    for (const [name, a] of Object.entries(weights))
      out[name] = new Float64Array(copy, a.byteOffset, a.length);
  } else {
    for (const [name, a] of Object.entries(weights)) out[name] = new Float64Array(a.length);
  }
  return out;
}

/** A deep copy (fresh arrays). */
export function cloneOptimizerState(s: OptimizerState): OptimizerState {
  const slots: Record<string, Weights> = {};
  for (const [name, ws] of Object.entries(s.slots)) {
    slots[name] = {};
    for (const [w, a] of Object.entries(ws)) slots[name][w] = Float64Array.from(a);
  }
  return { kind: s.kind, hyper: { ...s.hyper }, step: s.step, slots };
}

/** Updates the weights in place and returns ΔW = W_new − W_old for every weight (fresh arrays). */
export function applyUpdate(
  state: OptimizerState,
  weights: Weights,
  grads: Weights,
  clip: Clip = NO_CLIP,
): { delta: Weights } {
  const delta: Weights = {};
  for (const [name, w] of Object.entries(weights)) delta[name] = new Float64Array(w.length);
  applyUpdateInto(state, weights, grads, clip, delta);
  return { delta };
}

/** Allocation-free update: weights in place, ΔW written into `delta` when given. */
export function applyUpdateInto(
  state: OptimizerState,
  weights: Weights,
  grads: Weights,
  clip: Clip,
  delta: Weights | null = null,
): void {
  const { scale, limit } = clipFactors(clip, clip.kind === 'norm' ? globalNorm(grads) : 0);
  state.step += 1;
  const [a, b] = SLOT_NAMES[state.kind].map((s) => state.slots[s]);
  for (const [name, w] of Object.entries(weights)) {
    const g = grads[name];
    if (!g || g.length !== w.length)
      throw new EngineError(`gradient for '${name}' is missing or has the wrong size`);
    updateArrays(state, w, g, a?.[name] ?? null, b?.[name] ?? null, delta?.[name] ?? null, scale, limit);
  }
}

/**
 * One optimiser pass over whole flat arrays (weights, gradients, slots and ΔW of equal length).
 * Does not advance state.step: the caller increments it once per update, before calling.
 */
export function updateArrays(
  state: OptimizerState,
  w: Float64Array,
  g: Float64Array,
  a: Float64Array | null,
  b: Float64Array | null,
  delta: Float64Array | null,
  scale: number,
  limit: number,
): void {
  const h = state.hyper;
  switch (state.kind) {
    case 'sgd':
      sgdPass(w, g, delta, scale, limit, h.lr);
      return;
    case 'momentum':
      momentumPass(w, g, a as Float64Array, delta, scale, limit, h.lr, h.momentum);
      return;
    case 'adagrad':
      adagradPass(w, g, a as Float64Array, delta, scale, limit, h.lr, h.eps);
      return;
    case 'adam': {
      const c1 = 1 - h.beta1 ** state.step; // bias corrections 1 − β1ᵗ, 1 − β2ᵗ
      const c2 = 1 - h.beta2 ** state.step;
      adamPass(w, g, a as Float64Array, b as Float64Array, delta, scale, limit, h, c1, c2);
      return;
    }
  }
}

// d = clamp(s·g, −c, c) = min(max(s·g, −c), c) is written out in each pass so the loops stay monomorphic.

function sgdPass(
  w: Float64Array,
  g: Float64Array,
  delta: Float64Array | null,
  s: number,
  c: number,
  lr: number,
): void {
  for (let k = 0; k < w.length; k++) {
    let d = s * g[k];
    d = Math.min(Math.max(d, -c), c);
    const old = w[k];
    w[k] = old - lr * d; // W ← W − lr·d
    if (delta !== null) delta[k] = w[k] - old;
  }
}

function momentumPass(
  w: Float64Array,
  g: Float64Array,
  v: Float64Array,
  delta: Float64Array | null,
  s: number,
  c: number,
  lr: number,
  mu: number,
): void {
  for (let k = 0; k < w.length; k++) {
    let d = s * g[k];
    d = Math.min(Math.max(d, -c), c);
    v[k] = mu * v[k] - lr * d; // v ← μ·v − lr·d
    const old = w[k];
    w[k] = old + v[k]; // W ← W + v
    if (delta !== null) delta[k] = w[k] - old;
  }
}

function adagradPass(
  w: Float64Array,
  g: Float64Array,
  mem: Float64Array,
  delta: Float64Array | null,
  s: number,
  c: number,
  lr: number,
  eps: number,
): void {
  const nlr = -lr;
  if (delta === null) {
    for (let k = 0; k < w.length; k++) {
      let d = s * g[k];
      d = Math.min(Math.max(d, -c), c);
      const m = mem[k] + d * d; // mem ← mem + d²
      mem[k] = m;
      w[k] += (nlr * d) / Math.sqrt(m + eps); // W ← W − lr·d / √(mem + eps)
    }
    return;
  }
  for (let k = 0; k < w.length; k++) {
    let d = s * g[k];
    d = Math.min(Math.max(d, -c), c);
    const m = mem[k] + d * d;
    mem[k] = m;
    const old = w[k];
    w[k] = old + (nlr * d) / Math.sqrt(m + eps);
    delta[k] = w[k] - old;
  }
}

function adamPass(
  w: Float64Array,
  g: Float64Array,
  m: Float64Array,
  v: Float64Array,
  delta: Float64Array | null,
  s: number,
  c: number,
  h: OptimizerHyper,
  c1: number,
  c2: number,
): void {
  const { lr, beta1, beta2, eps } = h;
  for (let k = 0; k < w.length; k++) {
    let d = s * g[k];
    d = Math.min(Math.max(d, -c), c);
    m[k] = beta1 * m[k] + (1 - beta1) * d; // m ← β1·m + (1−β1)·d
    v[k] = beta2 * v[k] + (1 - beta2) * d * d; // v ← β2·v + (1−β2)·d²
    const old = w[k];
    w[k] = old - (lr * (m[k] / c1)) / (Math.sqrt(v[k] / c2) + eps); // W ← W − lr·m̂ / (√v̂ + eps)
    if (delta !== null) delta[k] = w[k] - old;
  }
}
