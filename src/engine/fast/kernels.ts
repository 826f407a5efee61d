/**
 * Dense kernels on flat Float64Arrays addressed by offset and stride, written for V8: no allocation,
 * int offsets, several independent accumulators per dot product (register tiles), each sum finished
 * in a local before it is added to the output.
 */

/** out[oo + r] += Σ_c W[wo + r·cols + c] · x[xo + c], r < rows  (y += W x, four rows at a time). */
export function matVecAdd(
  W: Float64Array,
  wo: number,
  rows: number,
  cols: number,
  x: Float64Array,
  xo: number,
  out: Float64Array,
  oo: number,
): void {
  let r = 0;
  for (; r + 3 < rows; r += 4) {
    const p0 = wo + r * cols;
    const p1 = p0 + cols;
    const p2 = p1 + cols;
    const p3 = p2 + cols;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let c = 0; c < cols; c++) {
      const xc = x[xo + c];
      s0 += W[p0 + c] * xc;
      s1 += W[p1 + c] * xc;
      s2 += W[p2 + c] * xc;
      s3 += W[p3 + c] * xc;
    }
    out[oo + r] += s0;
    out[oo + r + 1] += s1;
    out[oo + r + 2] += s2;
    out[oo + r + 3] += s3;
  }
  for (; r < rows; r++) {
    const p = wo + r * cols;
    let s = 0;
    for (let c = 0; c < cols; c++) s += W[p + c] * x[xo + c];
    out[oo + r] += s;
  }
}

/** out[oo + c] += Σ_r W[wo + r·cols + c] · v[vo + r], c < cols  (out += Wᵀ v, four rows per pass). */
export function matTVecAdd(
  W: Float64Array,
  wo: number,
  rows: number,
  cols: number,
  v: Float64Array,
  vo: number,
  out: Float64Array,
  oo: number,
): void {
  let r = 0;
  for (; r + 3 < rows; r += 4) {
    const p0 = wo + r * cols;
    const p1 = p0 + cols;
    const p2 = p1 + cols;
    const p3 = p2 + cols;
    const v0 = v[vo + r];
    const v1 = v[vo + r + 1];
    const v2 = v[vo + r + 2];
    const v3 = v[vo + r + 3];
    for (let c = 0; c < cols; c++) {
      out[oo + c] += W[p0 + c] * v0 + W[p1 + c] * v1 + (W[p2 + c] * v2 + W[p3 + c] * v3);
    }
  }
  for (; r < rows; r++) {
    const p = wo + r * cols;
    const vr = v[vo + r];
    for (let c = 0; c < cols; c++) out[oo + c] += W[p + c] * vr;
  }
}

/**
 * General strided product C += A·Bᵀ over k:  C[co + i·cis + j] += Σ_k A[ao + i·ais + k·aks] · B[bo + j·bjs + k·bks]
 * for i < M, j < N, k < K. With the strides it serves A·Bᵀ (weights × window), A·B and Aᵀ·B (weight
 * gradients summed over the window). Tiles of 2 × 4 outputs share their loads.
 */
export function gemm(
  M: number,
  N: number,
  K: number,
  A: Float64Array,
  ao: number,
  ais: number,
  aks: number,
  B: Float64Array,
  bo: number,
  bjs: number,
  bks: number,
  C: Float64Array,
  co: number,
  cis: number,
): void {
  if (N < 4 || K < 4) {
    gemmSimple(M, N, K, A, ao, ais, aks, B, bo, bjs, bks, C, co, cis);
    return;
  }
  const M2 = M - (M % 2);
  const N4 = N - (N % 4);
  for (let i = 0; i < M2; i += 2) {
    for (let j = 0; j < N4; j += 4)
      tile2x4(K, A, ao + i * ais, ais, aks, B, bo + j * bjs, bjs, bks, C, co + i * cis + j, cis);
    for (let j = N4; j < N; j++) {
      C[co + i * cis + j] += dot(K, A, ao + i * ais, aks, B, bo + j * bjs, bks);
      C[co + (i + 1) * cis + j] += dot(K, A, ao + (i + 1) * ais, aks, B, bo + j * bjs, bks);
    }
  }
  if (M2 < M)
    for (let j = 0; j < N; j++) C[co + M2 * cis + j] += dot(K, A, ao + M2 * ais, aks, B, bo + j * bjs, bks);
}

/** The same sum, one output at a time (small sizes, where tiles do not pay). */
function gemmSimple(
  M: number,
  N: number,
  K: number,
  A: Float64Array,
  ao: number,
  ais: number,
  aks: number,
  B: Float64Array,
  bo: number,
  bjs: number,
  bks: number,
  C: Float64Array,
  co: number,
  cis: number,
): void {
  for (let i = 0; i < M; i++) {
    for (let j = 0; j < N; j++) {
      let s = 0;
      let a = ao + i * ais;
      let b = bo + j * bjs;
      for (let k = 0; k < K; k++) {
        s += A[a] * B[b];
        a += aks;
        b += bks;
      }
      C[co + i * cis + j] += s;
    }
  }
}

function tile2x4(
  K: number,
  A: Float64Array,
  a: number,
  ais: number,
  aks: number,
  B: Float64Array,
  b: number,
  bjs: number,
  bks: number,
  C: Float64Array,
  c: number,
  cis: number,
): void {
  let s00 = 0,
    s01 = 0,
    s02 = 0,
    s03 = 0,
    s10 = 0,
    s11 = 0,
    s12 = 0,
    s13 = 0;
  const b2 = 2 * bjs;
  const b3 = 3 * bjs;
  for (let k = 0; k < K; k++) {
    const a0 = A[a];
    const a1 = A[a + ais];
    const b0 = B[b];
    const x1 = B[b + bjs];
    const x2 = B[b + b2];
    const x3 = B[b + b3];
    s00 += a0 * b0;
    s01 += a0 * x1;
    s02 += a0 * x2;
    s03 += a0 * x3;
    s10 += a1 * b0;
    s11 += a1 * x1;
    s12 += a1 * x2;
    s13 += a1 * x3;
    a += aks;
    b += bks;
  }
  C[c] += s00;
  C[c + 1] += s01;
  C[c + 2] += s02;
  C[c + 3] += s03;
  C[c + cis] += s10;
  C[c + cis + 1] += s11;
  C[c + cis + 2] += s12;
  C[c + cis + 3] += s13;
}

/** Σ_k A[a + k·as] · B[b + k·bs]. */
export function dot(
  K: number,
  A: Float64Array,
  a: number,
  as: number,
  B: Float64Array,
  b: number,
  bs: number,
): number {
  let s = 0;
  for (let k = 0; k < K; k++) {
    s += A[a] * B[b];
    a += as;
    b += bs;
  }
  return s;
}

/** a[lo..hi) = 0; a plain loop for short ranges, where the builtin's call costs more than the work. */
export function zeroRange(a: Float64Array, lo: number, hi: number): void {
  if (hi - lo > 64) a.fill(0, lo, hi);
  else for (let k = lo; k < hi; k++) a[k] = 0;
}

/** dst[d .. d+n) = src[s .. s+n). */
export function copyRange(src: ArrayLike<number>, s: number, dst: Float64Array, d: number, n: number): void {
  for (let k = 0; k < n; k++) dst[d + k] = src[s + k];
}
