/**
 * The lesson's settings: declared once with their types and defaults, serialised to and from the URL
 * hash from this one place. The seed is part of the state, so a link reproduces a view exactly.
 */
import { DEFAULT_KEEP_BIAS, INIT_CHOICES } from '../engine/init';
import { HIDDEN_MAX, HIDDEN_MIN, VOCAB_MAX } from '../engine/limits';
import { ACTIVATIONS, type Activation, CELL_TYPES, type CellType } from '../engine/model';
import { OPTIMIZER_KINDS, type OptimizerKind } from '../engine/optim';
import { codeOf, findBadChar, NO_INPUT } from '../engine/text';
import type { MessageKey, Params } from '../i18n';
import type { LessonError } from './lesson';
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

/** One limit for H and V everywhere (engine/limits.ts): settings, links, model files, the CLI. */
export { HIDDEN_MAX, HIDDEN_MIN, VOCAB_MAX };
export const TEXT_MAX = 200;
/** The most passes a link can name (the URL's `pass` key), whatever the lesson's size. */
export const MAX_PASS = 500;

/** A vocabulary string is valid when its code points are distinct, at most VOCAB_MAX, and not ∅. */
export function validVocab(v: string): boolean {
  const chars = Array.from(v);
  return chars.length <= VOCAB_MAX && new Set(chars).size === chars.length && !chars.includes(NO_INPUT);
}

/** Why a link's value was refused: a message key of robust.reject.* and its extra parameters. */
export type Refusal = { why: MessageKey; params?: Params };
type Parsed<T> = { value: T } | Refusal;
type Codec<T> = { key: string; parse: (s: string) => Parsed<T>; show: (v: T) => string };

const ok = <T>(value: T): Parsed<T> => ({ value });

const text = (key: string): Codec<string> => ({
  key,
  parse: (s) => {
    if (Array.from(s).length > TEXT_MAX) return { why: 'robust.reject.tooLong', params: { max: TEXT_MAX } };
    const bad = findBadChar(s);
    if (bad) return { why: 'robust.reject.badChar', params: { code: codeOf(bad.ch), pos: bad.pos } };
    return ok(s);
  },
  show: (v) => v,
});
const oneOf = <T extends string>(key: string, values: readonly T[]): Codec<T> => ({
  key,
  parse: (s) =>
    (values as readonly string[]).includes(s)
      ? ok(s as T)
      : { why: 'robust.reject.oneOf', params: { options: values.join(', ') } },
  show: (v) => v,
});
const int = (key: string, min: number, max: number): Codec<number> => ({
  key,
  parse: (s) => {
    if (!/^-?\d+$/.test(s)) {
      const n = s.trim() === '' ? Number.NaN : Number(s);
      return { why: Number.isFinite(n) ? 'robust.reject.notInteger' : 'robust.reject.notNumber' };
    }
    return +s >= min && +s <= max ? ok(+s) : { why: 'robust.reject.range', params: { min, max } };
  },
  show: (v) => String(v),
});
const positive = (key: string): Codec<number> => ({
  key,
  parse: (s) => {
    const n = s.trim() === '' ? Number.NaN : Number(s);
    if (!Number.isFinite(n)) return { why: 'robust.reject.notNumber' };
    return n > 0 && n <= 100 ? ok(n) : { why: 'robust.reject.positive', params: { max: 100 } };
  },
  show: (v) => String(v),
});
const vocabCodec: Codec<string> = {
  key: 'voc',
  parse: (s) => {
    const bad = findBadChar(s);
    if (bad) return { why: 'robust.reject.badChar', params: { code: codeOf(bad.ch), pos: bad.pos } };
    return validVocab(s) ? ok(s) : { why: 'robust.reject.vocab', params: { max: VOCAB_MAX } };
  },
  show: (v) => v,
};

/** A number in [min, max] (or (min, max] when `open`). */
const decimal = (key: string, min: number, max: number, open = false): Codec<number> => ({
  key,
  parse: (s) => {
    const n = s.trim() === '' ? Number.NaN : Number(s);
    if (!Number.isFinite(n)) return { why: 'robust.reject.notNumber' };
    return (open ? n > min : n >= min) && n <= max
      ? ok(n)
      : { why: 'robust.reject.range', params: { min, max } };
  },
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
  vocab: vocabCodec,
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

/** A refused key of a link, with the message that names it. */
export interface Rejected {
  key: string;
  message: LessonError;
}

export interface UrlState {
  config: Config;
  cursor: UrlCursor;
  /** Parameter names that were present but malformed (they fell back to defaults). */
  invalid: string[];
  /** The same, each with a message naming the key, the value, why, and what is used instead. */
  rejected: Rejected[];
}

/** The cursor's keys: the pass (updates applied, ≤ MAX_PASS) and the moment index within it. */
export const CURSOR_CODECS = { pass: int('pass', 0, MAX_PASS), index: int('m', 0, 100_000) } as const;

/** A value as quoted in a message: at most 40 characters. */
const quote = (s: string) => (Array.from(s).length > 40 ? `${Array.from(s).slice(0, 39).join('')}…` : s);

/** The message for a refused value: "H: 'abc' is not a number — using 3". */
export function refusal(key: string, raw: string, r: Refusal, fallback: string): Rejected {
  return {
    key,
    message: { key: r.why, params: { key, value: quote(raw), fallback: quote(fallback), ...r.params } },
  };
}

/** Reads one key with its codec into `into[field]`; a refused value is named in `rejected`. */
function readKey<T>(params: URLSearchParams, codec: Codec<T>, fallback: T, rejected: Rejected[]): T {
  const raw = params.get(codec.key);
  if (raw === null) return fallback;
  const r = codec.parse(raw);
  if ('value' in r) return r.value;
  rejected.push(refusal(codec.key, raw, r, codec.show(fallback)));
  return fallback;
}

/** Config and cursor keys of a link; every refused one is named (a link means the same whatever was open). */
export function parseHash(hash: string): UrlState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const config: Config = { ...DEFAULT_CONFIG };
  const rejected: Rejected[] = [];
  for (const name of Object.keys(CONFIG_CODECS) as (keyof Config)[]) {
    const codec = CONFIG_CODECS[name] as Codec<unknown>;
    (config as unknown as Record<string, unknown>)[name] = readKey(
      params,
      codec,
      DEFAULT_CONFIG[name],
      rejected,
    );
  }
  const cursor = {
    pass: readKey(params, CURSOR_CODECS.pass, 0, rejected),
    index: readKey(params, CURSOR_CODECS.index, 0, rejected),
  };
  return { config, cursor, invalid: rejected.map((r) => r.key), rejected };
}

/** The keys parseHash reads. */
export const CONFIG_KEYS: readonly string[] = [
  ...Object.values(CONFIG_CODECS).map((c) => c.key),
  CURSOR_CODECS.pass.key,
  CURSOR_CODECS.index.key,
];

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
