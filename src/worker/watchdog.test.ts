import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWatchdog, GRACE_MS, STALL_MS } from './watchdog';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the worker watchdog', () => {
  it('stays quiet while heartbeats come every 40 ms, however long the run', () => {
    const stalled = vi.fn();
    const dog = createWatchdog(stalled);
    dog.beat();
    for (let k = 0; k < 500; k++) {
      vi.advanceTimersByTime(40);
      dog.beat();
    }
    expect(stalled).not.toHaveBeenCalled();
    expect(dog.watching()).toBe(true);
  });

  it(`calls a worker dead ${STALL_MS} + ${GRACE_MS} ms after its last heartbeat, once`, () => {
    const stalled = vi.fn();
    const dog = createWatchdog(stalled);
    dog.beat();
    vi.advanceTimersByTime(1000);
    dog.beat();
    vi.advanceTimersByTime(STALL_MS + GRACE_MS - 1);
    expect(stalled).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(stalled).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10_000);
    expect(stalled).toHaveBeenCalledTimes(1);
    expect(dog.watching()).toBe(false);
  });

  it('forgives a heartbeat that arrives in the grace period (the page itself was busy)', () => {
    const stalled = vi.fn();
    const dog = createWatchdog(stalled);
    dog.beat();
    vi.advanceTimersByTime(STALL_MS + GRACE_MS / 2);
    dog.beat();
    vi.advanceTimersByTime(STALL_MS);
    expect(stalled).not.toHaveBeenCalled();
  });

  it('watches nothing once stopped (a pause or stop answered)', () => {
    const stalled = vi.fn();
    const dog = createWatchdog(stalled);
    dog.beat();
    dog.stop();
    vi.advanceTimersByTime(60_000);
    expect(stalled).not.toHaveBeenCalled();
    expect(dog.watching()).toBe(false);
  });
});
