// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** An IntersectionObserver the test drives: report(el, near) delivers one entry. */
class FakeObserver {
  static last: FakeObserver | null = null;
  constructor(private readonly cb: IntersectionObserverCallback) {
    FakeObserver.last = this;
  }
  observe() {}
  unobserve() {}
  disconnect() {}
  report(target: Element, isIntersecting: boolean) {
    this.cb(
      [{ target, isIntersecting } as IntersectionObserverEntry],
      this as unknown as IntersectionObserver,
    );
  }
}

async function load() {
  vi.resetModules(); // the schedule keeps one observer per page: a fresh module per test
  return import('./chartSchedule');
}

describe('charts out of view are drawn after the step', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    vi.stubGlobal('requestIdleCallback', undefined); // the timer fallback, driven by fake timers
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('draws at once a chart whose nearness is not known yet, and one near the window', async () => {
    const { schedule, watch } = await load();
    const el = document.createElement('div');
    watch(el);
    const draw = vi.fn();
    schedule(el, draw);
    expect(draw).toHaveBeenCalledTimes(1);
    FakeObserver.last?.report(el, true);
    schedule(el, draw);
    expect(draw).toHaveBeenCalledTimes(2);
  });

  it('draws a far chart once, with its latest view, in an idle moment', async () => {
    const { schedule, watch } = await load();
    const el = document.createElement('div');
    watch(el);
    FakeObserver.last?.report(el, false);
    const first = vi.fn();
    const latest = vi.fn();
    schedule(el, first);
    schedule(el, latest);
    expect(latest).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(first).not.toHaveBeenCalled();
    expect(latest).toHaveBeenCalledTimes(1);
  });

  it('draws a waiting chart as it comes near, and drops it when the chart is gone', async () => {
    const { schedule, unwatch, watch } = await load();
    const a = document.createElement('div');
    const b = document.createElement('div');
    watch(a);
    watch(b);
    FakeObserver.last?.report(a, false);
    FakeObserver.last?.report(b, false);
    const drawA = vi.fn();
    const drawB = vi.fn();
    schedule(a, drawA);
    schedule(b, drawB);
    FakeObserver.last?.report(a, true);
    expect(drawA).toHaveBeenCalledTimes(1);
    unwatch(b);
    vi.advanceTimersByTime(100);
    expect(drawB).not.toHaveBeenCalled();
  });

  it('flushCharts draws everything still waiting (before an export)', async () => {
    const { flushCharts, schedule, watch } = await load();
    const el = document.createElement('div');
    watch(el);
    FakeObserver.last?.report(el, false);
    const draw = vi.fn();
    schedule(el, draw);
    flushCharts();
    expect(draw).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(100);
    expect(draw).toHaveBeenCalledTimes(1);
  });
});
