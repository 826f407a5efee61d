/**
 * WebAssembly SIMD (f64x2) versions of the dense kernels in kernels.ts, same sums in a different order.
 * Pointers and leading dimensions are byte addresses/strides in the net's memory; counts are elements.
 *   matvec(w, rows, cols, x, out):        out[r] += Σ_c W[r, c] x[c]           (vectors along c, 4 rows)
 *   matTvec(w, rows, cols, v, out):       out[c] += Σ_r W[r, c] v[r]           (vectors along c, 4 rows)
 *   gemmDot(M, N, K, A, lda, B, ldb, C, ldc):        C[i, j] += Σ_k A[i, k] B[j, k]   (vectors along k, 2 × 4 tiles)
 *   gemmAxpy(M, N, K, A, ais, aks, B, ldb, C, ldc):  C[i, j] += Σ_k A[i·ais + k·aks] B[k, j]  (vectors along j, 2 × 8 tiles)
 *   adagrad(w, g, mem, n, lr, eps, scale, limit):    d = clamp(scale·g, ±limit); mem += d²; W += −lr·d / √(mem + eps)
 */
import { assemble, get, inc, names, range, set, type WasmFunc } from './wasm-asm';
import { GEMM_AXPY, GEMM_DOT, GEMM_TILES } from './wasm-gemm';
import { SMALL_RNN_BACKWARD } from './wasm-small';

const zero = (n: string) => `f64.const 0 f64x2.splat ${set(n)}`;
/** Pairwise sum of the values pushed by `items`. */
const tree = (items: string[], add: string): string =>
  items.length === 1
    ? items[0]
    : `${tree(items.slice(0, items.length >> 1), add)} ${tree(items.slice(items.length >> 1), add)} ${add}`;
/** s ← lane0(v) + lane1(v). */
const hsum = (v: string, s: string) =>
  `${get(v)} f64x2.extract_lane 0 ${get(v)} f64x2.extract_lane 1 f64.add ${set(s)}`;

/** Rows of out += W x, R at a time (loop `while rows >= R`). */
function matvecRows(R: number): string {
  const k = range(R);
  return `block $d${R} loop $l${R}
    ${get('rows')} i32.const ${R} i32.lt_s br_if $d${R}
    ${k.map((r) => `${get('w')} ${get('rb')} i32.const ${r} i32.mul i32.add ${set(`p${r}`)} ${zero(`a${r}`)}`).join('\n')}
    i32.const 0 ${set('c')}
    block $kd${R} loop $kl${R}
      ${get('c')} ${get('ce')} i32.ge_u br_if $kd${R}
      ${get('x')} ${get('c')} i32.add v128.load ${set('xv')}
      ${k.map((r) => `${get(`a${r}`)} ${get(`p${r}`)} ${get('c')} i32.add v128.load ${get('xv')} f64x2.mul f64x2.add ${set(`a${r}`)}`).join('\n')}
      ${inc('c', 'i32.const 16')} br $kl${R}
    end end
    ${k
      .map(
        (r) => `${hsum(`a${r}`, 's')}
      ${get('cols')} i32.const 1 i32.and if
        ${get('s')} ${get(`p${r}`)} ${get('ce')} i32.add f64.load ${get('x')} ${get('ce')} i32.add f64.load f64.mul f64.add ${set('s')}
      end
      ${get('out')} ${get('out')} f64.load offset=${8 * r} ${get('s')} f64.add f64.store offset=${8 * r}`,
      )
      .join('\n')}
    ${inc('w', `${get('rb')} i32.const ${R} i32.mul`)} ${inc('out', `i32.const ${8 * R}`)}
    ${get('rows')} i32.const ${R} i32.sub ${set('rows')} br $l${R}
  end end`;
}

/** Rows of out += Wᵀ v, R at a time. */
function matTvecRows(R: number): string {
  const k = range(R);
  const vecProducts = k.map((r) => `${get(`p${r}`)} ${get('c')} i32.add v128.load ${get(`s${r}`)} f64x2.mul`);
  const scalarProducts = k.map(
    (r) => `${get(`p${r}`)} ${get('ce')} i32.add f64.load ${get(`s${r}`)} f64x2.extract_lane 0 f64.mul`,
  );
  return `block $d${R} loop $l${R}
    ${get('rows')} i32.const ${R} i32.lt_s br_if $d${R}
    ${k.map((r) => `${get('w')} ${get('rb')} i32.const ${r} i32.mul i32.add ${set(`p${r}`)} ${get('v')} f64.load offset=${8 * r} f64x2.splat ${set(`s${r}`)}`).join('\n')}
    i32.const 0 ${set('c')}
    block $kd${R} loop $kl${R}
      ${get('c')} ${get('ce')} i32.ge_u br_if $kd${R}
      ${get('out')} ${get('c')} i32.add ${set('o')}
      ${get('o')} ${get('o')} v128.load ${tree(vecProducts, 'f64x2.add')} f64x2.add v128.store
      ${inc('c', 'i32.const 16')} br $kl${R}
    end end
    ${get('cols')} i32.const 1 i32.and if
      ${get('out')} ${get('ce')} i32.add ${set('o')}
      ${get('o')} ${get('o')} f64.load ${tree(scalarProducts, 'f64.add')} f64.add f64.store
    end
    ${inc('w', `${get('rb')} i32.const ${R} i32.mul`)} ${inc('v', `i32.const ${8 * R}`)}
    ${get('rows')} i32.const ${R} i32.sub ${set('rows')} br $l${R}
  end end`;
}

const MATVEC: WasmFunc = {
  name: 'matvec',
  params: 'w:i32 rows:i32 cols:i32 x:i32 out:i32',
  locals: `rb:i32 ce:i32 c:i32 ${names('p', 4, 'i32')} xv:v128 ${names('a', 4, 'v128')} s:f64`,
  body: `${get('cols')} i32.const 3 i32.shl ${set('rb')}
    ${get('cols')} i32.const -2 i32.and i32.const 3 i32.shl ${set('ce')}
    ${matvecRows(4)} ${matvecRows(1)}`,
};

const MATTVEC: WasmFunc = {
  name: 'matTvec',
  params: 'w:i32 rows:i32 cols:i32 v:i32 out:i32',
  locals: `rb:i32 ce:i32 c:i32 o:i32 ${names('p', 4, 'i32')} ${names('s', 4, 'v128')}`,
  body: `${get('cols')} i32.const 3 i32.shl ${set('rb')}
    ${get('cols')} i32.const -2 i32.and i32.const 3 i32.shl ${set('ce')}
    ${matTvecRows(4)} ${matTvecRows(1)}`,
};

const ADAGRAD: WasmFunc = {
  name: 'adagrad',
  params: 'w:i32 g:i32 m:i32 n:i32 lr:f64 eps:f64 scale:f64 limit:f64',
  locals: 'k:i32 ne:i32 d:v128 mm:v128 vs:v128 vc:v128 vnc:v128 vnlr:v128 veps:v128 ds:f64 ms:f64',
  body: `${get('scale')} f64x2.splat ${set('vs')} ${get('limit')} f64x2.splat ${set('vc')}
    ${get('limit')} f64.neg f64x2.splat ${set('vnc')} ${get('lr')} f64.neg f64x2.splat ${set('vnlr')}
    ${get('eps')} f64x2.splat ${set('veps')}
    ${get('n')} i32.const -2 i32.and i32.const 3 i32.shl ${set('ne')}
    i32.const 0 ${set('k')}
    block $d loop $l
      ${get('k')} ${get('ne')} i32.ge_u br_if $d
      ${get('g')} ${get('k')} i32.add v128.load ${get('vs')} f64x2.mul ${get('vnc')} f64x2.max ${get('vc')} f64x2.min ${set('d')}
      ${get('m')} ${get('k')} i32.add v128.load ${get('d')} ${get('d')} f64x2.mul f64x2.add ${set('mm')}
      ${get('m')} ${get('k')} i32.add ${get('mm')} v128.store
      ${get('w')} ${get('k')} i32.add
        ${get('w')} ${get('k')} i32.add v128.load
        ${get('vnlr')} ${get('d')} f64x2.mul ${get('mm')} ${get('veps')} f64x2.add f64x2.sqrt f64x2.div f64x2.add
      v128.store
      ${inc('k', 'i32.const 16')} br $l
    end end
    ${get('n')} i32.const 1 i32.and if
      ${get('g')} ${get('ne')} i32.add f64.load ${get('scale')} f64.mul ${get('limit')} f64.neg f64.max ${get('limit')} f64.min ${set('ds')}
      ${get('m')} ${get('ne')} i32.add f64.load ${get('ds')} ${get('ds')} f64.mul f64.add ${set('ms')}
      ${get('m')} ${get('ne')} i32.add ${get('ms')} f64.store
      ${get('w')} ${get('ne')} i32.add
        ${get('w')} ${get('ne')} i32.add f64.load
        ${get('lr')} f64.neg ${get('ds')} f64.mul ${get('ms')} ${get('eps')} f64.add f64.sqrt f64.div f64.add
      f64.store
    end`,
};

export interface WasmKernels {
  matvec(w: number, rows: number, cols: number, x: number, out: number): void;
  matTvec(w: number, rows: number, cols: number, v: number, out: number): void;
  gemmDot(
    M: number,
    N: number,
    K: number,
    A: number,
    lda: number,
    B: number,
    ldb: number,
    C: number,
    ldc: number,
  ): void;
  gemmAxpy(
    M: number,
    N: number,
    K: number,
    A: number,
    ais: number,
    aks: number,
    B: number,
    ldb: number,
    C: number,
    ldc: number,
  ): void;
  adagrad(
    w: number,
    g: number,
    m: number,
    n: number,
    lr: number,
    eps: number,
    scale: number,
    limit: number,
  ): void;
  /** wasm-small.ts: the backward pass of a tiny vanilla RNN window. */
  smallRnnBackward(...args: number[]): void;
}

const FUNCS = [SMALL_RNN_BACKWARD, MATVEC, MATTVEC, GEMM_DOT, GEMM_AXPY, ADAGRAD, ...GEMM_TILES];

let compiled: WebAssembly.Module | null | undefined;

/** The compiled module, or null where WebAssembly SIMD is not available. */
export function kernelModule(): WebAssembly.Module | null {
  if (compiled === undefined) {
    try {
      compiled =
        typeof WebAssembly === 'object' ? new WebAssembly.Module(assemble(FUNCS) as BufferSource) : null;
    } catch {
      compiled = null;
    }
  }
  return compiled;
}

/** Kernels bound to a fresh memory of `bytes` bytes (never grown, so views on it stay valid). */
export function instantiateKernels(
  bytes: number,
): { memory: WebAssembly.Memory; kernels: WasmKernels } | null {
  const mod = kernelModule();
  if (mod === null) return null;
  const pages = Math.max(1, Math.ceil(bytes / 65536));
  const memory = new WebAssembly.Memory({ initial: pages, maximum: pages });
  const e = new WebAssembly.Instance(mod, { env: { mem: memory } }).exports as unknown as WasmKernels;
  // A plain object of one shape for every instance (the exports objects' shapes differ per instance,
  // which would make V8 throw away the optimised code of every caller when a second net appears).
  const kernels: WasmKernels = {
    matvec: e.matvec,
    matTvec: e.matTvec,
    gemmDot: e.gemmDot,
    gemmAxpy: e.gemmAxpy,
    adagrad: e.adagrad,
    smallRnnBackward: e.smallRnnBackward,
  };
  return { memory, kernels };
}
