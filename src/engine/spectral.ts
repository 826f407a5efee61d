/**
 * The exact spectral norm ‖J‖₂ = σ_max(J) of a small dense matrix (the app's H ≤ 64): σ_max² is the
 * largest eigenvalue of the symmetric matrix JᵀJ, found by Householder reduction to tridiagonal
 * form and bisection on Sturm counts — both backward stable, so σ_max comes out to a few ulps
 * (relative ≈ 1e-15), with no iteration count or tolerance to tune. J is scaled by its largest
 * entry first, so neither tiny (1e-200) nor huge entries underflow or overflow when squared.
 */

/** ‖v‖₂ without under/overflow: Σ (v_k / s)² scaled by s = max |v_k| (as BLAS dnrm2). */
export function norm2Scaled(v: ArrayLike<number>): number {
  let s = 0;
  for (let k = 0; k < v.length; k++) {
    const a = Math.abs(v[k]);
    if (a > s) s = a;
  }
  if (s === 0 || !Number.isFinite(s)) return s;
  let sum = 0;
  for (let k = 0; k < v.length; k++) {
    const x = v[k] / s;
    sum += x * x;
  }
  return s * Math.sqrt(sum);
}

/**
 * Reduces the symmetric n×n matrix A (row-major, overwritten) to tridiagonal T = QᵀAQ by n − 2
 * Householder reflections; returns T's diagonal d and off-diagonal e (e[k] = T[k+1][k]).
 */
export function tridiagonalize(A: Float64Array, n: number): { d: Float64Array; e: Float64Array } {
  const d = new Float64Array(n);
  const e = new Float64Array(Math.max(n - 1, 0));
  const v = new Float64Array(n);
  const p = new Float64Array(n);
  for (let k = 0; k < n - 2; k++) {
    // x = A[k+1.., k]; reflect it onto α e₁ with α = −sign(x₀)‖x‖ (no cancellation in x₀ − α)
    let xs = 0;
    for (let i = k + 1; i < n; i++) xs = Math.max(xs, Math.abs(A[i * n + k]));
    if (xs === 0) {
      e[k] = 0;
      d[k] = A[k * n + k];
      continue;
    }
    let ss = 0;
    for (let i = k + 1; i < n; i++) {
      const x = A[i * n + k] / xs;
      ss += x * x;
    }
    const x0 = A[(k + 1) * n + k];
    const alpha = -(x0 >= 0 ? 1 : -1) * xs * Math.sqrt(ss);
    v.fill(0);
    for (let i = k + 1; i < n; i++) v[i] = A[i * n + k];
    v[k + 1] -= alpha;
    const vn = norm2Scaled(v);
    d[k] = A[k * n + k];
    e[k] = alpha;
    if (vn === 0) continue;
    for (let i = k + 1; i < n; i++) v[i] /= vn;
    // A ← HAH with H = I − 2vvᵀ: p = Av, K = vᵀp, w = p − Kv, A −= 2(vwᵀ + wvᵀ) on the trailing block
    let K = 0;
    for (let i = k + 1; i < n; i++) {
      let s = 0;
      for (let j = k + 1; j < n; j++) s += A[i * n + j] * v[j];
      p[i] = s;
      K += v[i] * s;
    }
    for (let i = k + 1; i < n; i++) p[i] -= K * v[i];
    for (let i = k + 1; i < n; i++) {
      for (let j = k + 1; j < n; j++) A[i * n + j] -= 2 * (v[i] * p[j] + p[i] * v[j]);
    }
  }
  if (n >= 2) {
    d[n - 2] = A[(n - 2) * n + (n - 2)];
    e[n - 2] = A[(n - 1) * n + (n - 2)];
  }
  if (n >= 1) d[n - 1] = A[(n - 1) * n + (n - 1)];
  return { d, e };
}

/** The number of eigenvalues of the tridiagonal (d, e) below x (Sturm sequence, LDLᵀ pivots). */
function countBelow(d: Float64Array, e2: Float64Array, x: number, pivmin: number): number {
  let count = 0;
  let q = d[0] - x;
  if (Math.abs(q) < pivmin) q = -pivmin;
  if (q < 0) count++;
  for (let i = 1; i < d.length; i++) {
    q = d[i] - x - e2[i - 1] / q;
    if (Math.abs(q) < pivmin) q = -pivmin;
    if (q < 0) count++;
  }
  return count;
}

/** The largest eigenvalue of a symmetric tridiagonal matrix, by bisection to the last ulp. */
export function largestEigenvalueTridiagonal(d: Float64Array, e: Float64Array): number {
  const n = d.length;
  if (n === 0) return Number.NaN;
  const e2 = e.map((x) => x * x);
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  let maxE2 = 0;
  for (let i = 0; i < n; i++) {
    const r = (i > 0 ? Math.abs(e[i - 1]) : 0) + (i < n - 1 ? Math.abs(e[i]) : 0);
    lo = Math.min(lo, d[i] - r);
    hi = Math.max(hi, d[i] + r);
    if (i < n - 1) maxE2 = Math.max(maxE2, e2[i]);
  }
  const span = Math.max(Math.abs(lo), Math.abs(hi));
  if (span === 0) return 0;
  const pivmin = Number.MIN_VALUE * Math.max(1, maxE2) * 4;
  // widen a hair so that λ_max ∈ [lo, hi) strictly
  hi += 4 * Number.EPSILON * span + Number.MIN_VALUE;
  lo -= 4 * Number.EPSILON * span + Number.MIN_VALUE;
  for (let it = 0; it < 300; it++) {
    const mid = lo + (hi - lo) / 2;
    if (mid <= lo || mid >= hi) break;
    if (countBelow(d, e2, mid, pivmin) === n) hi = mid;
    else lo = mid;
  }
  return lo + (hi - lo) / 2;
}

/** σ_max of the m×n matrix J (row-major): √λ_max(JᵀJ), with J scaled by max |J_ij| first. */
export function spectralNorm(J: ArrayLike<number>, m: number, n: number): number {
  let s = 0;
  for (let k = 0; k < m * n; k++) s = Math.max(s, Math.abs(J[k]));
  if (s === 0 || !Number.isFinite(s)) return s;
  if (n === 1 || m === 1) return norm2Scaled(J);
  // Jt = (J / s)ᵀ, so that both factors of G = JtJtᵀ are read along rows
  const Jt = new Float64Array(m * n);
  for (let r = 0; r < m; r++) for (let a = 0; a < n; a++) Jt[a * m + r] = J[r * n + a] / s;
  const G = new Float64Array(n * n);
  for (let a = 0; a < n; a++) {
    for (let b = a; b < n; b++) {
      let sum = 0;
      for (let r = 0; r < m; r++) sum += Jt[a * m + r] * Jt[b * m + r];
      G[a * n + b] = sum;
      G[b * n + a] = sum;
    }
  }
  const { d, e } = tridiagonalize(G, n);
  return s * Math.sqrt(Math.max(largestEigenvalueTridiagonal(d, e), 0));
}
