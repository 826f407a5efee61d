/**
 * Stacking N layers of one activation: the composed function f∘f∘…∘f, and the gradient through the
 * stack, Π_k f′(a_k), at random pre-activations a_k ~ N(0, σ²) drawn from a seeded generator.
 */
import { createRng } from '../../engine/rng';
import { type FnParams, type LabFn, labDeriv, labValue } from './functions';

export const DEPTH_MAX = 20;
/** Chains of random pre-activations per function. */
export const DEPTH_CHAINS = 501;
export const DEPTH_SEED = 27;

/** f^N(x) = f(f(…f(x))) with N applications (N = 0 is the identity). */
export function compose(fn: LabFn, n: number, x: number, p: FnParams): number {
  let v = x;
  for (let k = 0; k < n; k++) v = labValue(fn, v, p);
  return v;
}

/**
 * Random pre-activations shared by every function: chains × layers draws of N(0, σ²), the same for
 * each function so the comparison is fair (and the same seed gives the same picture).
 */
export function preActivations(
  chains: number,
  layers: number,
  sigma: number,
  seed = DEPTH_SEED,
): Float64Array {
  const rng = createRng(seed);
  const out = new Float64Array(chains * layers);
  for (let k = 0; k < out.length; k++) out[k] = sigma * rng.gaussian();
  return out;
}

export interface GradientStats {
  /** n = 1..layers: index n − 1. */
  median: number[];
  /** 25th and 75th percentiles: the middle half of the chains. */
  q1: number[];
  q3: number[];
  /** Share of chains whose product is exactly 0 (a ReLU that was off somewhere). */
  zeroShare: number[];
}

/** Quantile q of sorted values, linear interpolation between neighbours (as d3.quantileSorted). */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const i = (n - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (i - lo);
}

/**
 * |Π_{k ≤ n} f′(a_k)| for every chain and n = 1..layers, summarised by median, quartiles and the
 * share of exact zeros. Magnitudes are used: a negative slope (maxout) flips the sign, not the size.
 */
export function gradientStats(fn: LabFn, p: FnParams, pre: Float64Array, layers: number): GradientStats {
  const chains = pre.length / layers;
  const prod = new Float64Array(chains).fill(1);
  const column = new Float64Array(chains);
  const stats: GradientStats = { median: [], q1: [], q3: [], zeroShare: [] };
  for (let n = 0; n < layers; n++) {
    let zeros = 0;
    for (let c = 0; c < chains; c++) {
      prod[c] *= Math.abs(labDeriv(fn, pre[c * layers + n], p));
      column[c] = prod[c];
      if (prod[c] === 0) zeros++;
    }
    column.sort();
    stats.median.push(quantileSorted(column, 0.5));
    stats.q1.push(quantileSorted(column, 0.25));
    stats.q3.push(quantileSorted(column, 0.75));
    stats.zeroShare.push(zeros / chains);
  }
  return stats;
}

/** The bound for sigmoid, whose slope is at most ¼: |Π σ′| ≤ 0.25ᴺ. */
export const sigmoidBound = (n: number): number => 0.25 ** n;
