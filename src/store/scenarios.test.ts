import { describe, expect, it } from 'vitest';
import { gradientFlow } from '../engine/gradientFlow';
import type { Block } from '../engine/model';
import { blockOf } from '../engine/trace';
import { type Config, DEFAULT_CONFIG, formatHash, parseHash } from './config';
import { buildSequence, firstPass, type Sequence } from './lesson';
import { activeScenario, SCENARIO_PATCH, SCENARIOS, type ScenarioId } from './scenarios';

const configOf = (id: ScenarioId, extra: Partial<Config> = {}): Config => ({
  ...DEFAULT_CONFIG,
  ...SCENARIO_PATCH[id],
  ...extra,
});
function traceOf(config: Config) {
  const seq = buildSequence(config, null) as Sequence;
  return firstPass(config, seq, null).trace;
}
const lastLossAt1 = (config: Config) => gradientFlow(traceOf(config)).lastLossNorm[0];
const gateValues = (config: Config, gates: Block[]) =>
  traceOf(config).forward.flatMap((s) => gates.flatMap((g) => Array.from(blockOf(s.act, g))));

describe('scenarios', () => {
  it('each opens as valid settings, survives a link, and is recognised again', () => {
    for (const id of SCENARIOS) {
      const config = configOf(id);
      expect(buildSequence(config, null)).not.toHaveProperty('key');
      const back = parseHash(formatHash(config, { pass: 0, index: 0 }));
      expect(back.rejected).toEqual([]);
      expect(activeScenario(back.config)).toBe(id);
    }
    expect(activeScenario(DEFAULT_CONFIG)).toBeNull();
    // a setting changed by hand leaves the scenario
    expect(activeScenario(configOf('exploding', { radius: 0.9 }))).toBeNull();
  });

  it('long range: the RNN’s gradient from the last loss back to h₁ is far below the LSTM’s and the GRU’s', () => {
    const rnn = lastLossAt1(configOf('longRange'));
    expect(rnn).toBeLessThan(1e-3);
    expect(lastLossAt1(configOf('longRange', { cell: 'lstm' }))).toBeGreaterThan(10 * rnn);
    expect(lastLossAt1(configOf('longRange', { cell: 'gru' }))).toBeGreaterThan(10 * rnn);
  });

  it('saturation: large input weights push most gate values to within 0.02 of 0 or 1 (none by default)', () => {
    const near = (xs: number[]) => xs.filter((g) => g < 0.02 || g > 0.98).length / xs.length;
    expect(near(gateValues(configOf('saturation'), ['f', 'i', 'o']))).toBeGreaterThan(0.5);
    expect(near(gateValues(configOf('saturation', { scale: 1 }), ['f', 'i', 'o']))).toBeLessThan(0.05);
  });

  it('exploding: the long-range gradient grows with Whh’s spectral radius', () => {
    const norms = [0.5, 1, 1.5, 2.5].map((radius) => lastLossAt1(configOf('exploding', { radius })));
    for (let k = 1; k < norms.length; k++) expect(norms[k]).toBeGreaterThan(norms[k - 1]);
    expect(norms[3]).toBeGreaterThan(1);
    expect(norms[0]).toBeLessThan(1e-3);
  });

  it('forget-gate bias: 1 keeps f near 0.73 and the long-range gradient 1000× larger than bias 0', () => {
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(gateValues(configOf('forgetBias1'), ['f']))).toBeGreaterThan(0.7);
    expect(mean(gateValues(configOf('forgetBias0'), ['f']))).toBeLessThan(0.55);
    expect(lastLossAt1(configOf('forgetBias1'))).toBeGreaterThan(1000 * lastLossAt1(configOf('forgetBias0')));
  });

  it('dying ReLU: some units are 0 at every step, so no gradient reaches their weights', () => {
    const tr = traceOf(configOf('dyingRelu'));
    const H = tr.model.hiddenSize;
    const dead = Array.from({ length: H }, (_, j) => j).filter((j) => tr.forward.every((s) => s.h[j] === 0));
    expect(dead.length).toBeGreaterThan(0);
    for (const j of dead) for (let k = 0; k < H; k++) expect(tr.grads.Whh[j * H + k]).toBe(0);
  });

  it('linear RNN: h_T is one linear map of the inputs, Σ Whhᵀ⁻ᵏ (Wxh x_k + bh), however many steps', () => {
    const tr = traceOf(configOf('linear'));
    const { Wxh, Whh, bh } = tr.model.weights;
    const H = tr.model.hiddenSize;
    const V = tr.model.vocab.length;
    let h: number[] = new Array(H).fill(0);
    for (const ix of tr.inputs) {
      const next = new Array(H).fill(0);
      for (let i = 0; i < H; i++) {
        next[i] = bh[i] + (ix === null ? 0 : Wxh[i * V + ix]);
        for (let j = 0; j < H; j++) next[i] += Whh[i * H + j] * h[j];
      }
      h = next;
    }
    const hT = tr.forward[tr.T - 1].h;
    for (let i = 0; i < H; i++)
      expect(Math.abs(hT[i] - h[i])).toBeLessThanOrEqual(1e-12 * (1 + Math.abs(h[i])));
  });

  it('zeros: every unit computes the same thing at every step (the symmetry is never broken)', () => {
    const tr = traceOf(configOf('zeros'));
    for (const s of tr.forward) for (const v of s.h) expect(v).toBe(s.h[0]);
    const H = tr.model.hiddenSize;
    const dWhh = tr.grads.Whh;
    for (let i = 1; i < H; i++) for (let j = 0; j < H; j++) expect(dWhh[i * H + j]).toBe(dWhh[j]);
  });
});
