import { describe, expect, it } from 'vitest';
import { randomModel } from '../engine/testing';
import { buildTrace } from '../engine/trace';
import { traceMemo } from './traceMemo';

const traceOf = (seed: number) => buildTrace(randomModel('rnn', 3, 2, seed, 0.5), [0, 1], [1, 2]);

describe('traceMemo', () => {
  it('computes a value once per (trace, key) and keeps traces apart', () => {
    const memo = traceMemo<number>();
    const a = traceOf(1);
    const b = traceOf(2);
    let calls = 0;
    const make = () => ++calls;
    expect(memo.get(a, 'x', make)).toBe(1);
    expect(memo.get(a, 'x', make)).toBe(1);
    expect(memo.get(b, 'x', make)).toBe(2);
    expect(memo.peek(a, 'y')).toBeUndefined();
    expect(memo.set(a, 'y', 7)).toBe(7);
    expect(memo.peek(a, 'y')).toBe(7);
    expect(calls).toBe(2);
  });
  it('keeps at most cap keys per trace, dropping the oldest', () => {
    const memo = traceMemo<string>(2);
    const a = traceOf(3);
    memo.set(a, 'k1', 'one');
    memo.set(a, 'k2', 'two');
    memo.set(a, 'k3', 'three');
    expect(memo.peek(a, 'k1')).toBeUndefined();
    expect(memo.peek(a, 'k2')).toBe('two');
    expect(memo.peek(a, 'k3')).toBe('three');
  });
});
