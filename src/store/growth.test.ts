import { afterEach, describe, expect, it } from 'vitest';
import { runSliced, SLICE_MS } from './background';
import { DEFAULT_CONFIG } from './config';
import {
  growNow,
  growSteps,
  MAX_PASS_KEPT_MIN,
  maxKeptPasses,
  PASS_MEMORY,
  passBytes,
  perPassBytes,
} from './growth';
import { useLesson } from './index';
import { buildSequence, firstPass, type Sequence } from './lesson';
import { traceBytes } from './traceCache';

const longText = 'the quick brown fox jumps over the lazy dog. '.repeat(5).slice(0, 120);
const until = async (ok: () => boolean, ms = 20_000) => {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('growing passes', () => {
  it('counts a pass’s typed arrays, and keeps as many passes as fit in PASS_MEMORY', () => {
    const config = { ...DEFAULT_CONFIG, cell: 'lstm' as const, hidden: 64, input: longText, target: '' };
    const seq = buildSequence(config, null) as Sequence;
    const p0 = firstPass(config, seq, null);
    const bytes = passBytes(p0);
    // at least the LSTM's four input and four recurrent 64-row weight blocks
    expect(bytes).toBeGreaterThan(4 * 64 * (64 + seq.vocab.length) * 8);
    // the trace is not counted: it lives in the trace cache
    expect(bytes).toBeLessThan(traceBytes(p0.trace));
    const kept = maxKeptPasses(p0);
    expect(kept).toBeGreaterThanOrEqual(MAX_PASS_KEPT_MIN);
    expect(kept * perPassBytes(p0)).toBeLessThanOrEqual(PASS_MEMORY);
    // the hello lesson is tiny: every pass a link can name fits
    const hello = firstPass(DEFAULT_CONFIG, buildSequence(DEFAULT_CONFIG, null) as Sequence, null);
    expect(maxKeptPasses(hello)).toBe(502);
  });

  it('grows the same passes one step at a time as all at once', () => {
    const seq = buildSequence(DEFAULT_CONFIG, null) as Sequence;
    const p0 = firstPass(DEFAULT_CONFIG, seq, null);
    const all = growNow([p0], DEFAULT_CONFIG, seq, 5);
    const steps = growSteps([p0], DEFAULT_CONFIG, seq, 5);
    let r = steps.next();
    let yields = 0;
    while (!r.done) {
      yields++;
      r = steps.next();
    }
    expect(yields).toBe(5);
    expect(r.value.passes.map((p) => p.trace.loss)).toEqual(all.passes.map((p) => p.trace.loss));
    expect(all.passes[5].trace.loss).toBeLessThan(all.passes[0].trace.loss);
  });
});

describe('work in slices', () => {
  it('runs a generator to the end over several tasks, each about SLICE_MS long', async () => {
    function* work() {
      let n = 0;
      for (let k = 0; k < 60; k++) {
        const end = performance.now() + 2;
        while (performance.now() < end) n++;
        yield k;
      }
      return n;
    }
    let slices = 0;
    let done = false;
    runSliced(
      work(),
      () => {
        done = true;
      },
      () => slices++,
    );
    expect(done).toBe(false); // nothing runs in the caller's task
    await until(() => done);
    // 60 units of 2 ms in slices of SLICE_MS: several slices
    expect(slices).toBeGreaterThanOrEqual(Math.floor(120 / (SLICE_MS + 4)) - 1);
  });

  it('stops when cancelled, calling neither callback again', async () => {
    let units = 0;
    function* work() {
      for (;;) {
        units++;
        yield units;
      }
    }
    let slices = 0;
    const cancel = runSliced(
      work(),
      () => {},
      () => {
        slices++;
        if (slices === 2) cancel();
      },
    );
    await until(() => slices >= 2);
    const seen = units;
    await new Promise((r) => setTimeout(r, 60));
    expect(units).toBe(seen);
    expect(slices).toBe(2);
  });
});

describe('a far cursor on a long lesson', () => {
  afterEach(() => useLesson.getState().setConfig(DEFAULT_CONFIG));

  it('is computed in the background with progress, then the cursor moves there', async () => {
    const s = useLesson.getState();
    expect(s.setConfig({ cell: 'lstm', hidden: 16, input: longText, target: '' })).toBeNull();
    useLesson.getState().goTo({ pass: 12, index: 0 });
    // the lesson stays where it was meanwhile
    expect(useLesson.getState().cursor.pass).toBe(0);
    expect(useLesson.getState().computing).toMatchObject({ total: 12, target: { pass: 12, index: 0 } });
    await until(() => useLesson.getState().computing === null);
    expect(useLesson.getState().cursor).toEqual({ pass: 12, index: 0 });
    expect(useLesson.getState().passes).toHaveLength(13);
  });

  it('can be cancelled: the cursor goes to the furthest pass computed so far', async () => {
    useLesson.getState().setConfig({ cell: 'lstm', hidden: 16, input: longText, target: '' });
    useLesson.getState().goTo({ pass: 400, index: 3 });
    await until(() => (useLesson.getState().computing?.done ?? 0) >= 3);
    useLesson.getState().cancelComputing();
    const { cursor, passes, computing } = useLesson.getState();
    expect(computing).toBeNull();
    expect(cursor).toEqual({ pass: passes.length - 1, index: 3 });
    expect(passes.length).toBeLessThan(401);
  });

  it('is clamped to the passes that fit in memory, with a notice that says the limit', () => {
    useLesson.getState().setConfig({ cell: 'lstm', hidden: 64, input: longText, target: '' });
    const kept = maxKeptPasses(useLesson.getState().passes[0]);
    expect(kept).toBeLessThan(500);
    useLesson.getState().goTo({ pass: 500, index: 0 });
    const { computing, notice } = useLesson.getState();
    expect(computing?.target).toEqual({ pass: kept - 1, index: 0 });
    expect(notice?.message).toMatchObject({ key: 'robust.passLimit', params: { max: kept - 1, asked: 501 } });
    useLesson.getState().cancelComputing();
  });
});
