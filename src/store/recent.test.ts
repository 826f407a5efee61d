import { describe, expect, it, vi } from 'vitest';
import { recent } from './recent';

describe('a memo of the last few results', () => {
  it('returns the same object for the same arguments while they are among the last few', () => {
    const build = vi.fn((a: number, b: string) => ({ a, b }));
    const memo = recent(2, build);
    const x = memo(1, 'x');
    const y = memo(2, 'y');
    expect(memo(1, 'x')).toBe(x); // two callers alternating keep their objects
    expect(memo(2, 'y')).toBe(y);
    expect(build).toHaveBeenCalledTimes(2);
    memo(3, 'z'); // the oldest goes
    expect(memo(1, 'x')).not.toBe(x);
    expect(build).toHaveBeenCalledTimes(4);
  });

  it('compares arguments by identity', () => {
    const memo = recent(4, (o: object) => ({ o }));
    const k = {};
    expect(memo(k)).toBe(memo(k));
    expect(memo({})).not.toBe(memo({}));
  });
});
