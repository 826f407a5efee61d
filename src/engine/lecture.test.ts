/** The lecture's worked example: "hell" → "ello", one-hot h e l o, forward then backward then update. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../store/config';
import { buildSequence, firstPass, isError, nextPass } from '../store/lesson';

describe('the lecture example on first load', () => {
  const seq = buildSequence(DEFAULT_CONFIG, null);
  if (isError(seq)) throw new Error('default config must be valid');
  const pass0 = firstPass(DEFAULT_CONFIG, seq, null);

  it('uses vocabulary h, e, l, o with inputs h e l l and targets e l l o', () => {
    expect(seq.vocab).toEqual(['h', 'e', 'l', 'o']);
    expect(seq.inputs).toEqual([0, 1, 2, 2]);
    expect(seq.targets).toEqual([1, 2, 2, 3]);
  });

  it('starts from a random (seeded) h0, as the lecture does, and a 3-unit tanh RNN', () => {
    expect(pass0.model.h0.some((v) => v !== 0)).toBe(true);
    expect(pass0.model.hiddenSize).toBe(3);
    expect(pass0.model.cell).toBe('rnn');
  });

  it('after "h" the largest score is the 4th character, "o", while the target is "e"', () => {
    const f = pass0.trace.forward[0];
    expect(f.argmax).toBe(3);
    expect(f.target).toBe(1);
  });

  it('one SGD update of Whh, Wxh, Why lowers the loss on the same input', () => {
    const p1 = nextPass(pass0, DEFAULT_CONFIG, seq);
    if (isError(p1)) throw new Error('update diverged');
    expect(p1.trace.loss).toBeLessThan(pass0.trace.loss);
    for (const name of ['Wxh', 'Whh', 'Why']) {
      const w0 = pass0.model.weights[name];
      const w1 = p1.model.weights[name];
      const g = pass0.trace.grads[name];
      for (let k = 0; k < w0.length; k++) expect(Math.abs(w1[k] - (w0[k] - 0.1 * g[k]))).toBeLessThan(1e-15);
    }
  });

  it('the input and target shifted by one give the same lesson as "hello" with an empty target', () => {
    const s2 = buildSequence({ ...DEFAULT_CONFIG, input: 'hello', target: '' }, null);
    expect(s2).toEqual(seq);
  });
});
