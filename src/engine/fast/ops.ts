/**
 * The kernels a fast net calls, dispatched once per call to WebAssembly SIMD (wasm-kernels.ts) when the
 * net lives in a wasm memory, else to the plain JS kernels (kernels.ts). Operands are given by where they
 * start in the net's memory (element offsets into net.mem, e.g. net.at.params + layout.whh); the byte
 * address for wasm is 8 × that.
 */
import { gemm, matTVecAdd, matVecAdd } from './kernels';
import type { WasmKernels } from './wasm-kernels';

export interface HasKernels {
  wasm: WasmKernels | null;
  mem: Float64Array;
}

/** mem[o + r] += Σ_c mem[w + r·cols + c] · mem[x + c]  (out += W x). */
export function matVec(n: HasKernels, w: number, rows: number, cols: number, x: number, o: number): void {
  const k = n.wasm;
  if (k !== null) k.matvec(8 * w, rows, cols, 8 * x, 8 * o);
  else matVecAdd(n.mem, w, rows, cols, n.mem, x, n.mem, o);
}

/** mem[o + c] += Σ_r mem[w + r·cols + c] · mem[v + r]  (out += Wᵀ v). */
export function matTVec(n: HasKernels, w: number, rows: number, cols: number, v: number, o: number): void {
  const k = n.wasm;
  if (k !== null) k.matTvec(8 * w, rows, cols, 8 * v, 8 * o);
  else matTVecAdd(n.mem, w, rows, cols, n.mem, v, n.mem, o);
}

/**
 * C[c + i·cis + j] += Σ_k A[a + i·ais + k·aks] · B[b + j·bjs + k·bks] in the net's memory (kernels.ts gemm):
 * wasm gemmDot when both run along k, gemmAxpy when B's rows are contiguous along j.
 */
export function gemmOp(
  n: HasKernels,
  M: number,
  N: number,
  K: number,
  a: number,
  ais: number,
  aks: number,
  b: number,
  bjs: number,
  bks: number,
  c: number,
  cis: number,
): void {
  const k = n.wasm;
  if (k !== null && aks === 1 && bks === 1)
    k.gemmDot(M, N, K, 8 * a, 8 * ais, 8 * b, 8 * bjs, 8 * c, 8 * cis);
  else if (k !== null && bjs === 1)
    k.gemmAxpy(M, N, K, 8 * a, 8 * ais, 8 * aks, 8 * b, 8 * bks, 8 * c, 8 * cis);
  else gemm(M, N, K, n.mem, a, ais, aks, n.mem, b, bjs, bks, n.mem, c, cis);
}
