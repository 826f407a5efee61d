import { describe, expect, it } from 'vitest';
import { BLOCKS, CELL_TYPES, EngineError } from './model';
import { randomModel, randomSequence } from './testing';
import { asCell, blockOf, buildTrace } from './trace';

const traceOf = (cell: (typeof CELL_TYPES)[number]) => {
  const { inputs, targets } = randomSequence(4, 3, 7);
  return buildTrace(randomModel(cell, 4, 3, 5), inputs, targets);
};

describe('traces typed per cell', () => {
  it('the trace and every step carry the model’s cell, with a complete block record', () => {
    for (const cell of CELL_TYPES) {
      const tr = traceOf(cell);
      expect(tr.cell).toBe(cell);
      for (const s of [...tr.forward, ...tr.backward]) expect(s.cell).toBe(cell);
      for (const f of tr.forward) expect(Object.keys(f.act)).toEqual([...BLOCKS[cell]]);
      for (const b of tr.backward) expect(Object.keys(b.dPre)).toEqual([...BLOCKS[cell]]);
      expect(tr.dc0 === null).toBe(cell !== 'lstm');
    }
  });

  it('blockOf reads a block, and throws EngineError for one the cell lacks', () => {
    const tr = asCell(traceOf('lstm'), 'lstm');
    expect(blockOf(tr.forward[0].act, 'f')).toBe(tr.forward[0].act.f);
    expect(() => blockOf(tr.forward[0].act, 'z')).toThrow(EngineError);
    expect(() => blockOf(tr.forward[0].act, 'z')).toThrow(
      "this cell has no block 'z' (its blocks are 'f', 'i', 'o', 'g')",
    );
  });

  it('asCell narrows a trace or step of that cell, and throws EngineError for another cell’s', () => {
    const gru = traceOf('gru');
    expect(asCell(gru, 'gru')).toBe(gru);
    expect(asCell(gru.forward[1], 'gru').act.z).toBe(blockOf(gru.forward[1].act, 'z'));
    expect(() => asCell(gru, 'lstm')).toThrow(
      'the trace is of a gru cell, not of an lstm cell: it has no such quantities',
    );
    expect(() => asCell(gru.backward[1], 'lstm')).toThrow(EngineError);
    expect(() => asCell(gru.backward[1], 'lstm')).toThrow('step 2 is of a gru cell');
  });
});
