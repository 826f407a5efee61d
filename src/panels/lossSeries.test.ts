import { describe, expect, it } from 'vitest';
import type { Pass } from '../store/lesson';
import { lossSeries } from './LossPanel';

/** A pass whose trace must not be read (a dropped trace would be rebuilt: 500 passes froze the tab for 2.5 s). */
function pass(loss: number): Pass {
  return {
    loss,
    get trace(): never {
      throw new Error('the loss series read a trace');
    },
  } as unknown as Pass;
}

describe('the loss series of the Loss panel', () => {
  it('reads each pass’s kept loss, never its trace', () => {
    const passes = Array.from({ length: 500 }, (_, k) => pass(10 - k / 100));
    const s = lossSeries(passes, 499, false);
    expect(s.points).toHaveLength(500);
    expect(s.points[0]).toEqual({ x: 0, loss: 10 });
    expect(s.points[499].loss).toBeCloseTo(5.01, 12);
    expect(s.current).toBe(499);
    expect(s.pending).toBeNull();
  });
  it('at the update moment adds the next pass as pending', () => {
    const s = lossSeries([pass(3), pass(2), pass(1)], 1, true);
    expect(s.points.map((p) => p.loss)).toEqual([3, 2, 1]);
    expect(s.pending).toBe(2);
  });
});
