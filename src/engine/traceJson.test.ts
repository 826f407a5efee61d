import { describe, expect, it } from 'vitest';
import { initModel } from './init';
import { CELL_TYPES, EngineError, weightShapes } from './model';
import { randomModel } from './testing';
import { buildTrace } from './trace';
import { traceText, traceToJson } from './traceJson';

const EXACT = 1e-12; // absolute tolerance for sums of float64 terms (loss total, Σp)
const VOCAB = ['h', 'e', 'l', 'o'];
const ix = (s: string) => Array.from(s, (c) => VOCAB.indexOf(c));

function model(cell: (typeof CELL_TYPES)[number]) {
  const m = randomModel(cell, 4, 3, 5);
  m.vocab = [...VOCAB];
  return m;
}

describe('traceText', () => {
  for (const cell of CELL_TYPES) {
    it(`${cell}: "hello" without a target gives the steps h→e, e→l, l→l, l→o`, () => {
      const out = traceText(model(cell), 'hello');
      expect(out.steps.map((s) => s.input).join('')).toBe('hell');
      expect(out.steps.map((s) => s.target).join('')).toBe('ello');
      expect(out.steps.map((s) => s.t)).toEqual([1, 2, 3, 4]);
    });

    it(`${cell}: the loss is the sum of the step losses and matches buildTrace within 1e-12`, () => {
      const m = model(cell);
      const out = traceText(m, 'hello');
      const sum = out.steps.reduce((s, st) => s + st.loss, 0);
      expect(Math.abs(out.loss - sum)).toBeLessThan(EXACT);
      expect(Math.abs(out.loss - buildTrace(m, ix('hell'), ix('ello')).loss)).toBeLessThan(EXACT);
    });

    it(`${cell}: every number equals the engine's trace exactly`, () => {
      const m = model(cell);
      const trace = buildTrace(m, ix('hel'), ix('llo'));
      const out = traceText(m, 'hel', 'llo');
      expect(out).toEqual(traceToJson(trace));
      expect(out.steps[2].h).toEqual(Array.from(trace.forward[2].h));
      expect(out.steps[0].dh).toEqual(Array.from(trace.backward[0].dh));
      expect(out.dh0).toEqual(Array.from(trace.dh0));
      const Why = trace.grads.Why;
      expect(out.grads.Why[1]).toEqual(Array.from(Why.subarray(3, 6)));
    });

    it(`${cell}: each p sums to 1 within 1e-12 and grads have one entry per weight, same shape`, () => {
      const out = traceText(model(cell), 'hello');
      for (const s of out.steps) expect(Math.abs(s.p.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(EXACT);
      const shapes = weightShapes(cell, 4, 3);
      expect(Object.keys(out.grads)).toEqual(shapes.map((s) => s.name));
      for (const s of shapes) {
        const g = out.grads[s.name];
        expect(g).toHaveLength(s.rows);
        if (!s.isVector) for (const row of g as number[][]) expect(row).toHaveLength(s.cols);
        else for (const v of g) expect(typeof v).toBe('number');
      }
    });
  }

  it('lstm steps carry c, dc and gates f i o g, and the result has dc0', () => {
    const out = traceText(model('lstm'), 'hello');
    expect(Object.keys(out)).toEqual(['cell', 'loss', 'steps', 'grads', 'dh0', 'dc0']);
    expect(Object.keys(out.steps[0])).toEqual([
      't',
      'input',
      'target',
      'h',
      'c',
      'gates',
      'y',
      'p',
      'loss',
      'dh',
      'dc',
    ]);
    expect(Object.keys(out.steps[0].gates ?? {})).toEqual(['f', 'i', 'o', 'g']);
  });

  it('gru steps carry gates z r g and no c, dc or dc0', () => {
    const out = traceText(model('gru'), 'hello');
    expect(Object.keys(out)).toEqual(['cell', 'loss', 'steps', 'grads', 'dh0']);
    expect(Object.keys(out.steps[0])).toEqual(['t', 'input', 'target', 'h', 'gates', 'y', 'p', 'loss', 'dh']);
    expect(Object.keys(out.steps[0].gates ?? {})).toEqual(['z', 'r', 'g']);
  });

  it('rnn steps have no gates key', () => {
    const out = traceText(model('rnn'), 'hello');
    expect(Object.keys(out.steps[0])).toEqual(['t', 'input', 'target', 'h', 'y', 'p', 'loss', 'dh']);
  });

  it('splits text into code points, so Hangul syllables and emoji are single steps', () => {
    const m = initModel({ cell: 'gru', vocab: ['안', '녕', '😀'], hiddenSize: 2, seed: 3 });
    const out = traceText(m, '안녕😀', '녕😀안');
    expect(out.steps.map((s) => [s.input, s.target])).toEqual([
      ['안', '녕'],
      ['녕', '😀'],
      ['😀', '안'],
    ]);
  });

  const errors: [string, () => unknown, string][] = [
    ['an empty input', () => traceText(model('rnn'), ''), 'input is empty'],
    ['one character and no target', () => traceText(model('rnn'), 'h'), 'fewer than one step'],
    [
      'an unknown input character',
      () => traceText(model('rnn'), 'hexlo'),
      "input character 'x' at position 3 is not in the vocabulary",
    ],
    [
      'an unknown target character',
      () => traceText(model('rnn'), 'hel', 'elx'),
      "target character 'x' at position 3 is not in the vocabulary",
    ],
    [
      'a shorter target',
      () => traceText(model('rnn'), 'hel', 'el'),
      'length mismatch: input has 3 characters but target has 2',
    ],
    [
      'an emoji counted as one character',
      () => traceText(model('rnn'), 'h😀', 'e'),
      'input has 2 characters but target has 1',
    ],
  ];
  for (const [what, run, message] of errors) {
    it(`${what} is an EngineError saying "${message}"`, () => {
      expect(run).toThrow(EngineError);
      expect(run).toThrow(message);
    });
  }

  it('one character with a one-character target is a valid single step', () => {
    expect(traceText(model('lstm'), 'h', 'e').steps).toHaveLength(1);
  });

  it('refuses to print a trace whose numbers overflowed instead of writing null', () => {
    const m = initModel({ cell: 'rnn', activation: 'linear', vocab: ['a', 'b'], hiddenSize: 1, seed: 1 });
    m.weights.Wxh.fill(1e300);
    m.weights.Why.fill(1e300);
    expect(() => traceText(m, 'ab')).toThrow(/not finite/);
  });
});
