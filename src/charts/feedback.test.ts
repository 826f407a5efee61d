import { describe, expect, it } from 'vitest';
import { columnX, feedbackRoute, layoutNetwork } from './network';

describe('the feed-back arrow of a generation', () => {
  const L = layoutNetwork({ T: 5, H: 3, V: 4, cell: 'rnn', avail: 900, font: 17, valueW: 40 });

  it('runs from step t’s pick down the gap between the columns into step t + 1’s input frame', () => {
    const r = feedbackRoute(L, 4, 2);
    const nums = (r.d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    const [x0, yTop, xGap, yBottom, xEnd] = nums;
    expect(x0).toBeGreaterThan(columnX(L, 2));
    expect(yTop).toBeLessThan(L.y.loss);
    // the gap between columns 2 and 3, to 0.1 px (the path is written with one decimal)
    expect(Math.abs(xGap - (columnX(L, 2) + L.colW / 2))).toBeLessThan(0.051);
    expect(yBottom).toBeGreaterThan(L.y.boxBottom);
    expect(xEnd).toBeLessThan(columnX(L, 3));
    expect(r.label[0]).toBeCloseTo(xGap, 1);
  });
});
