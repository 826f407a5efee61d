import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { initModel } from '../engine/init';
import type { CellType } from '../engine/model';
import { serializeModel } from '../engine/modelFile';
import { buildTrace } from '../engine/trace';
import type { TraceJson } from '../engine/traceJson';
import { runTrace } from './trace';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const EXACT = 1e-12; // absolute tolerance on float64 sums (loss total, Σp)
const dir = mkdtempSync(join(tmpdir(), 'unrolled-trace-'));
const VOCAB = ['h', 'e', 'l', 'o'];

function modelOf(cell: CellType, vocab = VOCAB, H = 3) {
  return initModel({ cell, vocab, hiddenSize: H, seed: 7, initialState: 'random' });
}

/** Writes a model file (an object, or raw text) to the temp dir and returns its path. */
function writeModel(name: string, content: unknown): string {
  const path = join(dir, `${name}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const files = {
  rnn: writeModel('rnn', serializeModel(modelOf('rnn'))),
  lstm: writeModel('lstm', serializeModel(modelOf('lstm'))),
  gru: writeModel('gru', serializeModel(modelOf('gru'))),
};

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI as a separate process, the way `npm run --silent trace -- …` does. */
function cli(args: string[], command = TSX, prefix: string[] = ['src/cli/trace.ts']): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...prefix, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const ix = (s: string, vocab = VOCAB) => Array.from(s, (c) => vocab.indexOf(c));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.concurrent('the trace command (separate processes)', { timeout: 60_000 }, () => {
  for (const cell of ['rnn', 'lstm', 'gru'] as const) {
    it(`${cell}: --input hello prints one JSON object with steps h→e, e→l, l→l, l→o and nothing on stderr`, async ({
      expect,
    }) => {
      const r = await cli(['--model', files[cell], '--input', 'hello']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout.endsWith('}\n')).toBe(true);
      const out = JSON.parse(r.stdout) as TraceJson;
      expect(out.cell).toBe(cell);
      expect(out.steps.map((s) => `${s.t}${s.input}${s.target}`)).toEqual(['1he', '2el', '3ll', '4lo']);
      const sum = out.steps.reduce((a, s) => a + s.loss, 0);
      expect(Math.abs(out.loss - sum)).toBeLessThan(EXACT);
      const trace = buildTrace(modelOf(cell), ix('hell'), ix('ello'));
      expect(Math.abs(out.loss - trace.loss)).toBeLessThan(EXACT);
      for (const s of out.steps) {
        expect(Math.abs(s.p.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(EXACT);
        expect([s.h.length, s.y.length, s.p.length, s.dh.length]).toEqual([3, 4, 4, 3]);
      }
      expect(out.grads[cell === 'rnn' ? 'Whh' : 'Whh_g']).toHaveLength(3);
      expect(out.grads.Why).toEqual(
        Array.from({ length: 4 }, (_, r) => Array.from(trace.grads.Why.subarray(3 * r, 3 * r + 3))),
      );
      expect(out.dh0).toEqual(Array.from(trace.dh0));
      const step = out.steps[0] as unknown as Record<string, unknown>;
      if (cell === 'lstm') {
        expect(Object.keys(step.gates as object)).toEqual(['f', 'i', 'o', 'g']);
        expect([(step.c as number[]).length, (step.dc as number[]).length, out.dc0?.length]).toEqual([
          3, 3, 3,
        ]);
      } else {
        expect(step).not.toHaveProperty('c');
        expect(step).not.toHaveProperty('dc');
        expect(out).not.toHaveProperty('dc0');
        if (cell === 'gru') expect(Object.keys(step.gates as object)).toEqual(['z', 'r', 'g']);
        else expect(step).not.toHaveProperty('gates');
      }
    });
  }

  it('--target gives explicit targets, and --flag=value is accepted', async ({ expect }) => {
    const r = await cli([`--model=${files.lstm}`, '--input=hel', '--target=ooo']);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as TraceJson;
    expect(out.steps.map((s) => `${s.input}${s.target}`)).toEqual(['ho', 'eo', 'lo']);
  });

  it('Hangul syllables are single characters and come back unchanged as input and target', async ({
    expect,
  }) => {
    const vocab = ['안', '녕', '하', '세', '요'];
    const path = writeModel('hangul', serializeModel(modelOf('gru', vocab)));
    const r = await cli(['--model', path, '--input', '안녕하세요']);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as TraceJson;
    expect(out.steps.map((s) => [s.input, s.target])).toEqual([
      ['안', '녕'],
      ['녕', '하'],
      ['하', '세'],
      ['세', '요'],
    ]);
    const expected = buildTrace(modelOf('gru', vocab), ix('안녕하세', vocab), ix('녕하세요', vocab)).loss;
    expect(Math.abs(out.loss - expected)).toBeLessThan(EXACT);
  });

  it('U+1F600 is a single character and comes back unchanged as input and target', async ({ expect }) => {
    const vocab = ['a', '😀', ' '];
    const path = writeModel('emoji', serializeModel(modelOf('lstm', vocab)));
    const r = await cli(['--model', path, '--input', 'a😀 😀', '--target', '😀 😀a']);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as TraceJson;
    expect(out.steps.map((s) => s.input)).toEqual(['a', '😀', ' ', '😀']);
    expect(out.steps.map((s) => s.target)).toEqual(['😀', ' ', '😀', 'a']);
  });

  it('a large trace is written to a pipe in full (no truncation at exit)', async ({ expect }) => {
    const vocab = Array.from('abcdefghijklmnopqrstuvwxyz');
    const path = writeModel('large', serializeModel(modelOf('lstm', vocab, 48)));
    const text = 'thequickbrownfoxjumpsoverthelazydog'.repeat(8);
    const r = await cli(['--model', path, '--input', text]);
    expect(r.stdout.length).toBeGreaterThan(1_000_000);
    expect((JSON.parse(r.stdout) as TraceJson).steps).toHaveLength(text.length - 1);
  });

  it('npm run --silent trace prints only the JSON object and nothing on stderr', async ({ expect }) => {
    const r = await cli(['--model', files.rnn, '--input', 'hello'], 'npm', [
      'run',
      '--silent',
      'trace',
      '--',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toHaveLength(2); // one line plus the final newline
    expect((JSON.parse(r.stdout) as TraceJson).steps).toHaveLength(4);
  });

  const bad: [string, () => string[], string][] = [
    [
      'an unknown input character',
      () => ['--model', files.rnn, '--input', 'hexlo'],
      "input character 'x' at position 3 is not in the vocabulary",
    ],
    [
      'an unknown target character',
      () => ['--model', files.rnn, '--input', 'hel', '--target', 'eqo'],
      "target character 'q' at position 2 is not in the vocabulary",
    ],
    ['an empty input', () => ['--model', files.rnn, '--input', ''], 'input is empty'],
    [
      'a one-character input without target',
      () => ['--model', files.rnn, '--input', 'h'],
      'fewer than one step',
    ],
    [
      'a target of another length',
      () => ['--model', files.rnn, '--input', 'hell', '--target', 'ell'],
      'input has 4 characters but target has 3',
    ],
    [
      'a model with a wrong shape',
      () => [
        '--model',
        writeModel('shape', { ...serializeModel(modelOf('rnn')), h0: [0, 0] }),
        '--input',
        'he',
      ],
      'h0 has length 2, expected 3',
    ],
    [
      'a model file that is not JSON',
      () => ['--model', writeModel('notjson', '{"format": "unrolled-model",\n'), '--input', 'he'],
      'model file is not valid JSON',
    ],
    [
      'a missing model file',
      () => ['--model', join(dir, 'missing.json'), '--input', 'he'],
      'cannot read model file',
    ],
    [
      'an unknown option',
      () => ['--model', files.rnn, '--input', 'he', '--verbose'],
      'unknown option --verbose',
    ],
    ['an option without its value', () => ['--model', files.rnn, '--input'], 'option --input needs a value'],
    ['no --model', () => ['--input', 'he'], 'missing option --model'],
  ];
  for (const [what, args, message] of bad) {
    it(`${what}: exit 2, nothing on stdout, one line on stderr saying "${message}"`, async ({ expect }) => {
      const r = await cli(args());
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^[^\n]+\n$/);
      expect(r.stderr).toContain(message);
    });
  }
});

describe('runTrace (in process): every model problem is exit 2 with its message', () => {
  const base = serializeModel(modelOf('rnn')) as unknown as Record<string, unknown>;
  const lstm = serializeModel(modelOf('lstm')) as unknown as Record<string, unknown>;
  const cases: [string, unknown, string][] = [
    ['an unknown cell', { ...base, cell: 'xyz' }, "unknown cell 'xyz'"],
    ['a wrong format', { ...base, format: 'other' }, 'format must be "unrolled-model"'],
    ['a wrong version', { ...base, version: 2 }, 'unsupported version 2'],
    ['an unknown activation', { ...base, activation: 'swish' }, "unknown activation 'swish'"],
    [
      'an activation on an lstm',
      { ...lstm, activation: 'tanh' },
      '"activation" is only allowed for rnn models',
    ],
    ['c0 on an rnn', { ...base, c0: [0, 0, 0] }, '"c0" is only allowed for lstm models'],
    ['a c0 of the wrong length', { ...lstm, c0: [0] }, 'c0 has length 1, expected 3'],
    [
      'an unknown weight',
      { ...base, weights: { ...(base.weights as object), Wxx: [[0]] } },
      "unknown weight 'Wxx'",
    ],
    [
      'a missing weight',
      { ...base, weights: { ...(base.weights as object), by: undefined } },
      "missing weight 'by'",
    ],
    [
      'a wrong shape',
      {
        ...base,
        weights: {
          ...(base.weights as object),
          Whh: [
            [0, 0, 0, 0],
            [0, 0, 0, 0],
            [0, 0, 0, 0],
          ],
        },
      },
      "weight 'Whh' has shape [3][4], expected [3][3]",
    ],
    [
      'a non-number entry',
      { ...base, weights: { ...(base.weights as object), bh: [0, 'x', 0] } },
      'weights.bh[1] is not a finite number',
    ],
    ['a duplicate vocab entry', { ...base, vocab: ['h', 'e', 'l', 'l'] }, "duplicate vocab entry 'l'"],
    [
      'a multi-character vocab entry',
      { ...base, vocab: ['h', 'e', 'll', 'o'] },
      "vocab entry 2 ('ll') is not exactly one character",
    ],
  ];
  for (const [what, model, message] of cases) {
    it(`${what} gives "${message}"`, () => {
      const r = runTrace(['--model', writeModel(what.replaceAll(' ', '-'), model), '--input', 'hello']);
      expect(r).toEqual({ code: 2, stderr: expect.stringContaining(message) });
      if (r.code === 2) expect(r.stderr).toMatch(/^[^\n]+\n$/);
    });
  }

  it('a valid run returns exit 0 and exactly one line of JSON', () => {
    const r = runTrace(['--model', files.gru, '--input', 'hello']);
    expect(r.code).toBe(0);
    if (r.code === 0) expect(r.stdout.indexOf('\n')).toBe(r.stdout.length - 1);
  });

  it('an option given twice is an error', () => {
    expect(runTrace(['--model', files.rnn, '--input', 'he', '--input', 'el'])).toEqual({
      code: 2,
      stderr: 'option --input is given more than once\n',
    });
  });

  it('an input starting with dashes can be passed as --input=--…', () => {
    const path = writeModel('dash', serializeModel(modelOf('rnn', ['-', 'a'])));
    expect(runTrace(['--model', path, '--input=--a']).code).toBe(0);
  });
});
