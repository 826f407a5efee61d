import { describe, expect, it } from 'vitest';
import { initModel } from '../engine/init';
import { CELL_TYPES } from '../engine/model';
import { randomModel } from '../engine/testing';
import { asCell, blockOf, buildTrace } from '../engine/trace';
import { GATE_AXIS, GATES, gateMeans, revealed } from './gateLines';

describe('gateMeans', () => {
  it('averages each gate over the units at every step (to 1e−12)', () => {
    const model = initModel({ cell: 'lstm', vocab: ['h', 'e', 'l', 'o'], hiddenSize: 3, seed: 27 });
    const trace = asCell(buildTrace(model, [0, 1, 2, 2], [1, 2, 2, 3]), 'lstm');
    const means = gateMeans(trace);
    expect(Object.keys(means)).toEqual(['f', 'i', 'o', 'g']);
    const f2 = trace.forward[1].act.f;
    expect(means.f[1]).toBeCloseTo((f2[0] + f2[1] + f2[2]) / 3, 12);
    for (const g of ['f', 'i', 'o']) for (const v of means[g]) expect(v > 0 && v < 1).toBe(true);
  });
  it('draws a line for every gate the engine computes in each cell, and none for the vanilla RNN', () => {
    for (const cell of CELL_TYPES) {
      const model = randomModel(cell, 4, 3, 5);
      const trace = buildTrace(model, [0, 1, 2, 2], [1, 2, 2, 3]);
      const gates = cell === 'rnn' ? [] : Object.keys(trace.forward[0].act).sort();
      expect([...GATES[cell]].sort()).toEqual(gates);
      expect(Object.keys(gateMeans(trace))).toEqual([...GATES[cell]]);
    }
  });
});

describe('revealed', () => {
  it('hides the steps not reached yet (NaN, not drawn)', () => {
    expect(revealed([0.1, 0.2, 0.3], 2)).toEqual([0.1, 0.2, Number.NaN]);
  });
});

describe('GATE_AXIS', () => {
  it('holds every gate value and gate mean, even of saturated gates and the tanh candidate', () => {
    for (const cell of ['lstm', 'gru'] as const) {
      // large weights push the σ gates to 0 / 1 and the candidate to ±1
      const trace = buildTrace(randomModel(cell, 4, 5, 11, 8), [0, 3, 1, 2, 0], [1, 2, 3, 0, 1]);
      if (GATE_AXIS.kind !== 'linear') throw new Error('gate axis is linear');
      const { lo, hi } = GATE_AXIS;
      for (const f of trace.forward)
        for (const g of GATES[cell]) for (const v of blockOf(f.act, g)) expect(v >= lo && v <= hi).toBe(true);
      for (const means of Object.values(gateMeans(trace)))
        for (const v of means) expect(v >= lo && v <= hi).toBe(true);
      expect(GATE_AXIS.ticks[0]).toBe(lo);
      expect(GATE_AXIS.ticks.at(-1)).toBe(hi);
    }
  });
});
