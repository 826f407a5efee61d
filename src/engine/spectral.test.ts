import { describe, expect, it } from 'vitest';
import { createRng } from './rng';
import { largestEigenvalueTridiagonal, norm2Scaled, spectralNorm, tridiagonalize } from './spectral';
import { jacobiSingularValues, relError } from './testing';

/** Relative error with no absolute floor (the values here span 1e-300…1e200). */
const rel = (a: number, b: number) => relError(a, b, 0);

function randomMatrix(m: number, n: number, seed: number, scale = 1): Float64Array {
  const rng = createRng(seed);
  return Float64Array.from({ length: m * n }, () => scale * rng.gaussian());
}

/** U diag(s) Vᵀ with random orthogonal U, V (Gram–Schmidt of gaussian matrices). */
function withSingularValues(s: number[], seed: number): Float64Array {
  const n = s.length;
  const orth = (q: Float64Array) => {
    for (let j = 0; j < n; j++) {
      for (let k = 0; k < j; k++) {
        let dot = 0;
        for (let i = 0; i < n; i++) dot += q[i * n + j] * q[i * n + k];
        for (let i = 0; i < n; i++) q[i * n + j] -= dot * q[i * n + k];
      }
      let nn = 0;
      for (let i = 0; i < n; i++) nn += q[i * n + j] ** 2;
      for (let i = 0; i < n; i++) q[i * n + j] /= Math.sqrt(nn);
    }
    return q;
  };
  const U = orth(randomMatrix(n, n, seed));
  const V = orth(randomMatrix(n, n, seed + 1));
  const A = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      let sum = 0;
      for (let k = 0; k < n; k++) sum += U[i * n + k] * s[k] * V[j * n + k];
      A[i * n + j] = sum;
    }
  return A;
}

describe('exact spectral norm', () => {
  for (const [m, n] of [
    [1, 1],
    [2, 2],
    [3, 3],
    [5, 3],
    [3, 5],
    [8, 8],
    [17, 17],
    [32, 32],
    [64, 64],
  ]) {
    it(`σ_max of a random ${m}×${n} matrix equals the largest singular value of a Jacobi SVD (1e-13)`, () => {
      for (const seed of [1, 2, 3]) {
        const A = randomMatrix(m, n, seed * 100 + m);
        expect(rel(spectralNorm(A, m, n), jacobiSingularValues(A, m, n)[0])).toBeLessThan(1e-13);
      }
    });
  }

  it('diag(1, 0.99) has spectral norm exactly 1 (power iteration gave 0.99571)', () => {
    expect(Math.abs(spectralNorm([1, 0, 0, 0.99], 2, 2) - 1)).toBeLessThan(1e-15);
  });

  it('top two singular values 1e-9 apart: σ_max is still found to 1e-13', () => {
    const s = [3, 3 - 3e-9, 1, 0.5, 0.25, 0.1, 0.01, 0];
    const A = withSingularValues(s, 5);
    expect(rel(jacobiSingularValues(A, 8, 8)[0], 3)).toBeLessThan(1e-13);
    expect(rel(spectralNorm(A, 8, 8), 3)).toBeLessThan(1e-13);
  });

  it('scaling by 1e-200 or 1e200 scales σ_max exactly: nothing underflows or overflows', () => {
    const A = randomMatrix(6, 6, 9);
    const base = spectralNorm(A, 6, 6);
    for (const k of [1e-200, 1e-300, 1e200]) {
      const B = A.map((x) => x * k);
      expect(rel(spectralNorm(B, 6, 6), base * k)).toBeLessThan(1e-14);
    }
  });

  it('a zero matrix has spectral norm 0 and a rank-one matrix uv^T has ‖u‖‖v‖', () => {
    expect(spectralNorm(new Float64Array(9), 3, 3)).toBe(0);
    const u = [1, -2, 0.5];
    const v = [0.3, 4, -1];
    const A = u.flatMap((a) => v.map((b) => a * b));
    expect(rel(spectralNorm(A, 3, 3), Math.hypot(...u) * Math.hypot(...v))).toBeLessThan(1e-14);
  });

  it('the tridiagonal form keeps every eigenvalue: its trace and Frobenius norm equal the original', () => {
    const B = randomMatrix(7, 7, 4);
    const S = new Float64Array(49);
    for (let i = 0; i < 7; i++) for (let j = 0; j < 7; j++) S[i * 7 + j] = B[i * 7 + j] + B[j * 7 + i];
    const tr = [0, 1, 2, 3, 4, 5, 6].reduce((a, i) => a + S[i * 7 + i], 0);
    const fro = Math.hypot(...S);
    const { d, e } = tridiagonalize(Float64Array.from(S), 7);
    expect(
      rel(
        d.reduce((a, x) => a + x, 0),
        tr,
      ),
    ).toBeLessThan(1e-13);
    expect(
      rel(Math.sqrt(d.reduce((a, x) => a + x * x, 0) + 2 * e.reduce((a, x) => a + x * x, 0)), fro),
    ).toBeLessThan(1e-13);
  });

  it('bisection finds the largest eigenvalue of a known tridiagonal matrix (2 on the diagonal, −1 beside)', () => {
    // eigenvalues 2 − 2cos(kπ/(n+1)), k = 1..n
    const n = 10;
    const lam = largestEigenvalueTridiagonal(new Float64Array(n).fill(2), new Float64Array(n - 1).fill(-1));
    expect(rel(lam, 2 - 2 * Math.cos((n * Math.PI) / (n + 1)))).toBeLessThan(1e-15);
  });

  it('norm2Scaled equals the plain norm for ordinary vectors and stays exact at 1e-200', () => {
    const v = [3, -4, 12];
    expect(norm2Scaled(v)).toBe(13);
    expect(rel(norm2Scaled(v.map((x) => x * 1e-200)), 13e-200)).toBeLessThan(1e-15);
    expect(rel(norm2Scaled(v.map((x) => x * 1e-170)), 13e-170)).toBeLessThan(1e-15);
    expect(norm2Scaled([0, 0])).toBe(0);
  });
});
