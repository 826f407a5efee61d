/**
 * "Break it" scenarios: each is a set of real settings (config keys, so a link holds it) and one
 * sentence of what to watch. The scenario shown is the first whose settings all match the lesson's, so
 * changing any of them by hand leaves the scenario (and a link reopens it). Each claim is checked on
 * the engine in scenarios.test.ts.
 */
import type { MessageKey } from '../i18n';
import type { Config } from './config';

export const SCENARIOS = [
  'longRange',
  'saturation',
  'exploding',
  'forgetBias0',
  'forgetBias1',
  'dyingRelu',
  'linear',
  'zeros',
] as const;
export type ScenarioId = (typeof SCENARIOS)[number];

/** A text long enough for the far end of the sequence to matter (30 steps). */
export const LONG_TEXT = 'the quick brown fox jumps over';

/** 103 steps: far enough for the first characters to be out of the RNN's reach. */
export const LONG_RANGE_TEXT =
  'the quick brown fox jumps over the lazy dog while the old cat sleeps in the warm sun and the bird sings';

const base: Partial<Config> = {
  input: LONG_TEXT,
  target: '',
  vocab: '',
  shape: 'many-to-many',
  seed: 27,
  h0: 'zeros',
  init: 'gaussian',
  scale: 1,
  radius: 0,
};

export const SCENARIO_PATCH: Record<ScenarioId, Partial<Config>> = {
  longRange: { ...base, input: LONG_RANGE_TEXT, cell: 'rnn', activation: 'tanh', hidden: 8, keep: 3 },
  saturation: { ...base, cell: 'lstm', hidden: 8, scale: 20 },
  exploding: { ...base, cell: 'rnn', activation: 'tanh', hidden: 8, radius: 2.5 },
  forgetBias0: { ...base, cell: 'lstm', hidden: 8, keep: 0 },
  forgetBias1: { ...base, cell: 'lstm', hidden: 8, keep: 1 },
  dyingRelu: { ...base, cell: 'rnn', activation: 'relu', hidden: 8, scale: 4, seed: 3 },
  linear: { ...base, cell: 'rnn', activation: 'linear', hidden: 8 },
  zeros: { ...base, cell: 'rnn', activation: 'tanh', hidden: 4, init: 'zeros', input: 'hell', target: '' },
};

/** The scenario's name and its "what to watch" sentence (catalog keys). */
export const scenarioName = (id: ScenarioId) => `scenario.${id}` as MessageKey;
export const scenarioWatch = (id: ScenarioId) => `scenario.${id}.watch` as MessageKey;

/** The scenario whose settings the config has (all of them), or null. */
export function activeScenario(config: Config): ScenarioId | null {
  for (const id of SCENARIOS) {
    const patch = SCENARIO_PATCH[id];
    if ((Object.keys(patch) as (keyof Config)[]).every((k) => config[k] === patch[k])) return id;
  }
  return null;
}
