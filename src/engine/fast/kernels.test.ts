import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import { gemm, matTVecAdd, matVecAdd } from './kernels';
import { assemble } from './wasm-asm';
import { instantiateKernels } from './wasm-kernels';

/** max |a − b| / max |b|: the kernels sum in different orders, so they agree to rounding (≤ 1e-14). */
function relDiff(a: Float64Array, b: Float64Array): number {
  let d = 0;
  let s = 0;
  b.forEach((v, k) => {
    d = Math.max(d, Math.abs(a[k] - v));
    s = Math.max(s, Math.abs(v));
  });
  return d === 0 ? 0 : d / s;
}

function setup(n: number) {
  const inst = instantiateKernels(8 * 4 * n);
  if (!inst) throw new Error('no WebAssembly SIMD');
  const rng = createRng(n);
  const at = (k: number) => {
    const a = new Float64Array(inst.memory.buffer, 8 * k * n, n);
    for (let i = 0; i < n; i++) a[i] = rng.gaussian();
    return a;
  };
  return { k: inst.kernels, W: at(0), x: at(1), out: at(2), ref: new Float64Array(n) };
}

const SHAPES = [1, 2, 3, 4, 5, 7, 8, 9, 16, 17, 33];

describe('the WebAssembly SIMD kernels give the JS kernels’ sums (1e-14 relative)', () => {
  it('matvec and matTvec for every shape from 1 × 1 to 33 × 33', () => {
    for (const rows of SHAPES) {
      for (const cols of SHAPES) {
        const { k, W, x, out, ref } = setup(rows * cols + rows + cols + 2);
        ref.set(out);
        matVecAdd(W, 0, rows, cols, x, 0, ref, 0);
        k.matvec(W.byteOffset, rows, cols, x.byteOffset, out.byteOffset);
        expect(relDiff(out.subarray(0, rows), ref.subarray(0, rows))).toBeLessThanOrEqual(1e-14);
        ref.set(out);
        matTVecAdd(W, 0, rows, cols, x, 0, ref, 0);
        k.matTvec(W.byteOffset, rows, cols, x.byteOffset, out.byteOffset);
        expect(relDiff(out.subarray(0, cols), ref.subarray(0, cols))).toBeLessThanOrEqual(1e-14);
      }
    }
  });

  it('gemmDot (C += A Bᵀ) and gemmAxpy (C += A B, C += Aᵀ B) for odd and even sizes', () => {
    for (const [M, N, K] of [
      [1, 1, 1],
      [2, 4, 2],
      [3, 5, 7],
      [5, 9, 4],
      [8, 17, 3],
      [25, 76, 100],
      [13, 10, 1],
    ]) {
      const { k, W: A, x: B, out: C, ref } = setup(Math.max(M, N, K) ** 2 + 1);
      ref.set(C);
      gemm(M, N, K, A, 0, K, 1, B, 0, K, 1, ref, 0, N); // A·Bᵀ
      k.gemmDot(M, N, K, A.byteOffset, 8 * K, B.byteOffset, 8 * K, C.byteOffset, 8 * N);
      expect(relDiff(C.subarray(0, M * N), ref.subarray(0, M * N))).toBeLessThanOrEqual(1e-14);
      ref.set(C);
      gemm(M, N, K, A, 0, 1, M, B, 0, 1, N, ref, 0, N); // Aᵀ·B
      k.gemmAxpy(M, N, K, A.byteOffset, 8, 8 * M, B.byteOffset, 8 * N, C.byteOffset, 8 * N);
      expect(relDiff(C.subarray(0, M * N), ref.subarray(0, M * N))).toBeLessThanOrEqual(1e-14);
    }
  });

  it('adagrad makes the same update as the JS rule, bit for bit, including the clamp', () => {
    for (const n of [1, 2, 7, 40]) {
      const { k, W, x: g, out: mem } = setup(n);
      mem.forEach((v, i) => {
        mem[i] = Math.abs(v);
      });
      const w = Float64Array.from(W);
      const m = Float64Array.from(mem);
      for (let i = 0; i < n; i++) {
        const d = Math.min(0.5, Math.max(-0.5, 2 * g[i]));
        m[i] += d * d;
        w[i] += (-0.1 * d) / Math.sqrt(m[i] + 1e-8);
      }
      k.adagrad(W.byteOffset, g.byteOffset, mem.byteOffset, n, 0.1, 1e-8, 2, 0.5);
      expect(W).toEqual(w);
      expect(mem).toEqual(m);
    }
  });

  it('the assembler names the unknown instruction and the unclosed block', () => {
    expect(() => assemble([{ name: 'f', params: '', locals: '', body: 'i32.frobnicate' }])).toThrow(
      /unknown instruction/,
    );
    expect(() => assemble([{ name: 'f', params: '', locals: '', body: 'block' }])).toThrow(/unclosed block/);
  });
});
