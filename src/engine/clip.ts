/**
 * Gradient clipping. Every rule is applied as  g' = clamp(s · g, −c, c)  with one scale s and one bound c:
 *   none:  s = 1, c = ∞
 *   value: s = 1, c = limit                      (min-char-rnn: np.clip(dparam, −5, 5))
 *   norm:  s = min(1, maxNorm / ‖g‖₂), c = ∞      with ‖g‖₂ = √(Σ over every weight of Σ g²) (global norm)
 * so the optimiser can clip on the fly in the same pass as its update, without touching the gradients.
 */
import { EngineError, type Weights } from './model';

export type Clip = { kind: 'none' } | { kind: 'value'; limit: number } | { kind: 'norm'; maxNorm: number };

export const NO_CLIP: Clip = { kind: 'none' };

export function clipByValue(limit: number): Clip {
  if (!(limit > 0)) throw new EngineError(`clip value must be positive, got ${limit}`);
  return { kind: 'value', limit };
}

export function clipByNorm(maxNorm: number): Clip {
  if (!(maxNorm > 0)) throw new EngineError(`clip norm must be positive, got ${maxNorm}`);
  return { kind: 'norm', maxNorm };
}

/** Σ g² over one array (4 partial sums). */
export function sumSquares(g: Float64Array, lo = 0, hi = g.length): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let k = lo;
  for (; k + 3 < hi; k += 4) {
    s0 += g[k] * g[k];
    s1 += g[k + 1] * g[k + 1];
    s2 += g[k + 2] * g[k + 2];
    s3 += g[k + 3] * g[k + 3];
  }
  for (; k < hi; k++) s0 += g[k] * g[k];
  return s0 + s1 + (s2 + s3);
}

/** Global norm ‖g‖₂ = √(Σ_weights Σ g²). */
export function globalNorm(grads: Weights): number {
  let s = 0;
  for (const g of Object.values(grads)) s += sumSquares(g);
  return Math.sqrt(s);
}

export interface ClipFactors {
  /** s in clamp(s · g, −c, c). */
  scale: number;
  /** c in clamp(s · g, −c, c); Infinity when the rule does not bound single entries. */
  limit: number;
}

/** The scale and bound of a rule, given the gradient's global norm (only used by 'norm'). */
export function clipFactors(clip: Clip, norm: number): ClipFactors {
  if (clip.kind === 'value') return { scale: 1, limit: clip.limit };
  if (clip.kind === 'norm' && norm > clip.maxNorm) return { scale: clip.maxNorm / norm, limit: Infinity };
  return { scale: 1, limit: Infinity };
}

/** The clipped gradients as fresh arrays (for display); the input is not changed. */
export function clipGrads(grads: Weights, clip: Clip): Weights {
  const { scale, limit } = clipFactors(clip, clip.kind === 'norm' ? globalNorm(grads) : 0);
  const out: Weights = {};
  for (const [name, g] of Object.entries(grads)) {
    const o = new Float64Array(g.length);
    for (let k = 0; k < g.length; k++) o[k] = clamp(scale * g[k], limit);
    out[name] = o;
  }
  return out;
}

/** clamp(x, −c, c). */
export function clamp(x: number, c: number): number {
  return Math.min(Math.max(x, -c), c);
}
