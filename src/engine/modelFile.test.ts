import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initModel } from './init';
import { HIDDEN_MAX, VOCAB_MAX } from './limits';
import { ACTIVATIONS, CELL_TYPES, type CellType, EngineError, type Model } from './model';
import { parseModel, parseModelText, serializeModel } from './modelFile';
import { randomModel } from './testing';
import { buildTrace } from './trace';

/** A valid rnn file (V = 2, H = 1) as a plain object, to be broken one field at a time. */
function tinyRnn(): Record<string, unknown> {
  return {
    format: 'unrolled-model',
    version: 1,
    cell: 'rnn',
    activation: 'tanh',
    vocab: ['a', 'b'],
    hiddenSize: 1,
    weights: { Wxh: [[0.5, -0.25]], Whh: [[0.75]], bh: [0.125], Why: [[1], [-1]], by: [0, 0.5] },
    h0: [0.1],
  };
}

function fileOf(cell: CellType, H = 3): Record<string, unknown> {
  return serializeModel(randomModel(cell, 4, H, 11)) as unknown as Record<string, unknown>;
}

function expectSame(a: Model, b: Model): void {
  expect(b.cell).toBe(a.cell);
  expect(b.activation).toBe(a.activation);
  expect(b.vocab).toEqual(a.vocab);
  expect(b.hiddenSize).toBe(a.hiddenSize);
  expect(Object.keys(b.weights).sort()).toEqual(Object.keys(a.weights).sort());
  for (const k of Object.keys(a.weights)) expect(Array.from(b.weights[k])).toEqual(Array.from(a.weights[k]));
  expect(Array.from(b.h0)).toEqual(Array.from(a.h0));
  expect(b.c0 === null ? null : Array.from(b.c0)).toEqual(a.c0 === null ? null : Array.from(a.c0));
}

function errorOf(json: unknown): string {
  try {
    parseModel(json);
  } catch (e) {
    expect(e).toBeInstanceOf(EngineError);
    return (e as Error).message;
  }
  throw new Error('parseModel accepted an invalid model');
}

describe('serializeModel and parseModel', () => {
  for (const cell of CELL_TYPES) {
    it(`a ${cell} model survives a round trip through JSON text bit for bit`, () => {
      const m = randomModel(cell, 5, 3, 42);
      expectSame(m, parseModelText(JSON.stringify(serializeModel(m))));
    });
  }

  it('random models of every cell, activation and size round-trip exactly (property)', () => {
    const arb = fc.record({
      cell: fc.constantFrom(...CELL_TYPES),
      activation: fc.constantFrom(...ACTIVATIONS),
      V: fc.integer({ min: 1, max: 6 }),
      H: fc.integer({ min: 1, max: 5 }),
      seed: fc.integer({ min: 0, max: 1e6 }),
    });
    fc.assert(
      fc.property(arb, ({ cell, activation, V, H, seed }) => {
        const m = randomModel(cell, V, H, seed, 3, cell === 'rnn' ? activation : 'tanh');
        expectSame(m, parseModelText(JSON.stringify(serializeModel(m))));
      }),
      { numRuns: 60 },
    );
  });

  it('writes matrices as arrays of rows W[row][col] and biases as plain arrays', () => {
    const m = initModel({ cell: 'rnn', vocab: ['a', 'b', 'c'], hiddenSize: 2, seed: 1 });
    const file = serializeModel(m);
    expect(file.weights.Wxh).toEqual([
      Array.from(m.weights.Wxh.subarray(0, 3)),
      Array.from(m.weights.Wxh.subarray(3, 6)),
    ]);
    expect(file.weights.bh).toEqual([0, 0]);
    expect(Object.keys(file.weights)).toEqual(['Wxh', 'Whh', 'bh', 'Why', 'by']);
  });

  it('writes activation only for rnn models and c0 only for lstm models', () => {
    expect(serializeModel(randomModel('rnn', 2, 2, 1))).toHaveProperty('activation', 'tanh');
    expect(serializeModel(randomModel('gru', 2, 2, 1))).not.toHaveProperty('activation');
    expect(serializeModel(randomModel('gru', 2, 2, 1))).not.toHaveProperty('c0');
    expect(serializeModel(randomModel('lstm', 2, 2, 1)).c0).toHaveLength(2);
  });

  it('reads the documented tiny example with the values in the right places', () => {
    const m = parseModel(tinyRnn());
    expect(Array.from(m.weights.Wxh)).toEqual([0.5, -0.25]);
    expect(Array.from(m.weights.Why)).toEqual([1, -1]);
    expect(Array.from(m.h0)).toEqual([0.1]);
    expect(m.c0).toBeNull();
  });

  it('defaults activation to tanh and h0 and c0 to zeros when they are absent', () => {
    const rnn = tinyRnn();
    delete rnn.activation;
    delete rnn.h0;
    expect(parseModel(rnn).activation).toBe('tanh');
    expect(Array.from(parseModel(rnn).h0)).toEqual([0]);
    const lstm = fileOf('lstm');
    delete lstm.h0;
    delete lstm.c0;
    expect(Array.from(parseModel(lstm).h0)).toEqual([0, 0, 0]);
    expect(Array.from(parseModel(lstm).c0 ?? [])).toEqual([0, 0, 0]);
  });

  it('accepts Hangul, emoji, space and newline as vocabulary characters', () => {
    const f = { ...tinyRnn(), vocab: ['한', '😀'] };
    expect(parseModel(f).vocab).toEqual(['한', '😀']);
    expect(parseModel({ ...tinyRnn(), vocab: [' ', '\n'] }).vocab).toEqual([' ', '\n']);
  });
});

describe('parseModel rejects every malformed file with a message naming the field', () => {
  const cases: [string, (f: Record<string, unknown>) => unknown, string][] = [
    ['a non-object', () => [1, 2], 'the model must be a JSON object'],
    ['a wrong format', (f) => ({ ...f, format: 'keras' }), 'format must be "unrolled-model"'],
    ['a missing format', (f) => ({ ...f, format: undefined }), 'format must be "unrolled-model"'],
    ['a newer version', (f) => ({ ...f, version: 2 }), 'unsupported version 2'],
    ['a missing version', (f) => ({ ...f, version: undefined }), 'version is missing (expected 1)'],
    ['an unknown cell', (f) => ({ ...f, cell: 'xyz' }), "unknown cell 'xyz'"],
    ['a missing cell', (f) => ({ ...f, cell: undefined }), 'cell is missing'],
    ['an unknown top-level field', (f) => ({ ...f, h_0: [0] }), "unknown field 'h_0'"],
    ['an unknown activation', (f) => ({ ...f, activation: 'swish' }), "unknown activation 'swish'"],
    ['c0 on an rnn', (f) => ({ ...f, c0: [0] }), '"c0" is only allowed for lstm models'],
    ['a vocab that is not an array', (f) => ({ ...f, vocab: 'ab' }), 'vocab must be a non-empty array'],
    ['an empty vocab', (f) => ({ ...f, vocab: [] }), 'vocab must be a non-empty array'],
    [
      'a two-character vocab entry',
      (f) => ({ ...f, vocab: ['a', 'b', 'ab'] }),
      "vocab entry 2 ('ab') is not exactly one character",
    ],
    [
      'an empty vocab entry',
      (f) => ({ ...f, vocab: ['a', ''] }),
      "vocab entry 1 ('') is not exactly one character",
    ],
    [
      'a number as vocab entry',
      (f) => ({ ...f, vocab: ['a', 7] }),
      'vocab entry 1 (7) is not exactly one character',
    ],
    ['a duplicate vocab entry', (f) => ({ ...f, vocab: ['l', 'l'] }), "duplicate vocab entry 'l'"],
    ['a zero hiddenSize', (f) => ({ ...f, hiddenSize: 0 }), 'hiddenSize must be a positive integer'],
    ['a fractional hiddenSize', (f) => ({ ...f, hiddenSize: 1.5 }), 'hiddenSize must be a positive integer'],
    ['a string hiddenSize', (f) => ({ ...f, hiddenSize: '1' }), 'hiddenSize must be a positive integer'],
    ['weights that are not an object', (f) => ({ ...f, weights: [] }), 'weights must be an object'],
    [
      'an unknown weight',
      (f) => ({ ...f, weights: { ...(f.weights as object), Wxx: [[1]] } }),
      "unknown weight 'Wxx'",
    ],
    [
      'a missing weight',
      (f) => ({ ...f, weights: { ...(f.weights as object), by: undefined } }),
      "missing weight 'by'",
    ],
    [
      'a matrix with too many columns',
      (f) => withWeight(f, 'Whh', [[1, 2]]),
      "weight 'Whh' has shape [1][2], expected [1][1]",
    ],
    [
      'a vector where a matrix belongs',
      (f) => withWeight(f, 'Wxh', [1, 2]),
      "weight 'Wxh' has shape [2], expected [1][2]",
    ],
    [
      'a matrix where a vector belongs',
      (f) => withWeight(f, 'by', [[1], [2]]),
      "weight 'by' has shape [2][1], expected [2]",
    ],
    [
      'ragged rows',
      (f) => withWeight(f, 'Why', [[1], [2, 3]]),
      "weight 'Why' has rows of different lengths, expected shape [2][1]",
    ],
    [
      'a number where a matrix belongs',
      (f) => withWeight(f, 'Whh', 3),
      "weight 'Whh' must be an array of shape [1][1]",
    ],
    ['a string entry', (f) => withWeight(f, 'Wxh', [[1, '2']]), 'weights.Wxh[0][1] is not a finite number'],
    ['a null bias entry', (f) => withWeight(f, 'by', [0, null]), 'weights.by[1] is not a finite number'],
    [
      'an infinite entry',
      (f) => withWeight(f, 'Why', [[1], [Number.POSITIVE_INFINITY]]),
      'weights.Why[1][0] is not a finite number',
    ],
    ['a NaN in h0', (f) => ({ ...f, h0: [Number.NaN] }), 'h0[0] is not a finite number'],
    ['an h0 of the wrong length', (f) => ({ ...f, h0: [0, 0] }), 'h0 has length 2, expected 1'],
    ['an h0 that is not an array', (f) => ({ ...f, h0: 0 }), 'h0 must be an array of 1 numbers'],
  ];
  for (const [what, breakIt, message] of cases) {
    it(`${what} gives "${message}"`, () => {
      expect(errorOf(breakIt(tinyRnn()))).toContain(message);
    });
  }

  it('an unknown weight lists the weights the cell expects', () => {
    const f = fileOf('gru');
    (f.weights as Record<string, unknown>).Wxh_f = [[0]];
    expect(errorOf(f)).toBe(
      "unknown weight 'Wxh_f' (gru weights are Wxh_z, Whh_z, bh_z, Wxh_r, Whh_r, bh_r, Wxh_g, Whh_g, bh_g, Why, by)",
    );
  });

  it('gated cells reject an activation, even tanh', () => {
    expect(errorOf({ ...fileOf('lstm'), activation: 'tanh' })).toBe(
      '"activation" is only allowed for rnn models',
    );
    expect(errorOf({ ...fileOf('gru'), activation: 'relu' })).toBe(
      '"activation" is only allowed for rnn models',
    );
  });

  it('a gru rejects c0 and an lstm checks the length of c0', () => {
    expect(errorOf({ ...fileOf('gru'), c0: [0, 0, 0] })).toBe('"c0" is only allowed for lstm models');
    expect(errorOf({ ...fileOf('lstm'), c0: [0, 0] })).toBe('c0 has length 2, expected 3');
  });

  it('an lstm missing one gate weight names that weight', () => {
    const f = fileOf('lstm');
    delete (f.weights as Record<string, unknown>).Whh_o;
    expect(errorOf(f)).toBe("missing weight 'Whh_o'");
  });

  it('a duplicate emoji is named as a single character', () => {
    expect(errorOf({ ...tinyRnn(), vocab: ['😀', '😀'] })).toBe("duplicate vocab entry '😀'");
  });
});

function withWeight(f: Record<string, unknown>, name: string, value: unknown): Record<string, unknown> {
  return { ...f, weights: { ...(f.weights as object), [name]: value } };
}

describe('parseModelText', () => {
  it('reads the example in docs/model-format.md, whose trace loss is the documented 1.7374488469841978', () => {
    const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'model-format.md'), 'utf8');
    const example = /```json\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    const m = parseModelText(example);
    expect(m.cell).toBe('rnn');
    const loss = buildTrace(m, [0, 1], [1, 0]).loss; // --input aba
    expect(Math.abs(loss - 1.7374488469841978)).toBeLessThan(1e-12);
  });

  it('reports malformed JSON in one line starting "model file is not valid JSON:"', () => {
    expect(() => parseModelText('{"format":\n"unrolled-model",\n}')).toThrow(
      /^model file is not valid JSON: [^\n]+$/,
    );
    expect(() => parseModelText('')).toThrow(EngineError);
  });

  it('ignores a leading byte-order mark', () => {
    expect(parseModelText(`\uFEFF${JSON.stringify(tinyRnn())}`).vocab).toEqual(['a', 'b']);
  });
});

describe('the one limit for H and V', () => {
  const file = (H: number, V = 2) =>
    serializeModel(
      initModel({
        cell: 'rnn',
        vocab: Array.from({ length: V }, (_, k) => String.fromCodePoint(0x4e00 + k)),
        hiddenSize: H,
        seed: 1,
      }),
    );
  it('refuses a model file with more hidden units than settings and links allow, naming the limit', () => {
    expect(() => parseModel(file(HIDDEN_MAX))).not.toThrow();
    expect(() => parseModel(file(HIDDEN_MAX + 1))).toThrow(
      `hiddenSize ${HIDDEN_MAX + 1} is above the limit of ${HIDDEN_MAX} hidden units (one limit for model files, links and settings)`,
    );
  });
  it('refuses a vocabulary of more than 256 distinct characters', () => {
    expect(() => parseModel(file(1, VOCAB_MAX))).not.toThrow();
    expect(() => parseModel(file(1, VOCAB_MAX + 1))).toThrow(
      `the vocabulary has ${VOCAB_MAX + 1} distinct characters, above the limit of ${VOCAB_MAX}`,
    );
  });
});
