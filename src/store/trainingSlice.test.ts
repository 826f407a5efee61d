import { beforeEach, describe, expect, it } from 'vitest';
import { buildTrace } from '../engine/trace';
import type { WorkerLike } from '../worker/client';
import { createWorkerState, handleMessage, tick } from '../worker/handler';
import type { Reply, Request } from '../worker/protocol';
import { DEFAULT_CONFIG } from './config';
import { feedbackOf } from './generation';
import { selectFeedback } from './generationSlice';
import { useLesson } from './index';
import { presetPatch } from './shapes';
import { checkCorpus, fitLessonTo, isShift, lessonData, sessionKey } from './trainingData';
import { setWorkerFactory } from './trainingSlice';

/** A worker that runs the real handler in this thread: requests at once, slices when the test says. */
function installFakeWorker() {
  const state = createWorkerState();
  let w: WorkerLike | null = null;
  const clock = () => performance.now();
  const post = (r: Reply) => w?.onmessage?.({ data: r });
  setWorkerFactory(() => {
    w = {
      onmessage: null,
      onerror: null,
      postMessage: (req: Request) => handleMessage(state, req, post, clock),
      terminate: () => {
        w = null;
      },
    };
    return w;
  });
  return {
    run: (slices = 5) => {
      for (let k = 0; k < slices; k++) tick(state, post, clock);
    },
  };
}

const s = () => useLesson.getState();

beforeEach(() => {
  s().discardTrained();
  s().setConfig({ ...DEFAULT_CONFIG });
});

describe('training the lesson in the worker', () => {
  it('runs, pauses with the trained weights as pass 0, and Reset brings back the seeded weights', () => {
    const worker = installFakeWorker();
    const initial = s().passes[0].model.weights.Why.slice();
    s().train();
    expect(s().training.status).toBe('running');
    worker.run(8);
    expect(s().training.iter).toBeGreaterThan(0);
    expect(s().training.curve.length).toBeGreaterThan(0);
    s().pauseTraining();
    expect(s().training.status).toBe('paused');
    expect(s().trained).not.toBeNull();
    const trace = s().passes[0].trace;
    expect(trace.forward.map((f) => s().seq.vocab[f.argmax]).join('')).toBe('ello');
    expect(Array.from(s().passes[0].model.weights.Why)).not.toEqual(Array.from(initial));
    s().reset();
    expect(s().trained).toBeNull();
    expect(s().training.status).toBe('idle');
    expect(Array.from(s().passes[0].model.weights.Why)).toEqual(Array.from(initial));
  });

  it('keeps the trained weights when the learning rate changes, drops them when the cell changes', () => {
    const worker = installFakeWorker();
    s().train();
    worker.run(2);
    s().stopTraining();
    expect(s().training.status).toBe('idle');
    const trained = s().trained;
    expect(trained).not.toBeNull();
    s().setConfig({ lr: 0.05 });
    expect(s().trained).toBe(trained);
    expect(Array.from(s().passes[0].model.weights.Why)).toEqual(Array.from(trained?.model.weights.Why ?? []));
    s().setConfig({ cell: 'gru' });
    expect(s().trained).toBeNull();
  });

  it('says so in words when the loss blows up, and the lesson gets the last finite weights', () => {
    const worker = installFakeWorker();
    s().setConfig({ activation: 'linear', lr: 10 });
    s().setTrainingOptions({ clip: 'none' });
    s().train();
    worker.run(3);
    const t = s().training;
    expect(t.status).toBe('idle');
    expect(t.message?.message.key).toBe('training.diverged');
    const loss = s().passes[0].trace.loss;
    expect(Number.isFinite(loss)).toBe(true);
    s().setTrainingOptions({ clip: 'value' });
  });

  it('trains a shape preset on all its examples and shows one of them', () => {
    const worker = installFakeWorker();
    s().setConfig(presetPatch('many-to-one-emoji', 4));
    s().train();
    worker.run(20);
    s().pauseTraining();
    const probe = s().training.probe ?? [];
    expect(probe).toHaveLength(10);
    expect(probe.every((p) => p.right)).toBe(true);
    const last = s().passes[0].trace.forward.at(-1);
    expect(s().seq.vocab[last?.argmax ?? -1]).toBe('😢');
    // loss is taken at the last step only
    expect(
      s()
        .passes[0].trace.forward.slice(0, -1)
        .every((f) => f.loss === 0),
    ).toBe(true);
    // the lesson's next update carries on with training's Adam state: the loss stays small
    expect(s().passes[0].optimizer.step).toBeGreaterThan(0);
    s().goToEnd();
    expect(s().passes[1].trace.loss).toBeLessThan(0.5);
    // another example keeps the trained weights
    const trained = s().trained;
    s().setConfig(presetPatch('many-to-one-emoji', 0));
    expect(s().trained).toBe(trained);
  });

  it('moves the lesson onto a pasted Korean text whose vocabulary it must share', () => {
    const worker = installFakeWorker();
    const text = '하늘을 우러러 한 점 부끄럼이 없기를';
    s().setTrainingOptions({ source: 'paste', pasted: text });
    s().train();
    expect(s().config.input).toBe([...text].slice(0, 16).join(''));
    worker.run(2);
    expect(s().training.iter).toBeGreaterThan(0);
    s().stopTraining();
    expect(s().passes[0].model.vocab.join('')).toBe([...new Set(text)].sort().join(''));
    s().setTrainingOptions({ source: 'lesson', pasted: '' });
  });
});

describe('training data', () => {
  it('sends a shifted lesson to the fast path as one window and anything else as an example', () => {
    expect(lessonData({ vocab: [], inputs: [0, 1, 2, 2], targets: [1, 2, 2, 3] })).toEqual({
      kind: 'text',
      data: Int32Array.from([0, 1, 2, 2, 3]),
      seqLength: 4,
    });
    expect(isShift({ inputs: [0, null], targets: [1, 2] })).toBe(false);
    expect(lessonData({ vocab: [], inputs: [0, 1], targets: [null, 3] }).kind).toBe('examples');
  });

  it('enforces the limits with a reason', () => {
    expect(checkCorpus('a')?.key).toBe('training.error.corpusShort');
    expect(checkCorpus('x'.repeat(1_000_001))?.key).toBe('training.error.corpusBig');
    const many = Array.from({ length: 300 }, (_, k) => String.fromCodePoint(0x4e00 + k)).join('');
    expect(checkCorpus(many)).toEqual({ key: 'training.error.corpusVocab', params: { n: 300, max: 256 } });
    expect(checkCorpus('a∅b')?.key).toBe('training.error.corpusNone');
    expect(checkCorpus('안녕하세요')).toBeNull();
  });

  it('keeps the lesson text when it fits the text’s vocabulary, else shows the start of the text', () => {
    expect(fitLessonTo(DEFAULT_CONFIG, 'hello world')).toEqual({ vocab: ' dehlorw' });
    expect(fitLessonTo(DEFAULT_CONFIG, 'abcabc')).toEqual({ vocab: 'abc', input: 'abcabc', target: '' });
    expect(fitLessonTo({ ...DEFAULT_CONFIG, vocab: 'ehlo' }, 'hello')).toBeNull();
  });

  it('keys a session by everything it depends on', () => {
    const a = sessionKey(DEFAULT_CONFIG, ['h'], 'lesson', 'value', '');
    expect(sessionKey({ ...DEFAULT_CONFIG, lr: 0.2 }, ['h'], 'lesson', 'value', '')).not.toBe(a);
    expect(sessionKey(DEFAULT_CONFIG, ['h'], 'lesson', 'none', '')).not.toBe(a);
    const shape = { ...DEFAULT_CONFIG, shape: 'one-to-one' as const };
    // a shape trains on all its examples: the example shown does not matter
    expect(sessionKey({ ...shape, input: '|' }, ['h'], 'lesson', 'value', '')).toBe(
      sessionKey({ ...shape, input: ':' }, ['h'], 'lesson', 'value', ''),
    );
  });
});

describe('generation', () => {
  it('draws N characters with their probabilities from the lesson model', () => {
    s().setGeneration({ seed: 'h', length: 5, temperature: 0.5, mode: 'feed' });
    s().generateText();
    const g = s().generation;
    expect(g.out).toHaveLength(5);
    for (const c of g.out) {
      expect(['h', 'e', 'l', 'o']).toContain(c.char);
      expect(c.p).toBeGreaterThan(0);
      expect(c.p).toBeLessThanOrEqual(1);
    }
    s().setGeneration({ seed: 'z' });
    s().generateText();
    expect(s().generation.error?.key).toBe('generate.error.seed');
    s().setGeneration({ seed: '' });
  });

  it('steps one character at a time: the drawn character becomes the next input, fed back', () => {
    s().setGeneration({ seed: 'h', temperature: 1, mode: 'feed' });
    s().startStepping();
    expect(s().config.input).toBe('h');
    expect(s().seq.targets).toEqual([null]);
    const y = s().passes[0].trace.forward[0].y;
    s().stepGeneration();
    const drawn = s().generation.out[0];
    expect(s().config.input).toBe(`h${drawn.char}`);
    expect(s().seq.inputs[1]).toBe(drawn.index);
    // p is softmax(y / τ) at the drawn index, τ = 1
    const e = Array.from(y, (v) => Math.exp(v));
    expect(drawn.p).toBeCloseTo(e[drawn.index] / e.reduce((a, b) => a + b), 12);
    expect(selectFeedback(s())).toEqual([drawn.p, null]);
    // the lesson's trace is that of the generated sequence
    const tr = buildTrace(s().passes[0].model, s().seq.inputs, s().seq.targets);
    expect(s().passes[0].trace.forward[1].y).toEqual(tr.forward[1].y);
    s().stopStepping();
    expect(s().config.input).toBe('hell');
    expect(s().config.target).toBe('ello');
    expect(selectFeedback(s())).toBeNull();
  });

  it('marks which steps were fed from the step before', () => {
    expect(feedbackOf(5, 2, [{ p: 0.5 }, { p: 0.25 }, { p: 0.1 }])).toEqual([null, 0.5, 0.25, 0.1, null]);
  });
});
