import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTrace } from '../cli/trace';
import { initModel } from './init';
import { EngineError } from './model';
import { MAX_DEPTH, nestingDepth, readModelBytes } from './modelCheck';
import { serializeModel } from './modelFile';

const utf8 = (s: string) => new TextEncoder().encode(s);
const good = () =>
  serializeModel(
    initModel({ cell: 'rnn', activation: 'linear', vocab: ['h', 'e', 'l', 'o'], hiddenSize: 3, seed: 2 }),
  );

/** What the page says about these bytes (the message of readModelBytes), or null if they load. */
function pageMessage(bytes: Uint8Array): string | null {
  try {
    readModelBytes(bytes);
    return null;
  } catch (e) {
    expect(e).toBeInstanceOf(EngineError);
    return (e as Error).message;
  }
}

const dir = mkdtempSync(join(tmpdir(), 'unrolled-check-'));
/** What the CLI prints on stderr for a file of these bytes. */
function cliMessage(bytes: Uint8Array, name: string): string | null {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const r = runTrace(['--model', path, '--input', 'hell']);
  return r.code === 0 ? null : r.stderr.trimEnd();
}

function utf16(s: string): Uint8Array {
  const out = new Uint8Array(2 + 2 * s.length);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let k = 0; k < s.length; k++) {
    out[2 + 2 * k] = s.charCodeAt(k) & 0xff;
    out[3 + 2 * k] = s.charCodeAt(k) >> 8;
  }
  return out;
}

const whh1e200 = () => {
  const f = good();
  (f.weights.Whh as number[][])[0][0] = 1e200;
  (f.weights.Wxh as number[][])[0][0] = 1e200;
  return f;
};

const deep = (n: number) => utf8(`{"format":"unrolled-model","x":${'['.repeat(n)}${']'.repeat(n)}}`);

const cases: [string, Uint8Array, string][] = [
  ['a UTF-16 file', utf16(JSON.stringify(good())), 'model file is UTF-16'],
  [
    'a stray byte',
    Uint8Array.from([...utf8('{"a":"'), 0xc3, 0x28, ...utf8('"}')]),
    'model file is not UTF-8 (byte 6 is 0xc3)',
  ],
  [
    'six levels of nesting',
    deep(5),
    `nests arrays and objects 6 levels deep; the format has at most ${MAX_DEPTH}`,
  ],
  ['100,000 levels of nesting', deep(100_000), 'nests arrays and objects 100001 levels deep'],
  [
    'Whh = 1e200 in a linear RNN',
    utf8(JSON.stringify(whh1e200())),
    "the model's forward pass is not finite: h at step",
  ],
];

describe('one model-file validator for the page and the CLI', () => {
  for (const [what, bytes, message] of cases)
    it(`refuses ${what} with the same message in the page and the CLI`, () => {
      const page = pageMessage(bytes);
      expect(page).toContain(message);
      expect(cliMessage(bytes, `${what.replace(/\W+/g, '-')}.json`)).toBe(page);
    });

  it('loads a good file, with or without a UTF-8 byte-order mark, in both', () => {
    const text = JSON.stringify(good());
    expect(pageMessage(utf8(text))).toBeNull();
    expect(pageMessage(utf8(`\uFEFF${text}`))).toBeNull();
    expect(cliMessage(utf8(`\uFEFF${text}`), 'bom.json')).toBeNull();
  });

  it('measures nesting outside strings only', () => {
    expect(nestingDepth('{"a":"[[[[[[[[","b":[[1]]}')).toBe(3);
    expect(nestingDepth('{"a":"\\"[[[[[["}')).toBe(1);
  });
});
