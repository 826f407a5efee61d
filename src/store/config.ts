/**
 * The lesson's settings: declared once with their types and defaults, serialised to and from the URL
 * hash from this one place. The seed is part of the state, so a link reproduces a view exactly.
 */
import { DEFAULT_KEEP_BIAS, INIT_CHOICES } from '../engine/init';
import { ACTIVATIONS, type Activation, CELL_TYPES, type CellType } from '../engine/model';
import { OPTIMIZER_KINDS, type OptimizerKind } from '../engine/optim';
import { NO_INPUT } from '../engine/text';
import { SHAPES, type ShapeKind } from './shapes';

export type { OptimizerKind };
export const OPTIMIZERS = OPTIMIZER_KINDS;
export type H0Kind = 'zeros' | 'random';
export type InitChoice = (typeof INIT_CHOICES)[number];

export interface Config {
  /** Input text; with an empty target, inputs are its characters 1..n−1 and targets 2..n. */
  input: string;
  /** Target text ('' = the input shifted by one). */
  target: string;
  cell: CellType;
  activation: Activation;
  hidden: number;
  seed: number;
  h0: H0Kind;
  lr: number;
  optimizer: OptimizerKind;
  /** Sequence shape preset (shapes.ts); many-to-many is the lesson text itself. */
  shape: ShapeKind;
  /** A fixed vocabulary, one code point each ('' = the text's characters in order of appearance). */
  vocab: string;
  /** Weight initialisation (engine/init.ts): small random (gaussian), Xavier, orthogonal, zeros. */
  init: InitChoice;
  /** Multiplies the initial weight matrices (large values saturate tanh and the gates). */
  scale: number;
  /** Spectral radius every Whh block is rescaled to (0 = as initialised). */
  radius: number;
  /** Initial bias of the gate that keeps the old state (LSTM forget gate f, GRU update gate z). */
  keep: number;
}

/** The lecture's example: "hell" → "ello", vocab h e l o, a tanh RNN with 3 hidden units. */
export const DEFAULT_CONFIG: Config = {
  input: 'hell',
  target: 'ello',
  cell: 'rnn',
  activation: 'tanh',
  hidden: 3,
  seed: 27,
  h0: 'random',
  lr: 0.1,
  optimizer: 'sgd',
  shape: 'many-to-many',
  vocab: '',
  init: 'gaussian',
  scale: 1,
  radius: 0,
  keep: DEFAULT_KEEP_BIAS,
};

export const SCALE_MAX = 20;
export const RADIUS_MAX = 3;
export const KEEP_MAX = 10;

export const HIDDEN_MIN = 1;
export const HIDDEN_MAX = 64;
export const TEXT_MAX = 200;
export const VOCAB_MAX = 256;

/** A vocabulary string is valid when its code points are distinct, at most VOCAB_MAX, and not ∅. */
export function validVocab(v: string): boolean {
  const chars = Array.from(v);
  return chars.length <= VOCAB_MAX && new Set(chars).size === chars.length && !chars.includes(NO_INPUT);
}

type Codec<T> = { key: string; parse: (s: string) => T | undefined; show: (v: T) => string };

const text = (key: string): Codec<string> => ({
  key,
  parse: (s) => (s.length <= 4 * TEXT_MAX ? s : undefined),
  show: (v) => v,
});
const oneOf = <T extends string>(key: string, values: readonly T[]): Codec<T> => ({
  key,
  parse: (s) => ((values as readonly string[]).includes(s) ? (s as T) : undefined),
  show: (v) => v,
});
const int = (key: string, min: number, max: number): Codec<number> => ({
  key,
  parse: (s) => (/^-?\d+$/.test(s) && +s >= min && +s <= max ? +s : undefined),
  show: (v) => String(v),
});
const positive = (key: string): Codec<number> => ({
  key,
  parse: (s) => (s.trim() !== '' && Number.isFinite(+s) && +s > 0 && +s <= 100 ? +s : undefined),
  show: (v) => String(v),
});

/** A number in [min, max] (or (min, max] when `open`). */
const decimal = (key: string, min: number, max: number, open = false): Codec<number> => ({
  key,
  parse: (s) =>
    s.trim() !== '' && Number.isFinite(+s) && (open ? +s > min : +s >= min) && +s <= max ? +s : undefined,
  show: (v) => String(v),
});

/** Every URL parameter of the config, with its type. */
export const CONFIG_CODECS: { [K in keyof Config]: Codec<Config[K]> } = {
  input: text('in'),
  target: text('tg'),
  cell: oneOf('cell', CELL_TYPES),
  activation: oneOf('act', ACTIVATIONS),
  hidden: int('H', HIDDEN_MIN, HIDDEN_MAX),
  seed: int('seed', 0, 2 ** 31 - 1),
  h0: oneOf('h0', ['zeros', 'random'] as const),
  lr: positive('lr'),
  optimizer: oneOf('opt', OPTIMIZERS),
  shape: oneOf('shape', SHAPES),
  vocab: { key: 'voc', parse: (s) => (validVocab(s) ? s : undefined), show: (v) => v },
  init: oneOf('init', INIT_CHOICES),
  scale: decimal('ws', 0, SCALE_MAX, true),
  radius: decimal('rho', 0, RADIUS_MAX),
  keep: decimal('kb', -KEEP_MAX, KEEP_MAX),
};

/** Where the lesson stands: the pass (updates applied) and the moment within it. */
export interface UrlCursor {
  pass: number;
  index: number;
}

export interface UrlState {
  config: Config;
  cursor: UrlCursor;
  /** Parameter names that were present but malformed (they fell back to defaults). */
  invalid: string[];
}

const MAX_PASS = 500;

export function parseHash(hash: string): UrlState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const config: Config = { ...DEFAULT_CONFIG };
  const invalid: string[] = [];
  for (const name of Object.keys(CONFIG_CODECS) as (keyof Config)[]) {
    const codec = CONFIG_CODECS[name];
    const raw = params.get(codec.key);
    if (raw === null) continue;
    const v = codec.parse(raw);
    if (v === undefined) invalid.push(codec.key);
    else (config as unknown as Record<string, unknown>)[name] = v;
  }
  const cursor = { pass: 0, index: 0 };
  for (const [key, field, max] of [
    ['pass', 'pass', MAX_PASS],
    ['m', 'index', 100000],
  ] as const) {
    const raw = params.get(key);
    if (raw === null) continue;
    if (/^\d+$/.test(raw) && +raw <= max) cursor[field] = +raw;
    else invalid.push(key);
  }
  return { config, cursor, invalid };
}

export function formatHash(config: Config, cursor: UrlCursor): string {
  const params = new URLSearchParams();
  for (const name of Object.keys(CONFIG_CODECS) as (keyof Config)[]) {
    const codec = CONFIG_CODECS[name] as Codec<unknown>;
    params.set(codec.key, codec.show(config[name]));
  }
  params.set('pass', String(cursor.pass));
  params.set('m', String(cursor.index));
  return `#${params.toString()}`;
}
