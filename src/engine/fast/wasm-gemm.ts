/**
 * The WebAssembly SIMD (f64x2) matrix products of the batched path (wasm-kernels.ts lists them all):
 *   gemmDot(M, N, K, A, lda, B, ldb, C, ldc):        C[i, j] += Σ_k A[i, k] B[j, k]   (vectors along k, 2 × 4 tiles)
 *   gemmAxpy(M, N, K, A, ais, aks, B, ldb, C, ldc):  C[i, j] += Σ_k A[i·ais + k·aks] B[k, j]  (vectors along j, 2 × 8 tiles)
 * Each driver sweeps its tiles and calls one tile function per block; leftover rows and columns use
 * narrower tiles (and a scalar tail for an odd k or j).
 */
import { get, inc, names, range, set, type WasmFunc } from './wasm-asm';

const zero = (n: string) => `f64.const 0 f64x2.splat ${set(n)}`;
/** s ← lane0(v) + lane1(v). */
const hsum = (v: string, s: string) =>
  `${get(v)} f64x2.extract_lane 0 ${get(v)} f64x2.extract_lane 1 f64.add ${set(s)}`;

/** One RI × RJ tile of C += A Bᵀ with vectors along k (then an odd k, if any, in scalar). */
function dotTile(RI: number, RJ: number): WasmFunc {
  const is = range(RI);
  const js = range(RJ);
  const ij = is.flatMap((i) => js.map((j) => [i, j] as const));
  return {
    name: `dot${RI}x${RJ}`,
    params: 'K:i32 a:i32 lda:i32 b:i32 ldb:i32 c:i32 ldc:i32',
    locals: `ke:i32 k:i32 ${names('pa', RI, 'i32')} ${names('pb', RJ, 'i32')} ${names('va', RI, 'v128')} ${names('vb', RJ, 'v128')} ${ij.map(([i, j]) => `s${i}${j}:v128`).join(' ')} t:f64 pc:i32`,
    body: `${get('K')} i32.const -2 i32.and i32.const 3 i32.shl ${set('ke')}
      ${is.map((i) => `${get('a')} ${get('lda')} i32.const ${i} i32.mul i32.add ${set(`pa${i}`)}`).join(' ')}
      ${js.map((j) => `${get('b')} ${get('ldb')} i32.const ${j} i32.mul i32.add ${set(`pb${j}`)}`).join(' ')}
      ${ij.map(([i, j]) => zero(`s${i}${j}`)).join(' ')}
      i32.const 0 ${set('k')}
      block $kd loop $kl
        ${get('k')} ${get('ke')} i32.ge_u br_if $kd
        ${is.map((i) => `${get(`pa${i}`)} ${get('k')} i32.add v128.load ${set(`va${i}`)}`).join(' ')}
        ${js.map((j) => `${get(`pb${j}`)} ${get('k')} i32.add v128.load ${set(`vb${j}`)}`).join(' ')}
        ${ij.map(([i, j]) => `${get(`s${i}${j}`)} ${get(`va${i}`)} ${get(`vb${j}`)} f64x2.mul f64x2.add ${set(`s${i}${j}`)}`).join('\n')}
        ${inc('k', 'i32.const 16')} br $kl
      end end
      ${ij
        .map(
          ([i, j]) => `${hsum(`s${i}${j}`, 't')}
        ${get('K')} i32.const 1 i32.and if
          ${get('t')} ${get(`pa${i}`)} ${get('ke')} i32.add f64.load ${get(`pb${j}`)} ${get('ke')} i32.add f64.load f64.mul f64.add ${set('t')}
        end
        ${get('c')} ${get('ldc')} i32.const ${i} i32.mul i32.add ${set('pc')}
        ${get('pc')} ${get('pc')} f64.load offset=${8 * j} ${get('t')} f64.add f64.store offset=${8 * j}`,
        )
        .join('\n')}`,
  };
}

/** One RI × (2·RJ) tile of C += Σ_k A[i·ais + k·aks] B[k, j] with vectors along j; RJ = 0 means one scalar column. */
function axpyTile(RI: number, RJ: number): WasmFunc {
  const is = range(RI);
  const scalar = RJ === 0;
  const js = range(scalar ? 1 : RJ);
  const ij = is.flatMap((i) => js.map((j) => [i, j] as const));
  const ty = scalar ? 'f64' : 'v128';
  const [load, store, add, mul] = scalar
    ? ['f64.load', 'f64.store', 'f64.add', 'f64.mul']
    : ['v128.load', 'v128.store', 'f64x2.add', 'f64x2.mul'];
  const w = scalar ? 8 : 16;
  return {
    name: scalar ? `axpy${RI}s` : `axpy${RI}x${RJ}`,
    params: 'K:i32 a:i32 ais:i32 aks:i32 b:i32 ldb:i32 c:i32 ldc:i32',
    locals: `k:i32 pc:i32 ${names('sa', RI, ty)} ${names('vb', js.length, ty)} ${ij.map(([i, j]) => `s${i}${j}:${ty}`).join(' ')}`,
    body: `${ij.map(([i, j]) => (scalar ? `f64.const 0 ${set(`s${i}${j}`)}` : zero(`s${i}${j}`))).join(' ')}
      ${get('K')} ${set('k')}
      block $kd loop $kl
        ${get('k')} i32.const 1 i32.lt_s br_if $kd
        ${is.map((i) => `${get('a')} ${i ? `${get('ais')} i32.const ${i} i32.mul i32.add` : ''} f64.load ${scalar ? '' : 'f64x2.splat'} ${set(`sa${i}`)}`).join(' ')}
        ${js.map((j) => `${get('b')} ${load} offset=${w * j} ${set(`vb${j}`)}`).join(' ')}
        ${ij.map(([i, j]) => `${get(`s${i}${j}`)} ${get(`sa${i}`)} ${get(`vb${j}`)} ${mul} ${add} ${set(`s${i}${j}`)}`).join('\n')}
        ${inc('a', get('aks'))} ${inc('b', get('ldb'))} ${get('k')} i32.const 1 i32.sub ${set('k')} br $kl
      end end
      ${is
        .map(
          (i) => `${get('c')} ${get('ldc')} i32.const ${i} i32.mul i32.add ${set('pc')}
        ${js.map((j) => `${get('pc')} ${get('pc')} ${load} offset=${w * j} ${get(`s${i}${j}`)} ${add} ${store} offset=${w * j}`).join(' ')}`,
        )
        .join('\n')}`,
  };
}

/** Loop `while M >= RI` over row blocks of a gemm driver; `cols` emits the column sweep of one block. */
function rowBlocks(RI: number, cols: (RI: number) => string, aStep: string): string {
  return `block $m${RI} loop $ml${RI}
    ${get('M')} i32.const ${RI} i32.lt_s br_if $m${RI}
    ${get('N')} ${set('j')} ${get('B')} ${set('pb')} ${get('C')} ${set('pc')}
    ${cols(RI)}
    ${inc('A', `${aStep} i32.const ${RI} i32.mul`)} ${inc('C', `${get('ldc')} i32.const ${RI} i32.mul`)}
    ${get('M')} i32.const ${RI} i32.sub ${set('M')} br $ml${RI}
  end end`;
}

/** `while j >= n: call f(args); pb += bStep; pc += cStep; j -= n`. */
function colSweep(label: string, n: number, call: string, bStep: string, cStep: number): string {
  return `block $${label} loop $${label}l
    ${get('j')} i32.const ${n} i32.lt_s br_if $${label}
    ${call}
    ${inc('pb', bStep)} ${inc('pc', `i32.const ${cStep}`)} ${get('j')} i32.const ${n} i32.sub ${set('j')} br $${label}l
  end end`;
}

export const GEMM_DOT: WasmFunc = {
  name: 'gemmDot',
  params: 'M:i32 N:i32 K:i32 A:i32 lda:i32 B:i32 ldb:i32 C:i32 ldc:i32',
  locals: 'j:i32 pb:i32 pc:i32',
  body: [2, 1]
    .map((RI) =>
      rowBlocks(
        RI,
        (ri) => {
          const args = (rj: number) =>
            `${get('K')} ${get('A')} ${get('lda')} ${get('pb')} ${get('ldb')} ${get('pc')} ${get('ldc')} call $dot${ri}x${rj}`;
          return `${colSweep(`c4r${ri}`, 4, args(4), `${get('ldb')} i32.const 4 i32.mul`, 32)}
          ${colSweep(`c1r${ri}`, 1, args(1), get('ldb'), 8)}`;
        },
        get('lda'),
      ),
    )
    .join('\n'),
};

export const GEMM_AXPY: WasmFunc = {
  name: 'gemmAxpy',
  params: 'M:i32 N:i32 K:i32 A:i32 ais:i32 aks:i32 B:i32 ldb:i32 C:i32 ldc:i32',
  locals: 'j:i32 pb:i32 pc:i32',
  body: [2, 1]
    .map((RI) =>
      rowBlocks(
        RI,
        (ri) => {
          const args = (f: string) =>
            `${get('K')} ${get('A')} ${get('ais')} ${get('aks')} ${get('pb')} ${get('ldb')} ${get('pc')} ${get('ldc')} call $${f}`;
          return `${colSweep(`c8r${ri}`, 8, args(`axpy${ri}x4`), 'i32.const 64', 64)}
          ${colSweep(`c2r${ri}`, 2, args(`axpy${ri}x1`), 'i32.const 16', 16)}
          ${colSweep(`c1r${ri}`, 1, args(`axpy${ri}s`), 'i32.const 8', 8)}`;
        },
        get('ais'),
      ),
    )
    .join('\n'),
};

/** The tile functions the two drivers call. */
export const GEMM_TILES: WasmFunc[] = [
  dotTile(2, 4),
  dotTile(2, 1),
  dotTile(1, 4),
  dotTile(1, 1),
  axpyTile(2, 4),
  axpyTile(2, 1),
  axpyTile(2, 0),
  axpyTile(1, 4),
  axpyTile(1, 1),
  axpyTile(1, 0),
];
