import { describe, expect, it } from 'vitest';
import { clipByValue, NO_CLIP } from '../engine/clip';
import { initModel } from '../engine/init';
import type { Model } from '../engine/model';
import { buildTrace } from '../engine/trace';
import { createTrainingClient, type WorkerLike } from './client';
import { createWorkerState, handleMessage, tick } from './handler';
import { createSession, MAX_POINTS, probeOne, runSlice, step, thin } from './loop';
import { isCurrent, type Reply, type Request, type TrainSetup } from './protocol';

const HELLO = { inputs: [0, 1, 2, 2], targets: [1, 2, 2, 3] };

function helloModel(activation: 'tanh' | 'linear' = 'tanh'): Model {
  return initModel({
    cell: 'rnn',
    activation,
    vocab: ['h', 'e', 'l', 'o'],
    hiddenSize: 3,
    seed: 27,
    initialState: 'random',
  });
}

function setup(over: Partial<TrainSetup> = {}): TrainSetup {
  return {
    model: helloModel(),
    data: { kind: 'text', data: Int32Array.from([0, 1, 2, 2, 3]), seqLength: 4 },
    optimizer: 'sgd',
    lr: 0.1,
    clip: clipByValue(5),
    probe: [HELLO],
    seed: 1,
    sampleEvery: 100,
    sampleLength: 5,
    sliceMs: 5,
    pauseEvery: 0,
    ...over,
  };
}

/** A clock that advances 1 ms per reading. */
function fakeClock() {
  let t = 0;
  return () => (t += 1);
}

describe('the protocol', () => {
  it('calls a reply current only when it answers the latest request', () => {
    expect(isCurrent(3, { id: 3 })).toBe(true);
    expect(isCurrent(3, { id: 2 })).toBe(false);
  });
});

describe('the client', () => {
  function fake() {
    const spawned: (WorkerLike & { sent: Request[]; terminated: boolean })[] = [];
    const spawn = () => {
      const w = {
        sent: [] as Request[],
        terminated: false,
        onmessage: null as WorkerLike['onmessage'],
        onerror: null as WorkerLike['onerror'],
        postMessage(m: Request) {
          w.sent.push(m);
        },
        terminate() {
          w.terminated = true;
        },
      };
      spawned.push(w);
      return w;
    };
    const got: Reply[] = [];
    const client = createTrainingClient(spawn, (r) => got.push(r));
    return { spawned, got, client };
  }
  const progressReply = (id: number): Reply => ({
    type: 'progress',
    id,
    progress: {
      iter: 1,
      stride: 1,
      points: [],
      stepsPerSec: 0,
      charsPerSec: 0,
      loss: 1,
      smooth: 1,
      sample: null,
      probe: null,
      kernels: 'wasm',
    },
  });

  it('numbers requests and spawns the worker on the first one', () => {
    const { spawned, client } = fake();
    expect(client.alive()).toBe(false);
    const a = client.send({ type: 'pause' });
    const b = client.send({ type: 'resume' });
    expect(b).toBeGreaterThan(a);
    expect(spawned).toHaveLength(1);
    expect(spawned[0].sent.map((m) => [m.type, m.id])).toEqual([
      ['pause', a],
      ['resume', b],
    ]);
  });

  it('drops replies to older requests and delivers replies to the latest', () => {
    const { spawned, got, client } = fake();
    const start = client.send({ type: 'pause' });
    const pause = client.send({ type: 'pause' });
    spawned[0].onmessage?.({ data: progressReply(start) }); // stale: a pause overtook it
    expect(got).toHaveLength(0);
    spawned[0].onmessage?.({ data: progressReply(pause) });
    expect(got).toHaveLength(1);
    client.drop();
    spawned[0].onmessage?.({ data: progressReply(pause) });
    expect(got).toHaveLength(1);
  });

  it('restarts: terminates the worker, ignores its late replies, spawns a new one on the next request', () => {
    const { spawned, got, client } = fake();
    const id = client.send({ type: 'pause' });
    client.restart();
    expect(spawned[0].terminated).toBe(true);
    expect(client.alive()).toBe(false);
    spawned[0].onmessage?.({ data: progressReply(id) });
    expect(got).toHaveLength(0);
    const id2 = client.send({ type: 'resume' });
    expect(spawned).toHaveLength(2);
    spawned[1].onmessage?.({ data: progressReply(id2) });
    expect(got).toHaveLength(1);
  });

  it('reports a worker error against the latest request', () => {
    const { spawned, got, client } = fake();
    const id = client.send({ type: 'pause' });
    spawned[0].onerror?.({ message: 'boom' });
    expect(got).toEqual([{ type: 'error', id, message: 'boom' }]);
  });
});

describe('the worker handler', () => {
  it('starts, posts progress with the start id, pauses with the trained model, resumes and stops', () => {
    const state = createWorkerState();
    const posts: Reply[] = [];
    const post = (r: Reply) => posts.push(r);
    const clock = fakeClock();
    handleMessage(state, { type: 'start', id: 1, setup: setup() }, post, clock);
    expect(state.running).toBe(true);
    expect(tick(state, post, clock)).toBe(true);
    expect(posts[0].type).toBe('progress');
    expect(posts[0].id).toBe(1);
    handleMessage(state, { type: 'pause', id: 2 }, post, clock);
    expect(tick(state, post, clock)).toBe(false);
    const paused = posts[1];
    expect(paused.type).toBe('paused');
    expect(paused.id).toBe(2);
    if (paused.type !== 'paused') throw new Error();
    expect(paused.progress.iter).toBeGreaterThan(0);
    expect(paused.model.weights.Why).toBeInstanceOf(Float64Array);
    handleMessage(state, { type: 'resume', id: 3 }, post, clock);
    tick(state, post, clock);
    expect(posts[2]).toMatchObject({ type: 'progress', id: 3 });
    handleMessage(state, { type: 'stop', id: 4 }, post, clock);
    expect(posts[3]).toMatchObject({ type: 'stopped', id: 4, reason: 'stopped' });
    expect(state.session).toBeNull();
  });

  it('pauses by itself after pauseEvery iterations, and a resume runs that many more', () => {
    const state = createWorkerState();
    const posts: Reply[] = [];
    const post = (r: Reply) => posts.push(r);
    const clock = () => performance.now();
    handleMessage(state, { type: 'start', id: 1, setup: setup({ pauseEvery: 50 }) }, post, clock);
    while (tick(state, post, clock));
    expect(posts.at(-1)).toMatchObject({ type: 'paused', id: 1, progress: { iter: 50 } });
    handleMessage(state, { type: 'resume', id: 2, pauseEvery: 30 }, post, clock);
    while (tick(state, post, clock));
    expect(posts.at(-1)).toMatchObject({ type: 'paused', id: 2, progress: { iter: 80 } });
  });

  it('answers a request it cannot serve with an error carrying that request id', () => {
    const state = createWorkerState();
    const posts: Reply[] = [];
    handleMessage(state, { type: 'pause', id: 7 }, (r) => posts.push(r), fakeClock());
    expect(posts).toEqual([{ type: 'error', id: 7, message: expect.any(String) }]);
  });

  it('on a diverging learning rate stops within one iteration and hands back the last finite weights', () => {
    // linear activation, no clipping, sgd lr 10: the loss overflows after a few updates
    const s0 = setup({ model: helloModel('linear'), lr: 10, clip: NO_CLIP });
    const state = createWorkerState();
    const posts: Reply[] = [];
    const clock = fakeClock();
    handleMessage(state, { type: 'start', id: 1, setup: s0 }, (r) => posts.push(r), clock);
    while (tick(state, (r) => posts.push(r), clock));
    const last = posts[posts.length - 1];
    if (last.type !== 'stopped') throw new Error(`expected stopped, got ${last.type}`);
    expect(last.reason).toBe('diverged');
    for (const w of Object.values(last.model.weights)) expect(w.every(Number.isFinite)).toBe(true);
    // the kept weights are the ones after iter updates, whose loss was the last finite one
    const loss = buildTrace(last.model, HELLO.inputs, HELLO.targets).loss;
    expect(Number.isFinite(loss)).toBe(true);
    expect(relative(loss, last.progress.loss)).toBeLessThan(1e-9);
    // replaying iter updates from the start reaches the same weights; their loss is the last point's,
    // and the next update leads to the weights whose loss is not finite
    const replay = createSession(s0, 0);
    for (let k = 0; k < last.progress.iter; k++) expect(step(replay)).toBe(true);
    expect(Array.from(replay.model.weights.Whh)).toEqual(Array.from(last.model.weights.Whh));
    expect(step(replay)).toBe(true);
    expect(replay.loss).toBe(last.progress.loss);
    expect(step(replay)).toBe(false);
    expect(last.progress.points.at(-1)?.x).toBe(last.progress.iter);
  });
});

const relative = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), 1e-12);

describe('the training loop', () => {
  it('trains the hello example until the argmax spells "ello"', () => {
    const s = createSession(setup(), 0);
    runSlice(s, 300, () => performance.now());
    const probe = probeOne(s.model, HELLO);
    expect(probe).toEqual({ input: 'hell', output: 'ello', expected: 'ello', right: true });
  });

  it('takes the same steps on the text path (fast) and the example path (trace) for the hello example', () => {
    const text = createSession(setup({ optimizer: 'adam', lr: 0.05 }), 0);
    const ex = createSession(
      setup({ optimizer: 'adam', lr: 0.05, data: { kind: 'examples', examples: [HELLO] } }),
      0,
    );
    for (let k = 0; k < 200; k++) {
      step(text);
      step(ex);
      expect(relative(text.loss, ex.loss)).toBeLessThan(1e-9);
    }
    for (const [name, w] of Object.entries(text.model.weights))
      for (let k = 0; k < w.length; k++) expect(w[k]).toBeCloseTo(ex.model.weights[name][k], 9);
  });

  it('updates with the sum of the trace gradients of every example (sgd, no clip: W − lr·Σ dW)', () => {
    const examples = [HELLO, { inputs: [0, null, null], targets: [1, 2, null] }];
    const s = createSession(setup({ data: { kind: 'examples', examples }, clip: NO_CLIP, lr: 0.3 }), 0);
    const before = structuredClone(s.model);
    const traces = examples.map((e) => buildTrace(before, e.inputs, e.targets));
    step(s);
    expect(s.loss).toBeCloseTo(traces[0].loss + traces[1].loss, 12);
    for (const [name, w] of Object.entries(s.model.weights))
      for (let k = 0; k < w.length; k++) {
        const g = traces[0].grads[name][k] + traces[1].grads[name][k];
        expect(w[k]).toBeCloseTo(before.weights[name][k] - 0.3 * g, 12);
      }
  });

  it('keeps at most MAX_POINTS points, doubling the stride and thinning', () => {
    const s = createSession(setup(), 0);
    let all: { x: number }[] = [];
    let stride = 1;
    for (let k = 0; k < 6; k++) {
      const p = runSlice(s, 30, () => performance.now());
      stride = p.stride;
      all = thin([...all, ...p.points], stride);
    }
    expect(s.iter).toBeGreaterThan(MAX_POINTS);
    expect(all.length).toBeLessThanOrEqual(MAX_POINTS + 1);
    expect(all.every((p) => p.x % stride === 0)).toBe(true);
  });

  it('samples text from the model and reports the probe examples', () => {
    const s = createSession(setup(), 0);
    const p = runSlice(s, 50, () => performance.now());
    expect(p.sample).toHaveLength(5);
    expect(p.probe?.[0].expected).toBe('ello');
  });
});
