import { describe, expect, it } from 'vitest';
import { randomModel } from '../engine/testing';
import { accumulatedFrom, buildTrace } from '../engine/trace';
import { accumulated, passScale } from './gradientMemo';

function lesson(T: number) {
  const model = randomModel('lstm', 5, 4, 11, 0.8);
  const xs = Array.from({ length: T }, (_, k) => (k * 3) % 5);
  return buildTrace(
    model,
    xs,
    xs.map((x) => (x + 1) % 5),
  );
}

describe('memoised weight gradients of the backward panel', () => {
  it('the accumulated gradients kept by passScale are those the engine sums (bit for bit: same order)', () => {
    const tr = lesson(150);
    for (const name of Object.keys(tr.grads)) {
      const scale = passScale(tr, name);
      for (const t of [150, 128, 64, 63, 2, 1]) {
        const got = accumulated(tr, t, name);
        const want = accumulatedFrom(tr, t, name);
        expect(Array.from(got)).toEqual(Array.from(want));
        for (const v of got) expect(Math.abs(v)).toBeLessThanOrEqual(scale);
      }
      // the whole pass sums to the trace's gradient (within 1e-12 of its scale: a different summation)
      const full = accumulated(tr, 1, name);
      const g = tr.grads[name];
      for (let i = 0; i < g.length; i++)
        expect(Math.abs(full[i] - g[i])).toBeLessThanOrEqual(1e-12 * (1 + scale));
    }
  });
});
