import { beforeEach, describe, expect, it } from 'vitest';
import { initModel } from '../engine/init';
import type { Model } from '../engine/model';
import { DEFAULT_CONFIG } from './config';
import { useLesson } from './index';
import {
  applyLinkLang,
  applyLinkWeights,
  decodeWeights,
  encodeWeights,
  linkWeights,
  MAX_BLOCK_CHARS,
  readLinkExtras,
  resetLinkExtras,
  writeLinkExtras,
} from './weightsLink';

const hello = (H: number, cell: Model['cell'] = 'rnn', seed = 5) =>
  initModel({ cell, vocab: ['h', 'e', 'l', 'o'], hiddenSize: H, seed, initialState: 'random' });

/** Every weight, h0 and c0 of two models are the same float64 numbers. */
function expectSameModel(a: Model, b: Model) {
  expect(b.cell).toBe(a.cell);
  expect(b.activation).toBe(a.activation);
  expect(b.vocab).toEqual(a.vocab);
  expect(b.hiddenSize).toBe(a.hiddenSize);
  expect(Object.keys(b.weights).sort()).toEqual(Object.keys(a.weights).sort());
  for (const k of Object.keys(a.weights)) expect(Array.from(b.weights[k])).toEqual(Array.from(a.weights[k]));
  expect(Array.from(b.h0)).toEqual(Array.from(a.h0));
  expect(b.c0 ? Array.from(b.c0) : null).toEqual(a.c0 ? Array.from(a.c0) : null);
}

const s = () => useLesson.getState();

beforeEach(() => {
  resetLinkExtras();
  s().setConfig(DEFAULT_CONFIG);
  useLesson.setState({ loaded: null, trained: null, notice: null, lang: 'en' });
  s().setConfig(DEFAULT_CONFIG);
});

describe('the weights block', () => {
  it('round-trips every cell exactly, including h0, c0 and a vocabulary beyond ASCII', () => {
    for (const cell of ['rnn', 'lstm', 'gru'] as const) {
      const m = hello(5, cell);
      expectSameModel(m, decodeWeights(encodeWeights(m)));
    }
    const ko = initModel({
      cell: 'rnn',
      vocab: ['한', '글', ' ', '😀'],
      hiddenSize: 2,
      seed: 1,
      initialState: 'zeros',
    });
    ko.weights.Whh[0] = -0; // signed zero and extreme magnitudes survive too
    ko.weights.by[1] = 1e-300;
    ko.weights.by[2] = -1.7976931348623157e308;
    const back = decodeWeights(encodeWeights(ko));
    expectSameModel(ko, back);
    expect(Object.is(back.weights.Whh[0], -0)).toBe(true);
  });

  it('is base64url text only, and holds the hello RNN with H = 16 well under the limit', () => {
    const block = encodeWeights(hello(16));
    expect(block).toMatch(/^[A-Za-z0-9_-]+$/);
    // 10 header bytes + 4 vocab bytes + (404 weights + 16 h0) × 8 bytes = 3374 bytes → 4499 characters
    expect(block.length).toBe(Math.ceil((3374 * 4) / 3));
    expect(block.length).toBeLessThan(MAX_BLOCK_CHARS);
  });

  it('refuses a malformed block with a message that names the problem', () => {
    const good = encodeWeights(hello(3));
    expect(() => decodeWeights('abc$')).toThrow('characters that are not base64url');
    expect(() => decodeWeights(good.slice(0, -12))).toThrow(/bytes, expected \d+ for rnn H=3 V=4/);
    expect(() => decodeWeights(`B${good.slice(1)}`)).toThrow(/version \d+ is not 1/);
    expect(() => decodeWeights('AQ')).toThrow('too short');
    // a NaN among the weights
    const m = hello(3);
    m.weights.bh[1] = Number.NaN;
    expect(() => decodeWeights(encodeWeights(m))).toThrow('not finite');
  });
});

describe('links and the store', () => {
  it('carries nothing for seeded weights, the block for a loaded model, and says when it is too big', () => {
    expect(linkWeights(s())).toEqual({ kind: 'seeded' });
    const m = hello(3, 'rnn', 9);
    s().loadModel(m, 'm.json');
    const w = linkWeights(s());
    expect(w.kind).toBe('carried');
    const params = new URLSearchParams();
    writeLinkExtras(s(), params);
    expectSameModel(m, decodeWeights(params.get('w') ?? ''));
    s().loadModel(hello(32, 'lstm'), 'big.json');
    const big = linkWeights(s());
    expect(big.kind).toBe('tooBig');
    const none = new URLSearchParams();
    writeLinkExtras(s(), none);
    expect(none.has('w')).toBe(false);
  });

  it('opens a link’s weights as the lesson’s model, with the same trace numbers', () => {
    const m = hello(3, 'rnn', 11);
    const params = new URLSearchParams({ w: encodeWeights(m) });
    applyLinkWeights(readLinkExtras(params));
    expectSameModel(m, s().passes[0].model);
    expect(s().notice?.message.key).toBe('link.weightsLoaded');
  });

  it('keeps the seeded weights and gives a specific notice when the block is malformed', () => {
    const seeded = s().passes[0].model;
    applyLinkWeights(readLinkExtras(new URLSearchParams({ w: 'AQAAAA' })));
    expect(s().passes[0].model).toBe(seeded);
    expect(s().loaded).toBeNull();
    expect(s().notice).toEqual({
      kind: 'error',
      message: { key: 'link.error.weights', params: { reason: 'it is too short' } },
    });
  });

  it('sets the language from lang=ko for this visit and writes it back while the link has it', () => {
    applyLinkLang(readLinkExtras(new URLSearchParams({ lang: 'ko' })));
    expect(s().lang).toBe('ko');
    const params = new URLSearchParams();
    writeLinkExtras(s(), params);
    expect(params.get('lang')).toBe('ko');
    expect(readLinkExtras(new URLSearchParams({ lang: 'fr' })).invalid).toEqual(['lang']);
  });
});
