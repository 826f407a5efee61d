import { describe, expect, it } from 'vitest';
import { clipByValue } from '../engine/clip';
import { initModel } from '../engine/init';
import { createWorkerState, handleMessage, tick } from './handler';
import { createSession, currentModel, currentOpt, runSlice } from './loop';
import { type Reply, SNAPSHOT_MS, type TrainSetup } from './protocol';

const model = () =>
  initModel({ cell: 'lstm', vocab: ['h', 'e', 'l', 'o'], hiddenSize: 3, seed: 5, initialState: 'random' });

function setup(kind: 'text' | 'examples', pauseEvery: number): TrainSetup {
  return {
    model: model(),
    data:
      kind === 'text'
        ? { kind: 'text', data: Int32Array.from([0, 1, 2, 2, 3]), seqLength: 4 }
        : { kind: 'examples', examples: [{ inputs: [0, 1, 2, 2], targets: [1, 2, 2, 3] }] },
    optimizer: 'adam',
    lr: 0.05,
    clip: clipByValue(5),
    probe: [],
    seed: 1,
    sampleEvery: 1000,
    sampleLength: 0,
    sliceMs: 1e9,
    pauseEvery,
  };
}

const clock = () => 0;

describe('a session carried on from kept weights', () => {
  for (const kind of ['text', 'examples'] as const)
    it(`matches one run straight through, bit for bit (${kind} path, Adam's moments and step kept)`, () => {
      const straight = createSession(setup(kind, 70), 0);
      runSlice(straight, 1e9, clock);
      const first = createSession(setup(kind, 30), 0);
      runSlice(first, 1e9, clock);
      const kept = { model: currentModel(first), opt: currentOpt(first), iter: first.iter };
      const resumed = createSession(
        {
          ...setup(kind, 40),
          model: kept.model,
          resume: { opt: kept.opt, iter: kept.iter, stride: 1, smooth: first.smooth },
        },
        0,
      );
      const p = runSlice(resumed, 1e9, clock);
      expect(resumed.iter).toBe(70);
      expect(p.points[0].x).toBe(30);
      expect(Array.from(resumed.flat)).toEqual(Array.from(straight.flat));
      expect(currentOpt(resumed)?.step).toBe(70);
    });
});

describe('the worker’s snapshots', () => {
  it(`come with a progress reply once every ${SNAPSHOT_MS} ms of running, holding the weights of that moment`, () => {
    let now = 0;
    const time = () => (now += 3); // every reading of the clock takes 3 ms (chunks stay at 1 iteration)
    const state = createWorkerState();
    const replies: Reply[] = [];
    handleMessage(
      state,
      { type: 'start', id: 1, setup: { ...setup('text', 0), sliceMs: 5 } },
      (r) => replies.push(r),
      time,
    );
    const snaps: number[] = [];
    for (let k = 0; k < 100; k++) {
      now += 40;
      tick(state, (r) => replies.push(r), time);
      const last = replies[replies.length - 1];
      if (last.type === 'progress' && last.snapshot) {
        snaps.push(now);
        expect(last.snapshot.iter).toBe(last.progress.iter);
        expect(Array.from(last.snapshot.model.weights.Why)).toEqual(
          Array.from(state.session?.model.weights.Why ?? []),
        );
      }
    }
    expect(snaps.length).toBeGreaterThanOrEqual(2);
    for (let k = 1; k < snaps.length; k++) {
      expect(snaps[k] - snaps[k - 1]).toBeGreaterThanOrEqual(SNAPSHOT_MS);
      expect(snaps[k] - snaps[k - 1]).toBeLessThan(SNAPSHOT_MS + 200);
    }
  });
});

describe('the kernels a run reports', () => {
  it('the text path says it runs on WebAssembly here (Node has SIMD); the example path uses no kernels', () => {
    expect(runSlice(createSession(setup('text', 5), 0), 1e9, clock).kernels).toBe('wasm');
    expect(runSlice(createSession(setup('examples', 5), 0), 1e9, clock).kernels).toBeNull();
  });
});
