import { describe, expect, it } from 'vitest';
import { initModel } from '../engine/init';
import { blockOf, buildTrace } from '../engine/trace';
import { sheetOf } from './sheet';

const VOCAB = ['h', 'e', 'l', 'o'];
const rnn = initModel({ cell: 'rnn', vocab: VOCAB, hiddenSize: 3, seed: 27, initialState: 'random' });

describe('sheetOf', () => {
  it('reads every step’s one-hot input, h, y, p and loss from the trace', () => {
    const trace = buildTrace(rnn, [0, 1, 2, 2], [1, 2, 2, 3]);
    const sheet = sheetOf(trace);
    expect(sheet.inputText).toBe('hell');
    expect(sheet.targetText).toBe('ello');
    expect(sheet.steps.map((s) => s.x)).toEqual([
      [1, 0, 0, 0],
      [0, 1, 0, 0],
      [0, 0, 1, 0],
      [0, 0, 1, 0],
    ]);
    trace.forward.forEach((f, k) => {
      expect(sheet.steps[k].h).toEqual(Array.from(f.h));
      expect(sheet.steps[k].p).toEqual(Array.from(f.p));
      expect(sheet.steps[k].loss).toBe(f.loss);
    });
    expect(sheet.weights.map((w) => w.name)).toEqual(['Wxh', 'Whh', 'bh', 'Why', 'by']);
    expect(sheet.loss).toBe(trace.loss);
  });

  it('sets the backward exercise at the last step with a target, where dh is Whyᵀ dy alone', () => {
    // the last two steps have no target (∅): the exercise is at t = 2
    const trace = buildTrace(rnn, [0, 1, 2, 2], [1, 2, null, null]);
    const b = sheetOf(trace).backward;
    expect(b?.t).toBe(2);
    expect(b?.dy).toEqual(Array.from(trace.backward[1].dy));
    expect(b?.dh).toEqual(Array.from(trace.backward[1].dhFromOutput));
    expect(b?.da).toEqual(Array.from(blockOf(trace.backward[1].dPre, '')));
    expect(sheetOf(buildTrace(rnn, [0, 1], [null, null])).backward).toBeNull();
  });

  it('lists the gates’ weights and c0 for an LSTM, with no pre-activation exercise', () => {
    const lstm = initModel({ cell: 'lstm', vocab: VOCAB, hiddenSize: 2, seed: 1, initialState: 'zeros' });
    const sheet = sheetOf(buildTrace(lstm, [0, 1], [1, 2]));
    expect(sheet.weights).toHaveLength(14);
    expect(sheet.c0).toEqual([0, 0]);
    expect(sheet.backward?.da).toBeNull();
  });
});
