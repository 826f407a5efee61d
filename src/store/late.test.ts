// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { Phase } from './cursor';

interface S {
  cursor: { pass: number; index: number };
  seq: object;
  config: { cell: string };
  presenting: boolean;
  view: string;
}

/** Moment index → phase in this test: 0–9 forward, 10 the total, 11–19 backward. */
const phaseOf = (s: S): Phase =>
  s.cursor.index < 10 ? 'forward' : s.cursor.index === 10 ? 'total' : 'backward';

async function load() {
  vi.resetModules(); // one binding per module: a fresh one per test
  const late = await import('./late');
  const store = createStore<S>(() => ({
    cursor: { pass: 0, index: 0 },
    seq: {},
    config: { cell: 'rnn' },
    presenting: false,
    view: 'lesson',
  }));
  late.bindLate(store, phaseOf);
  const step = (index: number) => store.setState({ cursor: { pass: 0, index } });
  return { late, store, step };
}

/** Runs the animation frames due (fake timers: one every 16 ms). */
const frames = (n: number) => vi.advanceTimersByTime(16 * n);

describe('the panel the class reads is drawn first, the rest a frame later', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a plain step leaves the late panels at the earlier moment until the frame after the step', async () => {
    const { late, store, step } = await load();
    const caught = vi.fn();
    window.addEventListener(late.LATE_EVENT, caught);
    step(1);
    expect(late.latePending()).toBe(true);
    expect(late.shown([]).cursor.index).toBe(0); // a late panel
    expect(late.shown(late.OWN.forward).cursor.index).toBe(1); // the panel of the moment's phase
    expect(store.getState().cursor.index).toBe(1);
    frames(1); // the step's frame
    expect(late.shown([]).cursor.index).toBe(0);
    frames(1); // the next one: caught up
    expect(late.latePending()).toBe(false);
    expect(late.shown([]).cursor.index).toBe(1);
    expect(caught).toHaveBeenCalledTimes(1);
    window.removeEventListener(late.LATE_EVENT, caught);
  });

  it('steps faster than frames are drawn by the late panels once, at the latest moment', async () => {
    const { late, step } = await load();
    step(1);
    step(2);
    step(3);
    expect(late.shown([]).cursor.index).toBe(0);
    frames(2);
    expect(late.shown([]).cursor.index).toBe(3);
  });

  it('the late state is the same object while nothing changes (a selector result React can keep)', async () => {
    const { late, step } = await load();
    step(1);
    expect(late.shown([])).toBe(late.shown([]));
    expect(late.shown([]).config).toBe(late.shown(late.OWN.forward).config);
  });

  it('a new text, cell or shape, or presenter mode reaches every panel at once', async () => {
    const { late, store, step } = await load();
    step(1);
    store.setState({ cursor: { pass: 0, index: 0 }, config: { cell: 'lstm' } });
    expect(late.latePending()).toBe(false);
    expect(late.shown([]).cursor.index).toBe(0);
    step(2);
    store.setState({ cursor: { pass: 0, index: 3 }, presenting: true });
    expect(late.latePending()).toBe(false);
  });

  it('a new config while a step is pending reaches the late panels at once, even with the same cursor', async () => {
    const { late, store, step } = await load();
    step(3);
    store.setState({ config: { cell: 'gru' } }); // the cursor object unchanged
    expect(late.latePending()).toBe(false);
    expect(late.shown([]).cursor.index).toBe(3);
  });

  it('in presenter mode a step within a phase is deferred, a step into a new phase is not', async () => {
    const { late, store, step } = await load();
    store.setState({ presenting: true });
    step(5);
    expect(late.latePending()).toBe(true);
    frames(2);
    step(10); // forward → the total: a new screen
    expect(late.latePending()).toBe(false);
  });

  it('settleLate brings the late panels up to date at once (figure export, printing)', async () => {
    const { late, step } = await load();
    step(4);
    late.settleLate();
    expect(late.shown([]).cursor.index).toBe(4);
    frames(3); // nothing left to run
    expect(late.latePending()).toBe(false);
  });

  it('without animation frames (a hidden tab) the late panels catch up within 120 ms', async () => {
    const { late, step } = await load();
    vi.stubGlobal('requestAnimationFrame', () => 0); // frames never come
    step(2);
    vi.advanceTimersByTime(119);
    expect(late.latePending()).toBe(true);
    vi.advanceTimersByTime(1);
    expect(late.latePending()).toBe(false);
    vi.unstubAllGlobals();
  });
});
