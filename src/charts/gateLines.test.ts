import { describe, expect, it } from 'vitest';
import { initModel } from '../engine/init';
import { buildTrace } from '../engine/trace';
import { GATE_AXIS, GATES, gateMeans, revealed } from './gateLines';

describe('gateMeans', () => {
  it('averages each gate over the units at every step (to 1e−12)', () => {
    const model = initModel({ cell: 'lstm', vocab: ['h', 'e', 'l', 'o'], hiddenSize: 3, seed: 27 });
    const trace = buildTrace(model, [0, 1, 2, 2], [1, 2, 2, 3]);
    const means = gateMeans(trace);
    expect(Object.keys(means)).toEqual(['f', 'i', 'o', 'g']);
    const f2 = trace.forward[1].act.f as Float64Array;
    expect(means.f[1]).toBeCloseTo((f2[0] + f2[1] + f2[2]) / 3, 12);
    for (const g of ['f', 'i', 'o']) for (const v of means[g]) expect(v > 0 && v < 1).toBe(true);
  });
  it('has no gates for the vanilla RNN and z, r, g for the GRU', () => {
    expect(GATES.rnn).toEqual([]);
    expect(GATES.gru).toEqual(['z', 'r', 'g']);
  });
});

describe('revealed', () => {
  it('hides the steps not reached yet (NaN, not drawn)', () => {
    expect(revealed([0.1, 0.2, 0.3], 2)).toEqual([0.1, 0.2, Number.NaN]);
  });
});

describe('GATE_AXIS', () => {
  it('runs from −1 to 1 so both the σ gates and the tanh candidate fit', () => {
    expect(GATE_AXIS).toMatchObject({ kind: 'linear', lo: -1, hi: 1 });
  });
});
