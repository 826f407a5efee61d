/**
 * Spectral radius ρ(W) = max |λ_i(W)| of a square matrix, and rescaling Whh to a chosen radius.
 * ρ comes from Gelfand's formula ρ = lim ‖W^k‖^{1/k} with k = 2^40, by repeated squaring of a
 * normalised matrix while the log of the scale is carried separately (no overflow): the error is
 * about log(√n · cond)/k, far below what is shown. Exact for zero and nilpotent matrices (ρ = 0).
 */
import { BLOCKS, blockName, type CellType, type Weights } from './model';

const SQUARINGS = 40;

function frobenius(A: Float64Array): number {
  let s = 0;
  for (let k = 0; k < A.length; k++) s = Math.max(s, Math.abs(A[k]));
  if (s === 0) return 0;
  let sum = 0;
  for (let k = 0; k < A.length; k++) sum += (A[k] / s) ** 2;
  return s * Math.sqrt(sum);
}

/** ρ(W) of the n×n row-major matrix W. */
export function spectralRadius(W: ArrayLike<number>, n: number): number {
  const A = Float64Array.from(W);
  let norm = frobenius(A);
  if (norm === 0) return 0;
  for (let k = 0; k < A.length; k++) A[k] /= norm;
  let logScale = Math.log(norm); // W^(2^m) = e^(logScale) A
  let power = 1;
  const B = new Float64Array(n * n);
  for (let m = 0; m < SQUARINGS; m++) {
    B.fill(0);
    for (let i = 0; i < n; i++)
      for (let k = 0; k < n; k++) {
        const a = A[i * n + k];
        if (a === 0) continue;
        for (let j = 0; j < n; j++) B[i * n + j] += a * A[k * n + j];
      }
    norm = frobenius(B);
    if (norm === 0) return 0; // nilpotent
    for (let k = 0; k < B.length; k++) B[k] /= norm;
    logScale = 2 * logScale + Math.log(norm);
    power *= 2;
    A.set(B);
  }
  return Math.exp(logScale / power);
}

/** The names of the recurrent matrices of a cell: Whh, or Whh_f Whh_i Whh_o Whh_g, or Whh_z Whh_r Whh_g. */
export function recurrentNames(cell: CellType): string[] {
  return BLOCKS[cell].map((b) => blockName('Whh', b));
}

/**
 * Scales every recurrent matrix so that its spectral radius is `radius` (W ← W · radius / ρ(W)).
 * A matrix with ρ = 0 is left as it is. Returns the radii after scaling, by name.
 */
export function setRecurrentRadius(cell: CellType, weights: Weights, H: number, radius: number) {
  const out: Record<string, number> = {};
  for (const name of recurrentNames(cell)) {
    const W = weights[name];
    const rho = spectralRadius(W, H);
    if (rho > 0) for (let k = 0; k < W.length; k++) W[k] *= radius / rho;
    out[name] = rho > 0 ? radius : 0;
  }
  return out;
}
