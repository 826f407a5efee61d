/**
 * One validator for the page and the CLI (engine/modelCheck.ts), over thousands of mutated model files:
 * every file is either a lesson (its forward and backward pass finite) or refused with an EngineError
 * — never another exception — and the CLI refuses it with the same message the page shows.
 * FUZZ=1 runs ten times as many.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CELL_TYPES, EngineError, type Model } from '../engine/model';
import { readModelBytes } from '../engine/modelCheck';
import { serializeModel } from '../engine/modelFile';
import { randomModel } from '../engine/testing';
import { buildTrace } from '../engine/trace';
import { runTrace } from './trace';

const RUNS = Number(process.env.FUZZ) ? 20_000 : 2_000;
const utf8 = new TextEncoder();

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** The paths of every node of a JSON tree (keys and indices). */
function paths(
  v: Json,
  at: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  out.push(at);
  if (Array.isArray(v)) for (const [k, x] of v.entries()) paths(x, [...at, k], out);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

/** v with the node at path replaced by f(node) (undefined deletes it). */
function edit(v: Json, path: (string | number)[], f: (node: Json) => Json | undefined): Json {
  if (path.length === 0) return f(v) ?? null;
  const [head, ...rest] = path;
  if (Array.isArray(v)) {
    const copy = [...v];
    const next = rest.length === 0 ? f(copy[head as number]) : edit(copy[head as number], rest, f);
    if (next === undefined) copy.splice(head as number, 1);
    else copy[head as number] = next;
    return copy;
  }
  const obj = { ...(v as Record<string, Json>) };
  const next = rest.length === 0 ? f(obj[head as string]) : edit(obj[head as string], rest, f);
  if (next === undefined) delete obj[head as string];
  else obj[head as string] = next;
  return obj;
}

const weird: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, '', 'x', [], {}, 0, -1, 1e308, 5e-324, 'NaN', [[]], [[1, 2], [3]]),
  fc.double() as fc.Arbitrary<Json>,
  fc.string({ maxLength: 3 }) as fc.Arbitrary<Json>,
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

type Mutation =
  | { kind: 'replace'; pick: number; value: Json }
  | { kind: 'delete'; pick: number }
  | { kind: 'scale'; pick: number; by: number }
  | { kind: 'extra'; key: string; value: Json }
  | { kind: 'truncate'; at: number }
  | { kind: 'byte'; at: number; byte: number }
  | { kind: 'nest'; depth: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), pick: fc.nat(), value: weird }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('scale' as const),
    pick: fc.nat(),
    by: fc.constantFrom(1e3, 1e155, -1e300, 1e308),
  }),
  fc.record({ kind: fc.constant('extra' as const), key: fc.string({ maxLength: 6 }), value: weird }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('byte' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('nest' as const), depth: fc.integer({ min: 1, max: 40 }) }),
);

const arbFile = fc.record({
  cell: fc.constantFrom(...CELL_TYPES),
  V: fc.integer({ min: 1, max: 5 }),
  H: fc.integer({ min: 1, max: 4 }),
  seed: fc.integer({ min: 0, max: 1_000_000 }),
  mutations: fc.array(mutation, { minLength: 0, maxLength: 3 }),
});

/** A model file's bytes after the mutations (tree edits first, then byte-level ones). */
function fileBytes(c: typeof arbFile extends fc.Arbitrary<infer T> ? T : never): Uint8Array {
  let json = serializeModel(randomModel(c.cell, c.V, c.H, c.seed, 0.8)) as unknown as Json;
  for (const m of c.mutations) {
    const all = paths(json);
    if (m.kind === 'replace') json = edit(json, all[m.pick % all.length], () => m.value);
    else if (m.kind === 'delete') json = edit(json, all[m.pick % all.length], () => undefined);
    else if (m.kind === 'scale')
      json = edit(json, all[m.pick % all.length], (n) => (typeof n === 'number' ? n * m.by : n));
    else if (m.kind === 'extra' && json && typeof json === 'object' && !Array.isArray(json))
      json = { ...json, [m.key]: m.value };
    else if (m.kind === 'nest') for (let d = 0; d < m.depth; d++) json = [json];
  }
  let bytes = utf8.encode(JSON.stringify(json));
  for (const m of c.mutations) {
    if (m.kind === 'truncate') bytes = bytes.slice(0, m.at % (bytes.length + 1));
    else if (m.kind === 'byte' && bytes.length > 0) {
      bytes = Uint8Array.from(bytes);
      bytes[m.at % bytes.length] = m.byte;
    }
  }
  return bytes;
}

/** What the CLI says of the same bytes (read from memory instead of a file), on input text. */
function cliSays(bytes: Uint8Array, input: string): { code: number; text: string } {
  const r = runTrace(['--model', 'model.json', '--input', input], () => bytes);
  return r.code === 0 ? { code: 0, text: r.stdout } : { code: 2, text: r.stderr };
}

describe('the model-file validator (page = CLI), over mutated files', () => {
  it(`accepts a file only when its pass is finite, refuses with an EngineError otherwise, and the CLI says the same (${RUNS} runs)`, () => {
    let accepted = 0;
    fc.assert(
      fc.property(arbFile, (c) => {
        const bytes = fileBytes(c);
        let pageMessage: string | null = null;
        let model: Model | null = null;
        try {
          model = readModelBytes(bytes);
        } catch (e) {
          expect(e).toBeInstanceOf(EngineError);
          pageMessage = (e as Error).message;
          expect(pageMessage.length).toBeGreaterThan(10);
        }
        let input = 'a';
        if (model) {
          accepted++;
          input = model.vocab[0].repeat(2); // two characters: one step with a target
          // the validator's promise: a pass over the vocabulary in order is finite, forward and backward
          // (no check can promise every text: weights near 1e308 overflow on a long enough one)
          const V = model.vocab.length;
          const xs = Array.from({ length: Math.min(64, V) }, (_, k) => k);
          const tr = buildTrace(
            model,
            xs,
            xs.map((x) => (x + 1) % V),
          );
          expect(Number.isFinite(tr.loss)).toBe(true);
          for (const g of Object.values(tr.grads)) expect(g.every(Number.isFinite)).toBe(true);
        }
        const cli = cliSays(bytes, input);
        if (pageMessage === null) expect(cli.code).toBe(0);
        else {
          expect(cli.code).toBe(2);
          expect(cli.text).toBe(`${pageMessage.replace(/\s*[\r\n]+\s*/g, ' ')}\n`);
        }
      }),
      { numRuns: RUNS, seed: 20261202 },
    );
    // the mutations leave some files valid (no mutation, or a harmless one): both sides are exercised
    expect(accepted).toBeGreaterThan(RUNS / 20);
    console.log(`[fuzz] model files: ${RUNS} runs, ${accepted} accepted, ${RUNS - accepted} refused`);
  });
});
