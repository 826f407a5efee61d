import { describe, expect, it } from 'vitest';
import type { CellType } from '../../engine/model';
import { randomModel, randomSequence } from '../../engine/testing';
import { asCell, buildTrace } from '../../engine/trace';
import { FORWARD_SUBS, momentAt } from '../../store/cursor';
import { cellPicture, nodeBox, nodeState } from './nodes';
import { portrait } from './portrait';

const trace = <C extends CellType>(cell: C) => {
  const model = randomModel(cell, 4, 3, 5, 0.6);
  const { inputs, targets } = randomSequence(4, 3, 2);
  return asCell(buildTrace(model, inputs, targets), cell);
};

describe('cell picture', () => {
  it('LSTM: the joints carry f·c₋₁ and i·g, their sum is c_t, o·tanh(c_t) is h_t', () => {
    const tr = trace('lstm');
    const p = cellPicture(tr, 2, 1);
    const v = Object.fromEntries(p.nodes.map((n) => [n.key, n.value]));
    const f = tr.forward[1];
    expect(v.fc + v.ig).toBeCloseTo(f.c[1], 14);
    expect(v.plus).toBe(f.c[1]);
    expect(v.oh).toBe(f.h[1]);
    expect(v.f).toBe(f.act.f[1]);
  });

  it('GRU: z·h₋₁ + (1 − z)·g is h_t', () => {
    const tr = trace('gru');
    const v = Object.fromEntries(cellPicture(tr, 3, 0).nodes.map((n) => [n.key, n.value]));
    expect(v.zh + v.zg).toBeCloseTo(tr.forward[2].h[0], 14);
    expect(v.omz).toBeCloseTo(1 - v.z, 15);
  });

  it('every wire joins two nodes of the picture, landscape and upright', () => {
    for (const cell of ['rnn', 'lstm', 'gru'] as const) {
      for (const p of [cellPicture(trace(cell), 1, 0), portrait(cellPicture(trace(cell), 1, 0))]) {
        const keys = new Set(p.nodes.map((n) => n.key));
        for (const w of p.wires)
          expect(keys.has(w.from) && keys.has(w.to), `${cell} ${w.from}→${w.to}`).toBe(true);
        for (const n of p.nodes) {
          expect(n.x).toBeGreaterThanOrEqual(0);
          expect(n.x).toBeLessThanOrEqual(p.width);
          expect(n.y).toBeLessThanOrEqual(p.height);
        }
      }
    }
  });

  it('no two gate boxes or joints overlap, landscape and upright (a 4 px gap at least)', () => {
    for (const cell of ['rnn', 'lstm', 'gru'] as const) {
      for (const up of [false, true]) {
        const p = cellPicture(trace(cell), 1, 0);
        const q = up ? portrait(p) : p;
        const boxes = q.nodes.map((n) => ({ key: n.key, ...nodeBox(n, up) }));
        for (const [k, a] of boxes.entries())
          for (const b of boxes.slice(k + 1)) {
            const apart = a.x1 + 4 <= b.x0 || b.x1 + 4 <= a.x0 || a.y1 + 4 <= b.y0 || b.y1 + 4 <= a.y0;
            expect(apart, `${cell} ${up ? 'upright' : 'landscape'}: ${a.key} and ${b.key} overlap`).toBe(
              true,
            );
          }
      }
    }
  });

  it('nodes light up in the order of the sub-steps, one sub-step current at a time', () => {
    const tr = trace('lstm');
    const p = cellPicture(tr, 2, 0);
    const subs = FORWARD_SUBS.lstm;
    let lit = 0;
    for (let s = 0; s < subs.length; s++) {
      const m = momentAt('lstm', tr.T, subs.length + s); // step 2, sub-step s
      const states = p.nodes.map((n) => nodeState(tr, m, 2, n));
      const n = states.filter((x) => x !== 'pending').length;
      expect(n).toBeGreaterThanOrEqual(lit);
      lit = n;
      for (const [k, node] of p.nodes.entries()) {
        if (states[k] === 'current') expect(node.sub).toBe(subs[s]);
      }
    }
    expect(lit).toBe(p.nodes.length);
    // before step 2 begins only the inputs are there
    const before = momentAt('lstm', tr.T, subs.length - 1);
    const inputs = p.nodes.filter((n) => nodeState(tr, before, 2, n) !== 'pending').map((n) => n.key);
    expect(inputs.sort()).toEqual(['cPrev', 'hPrev']);
  });
});
