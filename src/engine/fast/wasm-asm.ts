/**
 * A tiny assembler for the flat WebAssembly text the SIMD kernels are written in (wasm-kernels.ts):
 * one instruction per token group, named locals and labels, `;;` comments. Only the instructions the
 * kernels use are known. The module imports its memory as env.mem and exports every function.
 */

export interface WasmFunc {
  name: string;
  /** e.g. 'w:i32 rows:i32 lr:f64' */
  params: string;
  /** e.g. 'c:i32 a0:v128' */
  locals: string;
  body: string;
  /** 'f64' for a function that leaves one f64 on the stack; none by default. */
  result?: 'f64';
}

/** A function imported from JS as env.NAME (e.g. Math.exp), callable by name. */
export interface WasmImport {
  name: string;
  params: string;
  result?: 'f64';
}

const TYPE: Record<string, number> = { i32: 0x7f, f64: 0x7c, v128: 0x7b };

// Plain opcodes (no immediate).
const PLAIN: Record<string, number[]> = {
  'i32.eqz': [0x45],
  'i32.eq': [0x46],
  'i32.ne': [0x47],
  'i32.lt_s': [0x48],
  'i32.lt_u': [0x49],
  'i32.gt_s': [0x4a],
  'i32.gt_u': [0x4b],
  'i32.le_s': [0x4c],
  'i32.ge_s': [0x4e],
  'i32.ge_u': [0x4f],
  'i32.add': [0x6a],
  'i32.sub': [0x6b],
  'i32.mul': [0x6c],
  'i32.and': [0x71],
  'i32.or': [0x72],
  'i32.shl': [0x74],
  'f64.neg': [0x9a],
  'f64.sqrt': [0x9f],
  'f64.add': [0xa0],
  'f64.sub': [0xa1],
  'f64.mul': [0xa2],
  'f64.div': [0xa3],
  'f64.min': [0xa4],
  'f64.max': [0xa5],
  'f64x2.splat': [0xfd, 0x14],
  'f64x2.neg': [0xfd, 0xed, 0x01],
  'f64x2.sqrt': [0xfd, 0xef, 0x01],
  'f64x2.add': [0xfd, 0xf0, 0x01],
  'f64x2.sub': [0xfd, 0xf1, 0x01],
  'f64x2.mul': [0xfd, 0xf2, 0x01],
  'f64x2.div': [0xfd, 0xf3, 0x01],
  'f64x2.min': [0xfd, 0xf4, 0x01],
  'f64x2.max': [0xfd, 0xf5, 0x01],
  return: [0x0f],
  drop: [0x1a],
  select: [0x1b],
  'f64.eq': [0x61],
  'f64.ne': [0x62],
  'f64.lt': [0x63],
  'f64.gt': [0x64],
  'f64.le': [0x65],
  'f64.ge': [0x66],
  'f64.abs': [0x99],
  'f64.copysign': [0xa6],
  'i32.trunc_f64_s': [0xaa],
  'f64.convert_i32_s': [0xb7],
  'i64.extend_i32_s': [0xac],
  'i64.shl': [0x86],
  'f64.reinterpret_i64': [0xbf],
  else: [0x05],
};
// Memory access: opcode bytes and log2 of the natural alignment; immediate `offset=N`.
const MEM: Record<string, [number[], number]> = {
  'i32.load': [[0x28], 2],
  'f64.load': [[0x2b], 3],
  'f64.store': [[0x39], 3],
  'v128.load': [[0xfd, 0x00], 3],
  'v128.store': [[0xfd, 0x0b], 3],
};

function uleb(n: number, out: number[]): void {
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
}

function sleb(n: number, out: number[]): void {
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0)) return void out.push(b);
    out.push(b | 0x80);
  }
}

function vec(items: number[][]): number[] {
  const out: number[] = [];
  uleb(items.length, out);
  for (const it of items) out.push(...it);
  return out;
}

function str(s: string): number[] {
  const b = [...new TextEncoder().encode(s)];
  return [...lenOf(b), ...b];
}

function lenOf(b: number[]): number[] {
  return uleb1(b.length);
}

function section(id: number, body: number[]): number[] {
  return [id, ...lenOf(body), ...body];
}

function decls(spec: string): [string, string][] {
  return spec
    .split(/\s+/)
    .filter(Boolean)
    .map((d) => d.split(':') as [string, string]);
}

/** Assembles one function body; `funcs` maps names to indices for `call`. */
function assembleBody(f: WasmFunc, funcs: Map<string, number>): number[] {
  const names = [...decls(f.params), ...decls(f.locals)];
  const local = new Map(names.map(([n], i) => [n, i]));
  const labels: (string | null)[] = [];
  const code: number[] = [];
  const lines = f.body
    .split('\n')
    .map((l) => l.replace(/;;.*$/, '').trim())
    .filter(Boolean);
  const tokens = lines.join(' ').split(/\s+/);
  const arg = (k: number, what: string): string => {
    const t = tokens[k];
    if (t === undefined) throw new Error(`${f.name}: ${what} expects an argument`);
    return t;
  };
  const depth = (t: string): number => {
    const d = labels.lastIndexOf(t);
    if (d < 0) throw new Error(`${f.name}: unknown label ${t}`);
    return labels.length - 1 - d;
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t in PLAIN) code.push(...PLAIN[t]);
    else if (t in MEM) {
      const [op, align] = MEM[t];
      let offset = 0;
      if (tokens[k + 1]?.startsWith('offset=')) offset = Number(tokens[++k].slice(7));
      code.push(...op, align);
      uleb(offset, code);
    } else if (t === 'block' || t === 'loop' || t === 'if') {
      code.push(t === 'block' ? 0x02 : t === 'loop' ? 0x03 : 0x04, 0x40);
      labels.push(tokens[k + 1]?.startsWith('$') ? tokens[++k] : null);
    } else if (t === 'end') {
      labels.pop();
      code.push(0x0b);
    } else if (t === 'br' || t === 'br_if') {
      code.push(t === 'br' ? 0x0c : 0x0d);
      uleb(depth(arg(++k, t)), code);
    } else if (t === 'local.get' || t === 'local.set' || t === 'local.tee') {
      const n = arg(++k, t).replace(/^\$/, '');
      const ix = local.get(n);
      if (ix === undefined) throw new Error(`${f.name}: unknown local ${n}`);
      code.push(t === 'local.get' ? 0x20 : t === 'local.set' ? 0x21 : 0x22);
      uleb(ix, code);
    } else if (t === 'call') {
      const ix = funcs.get(arg(++k, t).replace(/^\$/, ''));
      if (ix === undefined) throw new Error(`${f.name}: unknown function ${tokens[k]}`);
      code.push(0x10);
      uleb(ix, code);
    } else if (t === 'i32.const') {
      code.push(0x41);
      sleb(Number(arg(++k, t)), code);
    } else if (t === 'i64.const') {
      code.push(0x42);
      sleb(Number(arg(++k, t)), code);
    } else if (t === 'f64.const') {
      code.push(0x44, ...new Uint8Array(new Float64Array([Number(arg(++k, t))]).buffer));
    } else if (t === 'f64x2.extract_lane') {
      code.push(0xfd, 0x21, Number(arg(++k, t)));
    } else throw new Error(`${f.name}: unknown instruction '${t}'`);
  }
  if (labels.length !== 0) throw new Error(`${f.name}: unclosed block`);
  const groups = decls(f.locals).map(([, ty]) => [1, TYPE[ty]]);
  const body = [...vec(groups), ...code, 0x0b];
  return [...lenOf(body), ...body];
}

/** The binary module: memory imported as env.mem, `imports` as env.NAME, every function exported under its name. */
export function assemble(funcs: WasmFunc[], imports: WasmImport[] = []): Uint8Array {
  const index = new Map([...imports, ...funcs].map((f, i) => [f.name, i]));
  const type = (f: WasmImport) => [
    0x60,
    ...vec(decls(f.params).map(([, ty]) => [TYPE[ty]])),
    ...(f.result ? [1, TYPE[f.result]] : [0]),
  ];
  const all = [...imports, ...funcs];
  const importEntries = [
    [...str('env'), ...str('mem'), 0x02, 0x00, 0x01],
    ...imports.map((f, i) => [...str('env'), ...str(f.name), 0x00, ...uleb1(i)]),
  ];
  const bytes = [
    0x00,
    0x61,
    0x73,
    0x6d,
    0x01,
    0x00,
    0x00,
    0x00,
    ...section(1, vec(all.map(type))),
    ...section(2, vec(importEntries)),
    ...section(3, vec(funcs.map((_, i) => uleb1(imports.length + i)))),
    ...section(7, vec(funcs.map((f, i) => [...str(f.name), 0x00, ...uleb1(imports.length + i)]))),
    ...section(10, vec(funcs.map((f) => assembleBody(f, index)))),
  ];
  return new Uint8Array(bytes);
}

function uleb1(n: number): number[] {
  const out: number[] = [];
  uleb(n, out);
  return out;
}

// Helpers for writing kernel text.
export const range = (n: number) => [...Array(n).keys()];
export const get = (n: string) => `local.get $${n}`;
export const set = (n: string) => `local.set $${n}`;
/** n ← n + (code that pushes an i32). */
export const inc = (n: string, by: string) => `${get(n)} ${by} i32.add ${set(n)}`;
/** Locals p0 … p{n−1} of one type, e.g. names('a', 2, 'v128') = 'a0:v128 a1:v128'. */
export const names = (p: string, n: number, ty: string) =>
  range(n)
    .map((k) => `${p}${k}:${ty}`)
    .join(' ');
