/**
 * What the training worker is given, derived from the lesson (pure, unit-tested): the preset texts and
 * their limits, the data of each source (the lesson sequence, a text, a shape's examples), the lesson
 * text that fits a text's vocabulary, and the key that tells whether a session still matches the lesson.
 */

import { encodeText, NO_INPUT, sortedVocab, splitChars } from '../engine/text';
import type { MessageKey } from '../i18n';
import type { Example, TrainData } from '../worker/protocol';
import { type Config, TEXT_MAX, VOCAB_MAX } from './config';
import type { LessonError, Sequence } from './lesson';
import { encodeExample, SHAPE_PRESETS } from './shapes';

export const CORPUS_MAX_BYTES = 1_000_000;
/** min-char-rnn's window length for texts (shorter texts use their length − 1). */
export const WINDOW = 25;
/** Characters of a text the lesson shows when its own text does not fit the text's vocabulary. */
export const LESSON_SNIPPET = 16;

export interface Corpus {
  id: string;
  file: string;
  title: MessageKey;
}

/** The texts shipped in public/corpora (public/corpora/README.md says where each comes from). */
export const CORPORA: readonly Corpus[] = [
  { id: 'hello', file: 'hello.txt', title: 'training.corpus.hello' },
  { id: 'rnn', file: 'rnn.txt', title: 'training.corpus.rnn' },
  { id: 'sonnet', file: 'sonnet18.txt', title: 'training.corpus.sonnet' },
  { id: 'coriolanus', file: 'coriolanus.txt', title: 'training.corpus.coriolanus' },
  { id: 'seosi', file: 'seosi.txt', title: 'training.corpus.seosi' },
  { id: 'arirang', file: 'arirang.txt', title: 'training.corpus.arirang' },
  { id: 'diary', file: 'river.txt', title: 'training.corpus.diary' },
];

/** The lesson sequence, pasted text, or a shipped text ('corpus:<id>'). */
export type DataSource = 'lesson' | 'paste' | `corpus:${string}`;

export function corpusOf(source: DataSource): Corpus | null {
  return source.startsWith('corpus:') ? (CORPORA.find((c) => `corpus:${c.id}` === source) ?? null) : null;
}

function showBytes(n: number): string {
  return n >= 1e6 ? `${(n / 1e6).toFixed(2)} MB` : `${Math.ceil(n / 1000)} KB`;
}

/** Why a text cannot be trained on (too short, over 1 MB, over 256 distinct characters, contains ∅), or null. */
export function checkCorpus(text: string): LessonError | null {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > CORPUS_MAX_BYTES)
    return { key: 'training.error.corpusBig', params: { size: showBytes(bytes) } };
  const chars = splitChars(text);
  if (chars.length < 2) return { key: 'training.error.corpusShort' };
  if (text.includes(NO_INPUT)) return { key: 'training.error.corpusNone' };
  const n = new Set(chars).size;
  if (n > VOCAB_MAX) return { key: 'training.error.corpusVocab', params: { n, max: VOCAB_MAX } };
  return null;
}

/** True when every target is the next input (and none is missing): the lesson is a piece of one text. */
export function isShift(seq: Pick<Sequence, 'inputs' | 'targets'>): boolean {
  const { inputs, targets } = seq;
  for (let k = 0; k < inputs.length; k++) {
    if (inputs[k] === null || targets[k] === null) return false;
    if (k + 1 < inputs.length && targets[k] !== inputs[k + 1]) return false;
  }
  return true;
}

/**
 * The lesson sequence as training data: a shifted text goes to the fast path as one window of T over
 * its T + 1 characters (every iteration is exactly the lesson's pass, from h0); anything else (∅ steps,
 * free targets) is one example on the trace path.
 */
export function lessonData(seq: Sequence): TrainData {
  if (isShift(seq)) {
    const data = Int32Array.from([
      ...(seq.inputs as number[]),
      seq.targets[seq.targets.length - 1] as number,
    ]);
    return { kind: 'text', data, seqLength: seq.inputs.length };
  }
  return { kind: 'examples', examples: [{ inputs: seq.inputs, targets: seq.targets }] };
}

/** A text as training data over the lesson's vocabulary, in windows of min(25, length − 1). */
export function textData(text: string, vocab: readonly string[]): TrainData {
  const { data } = encodeText(text, vocab);
  return { kind: 'text', data, seqLength: Math.min(WINDOW, data.length - 1) };
}

/** The examples of the lesson's shape preset, over the lesson's vocabulary (throws if one does not fit). */
export function shapeData(config: Pick<Config, 'shape'>, vocab: readonly string[]): Example[] {
  return SHAPE_PRESETS[config.shape].examples.map((e) => encodeExample(e, vocab));
}

/**
 * The config patch that makes the lesson fit a text: the text's sorted vocabulary (min-char-rnn's), and,
 * if the lesson's characters are not all in it, the first LESSON_SNIPPET characters of the text as
 * the lesson (target: the input shifted by one). Null when nothing needs to change.
 */
export function fitLessonTo(config: Config, text: string): Partial<Config> | null {
  const vocab = sortedVocab(text);
  const joined = vocab.join('');
  const inVocab = new Set(vocab);
  const fits = [...splitChars(config.input), ...splitChars(config.target)].every(
    (c) => c === NO_INPUT || inVocab.has(c),
  );
  if (fits && config.vocab === joined) return null;
  if (fits) return { vocab: joined };
  const chars = splitChars(text).slice(0, Math.min(LESSON_SNIPPET, TEXT_MAX));
  return { vocab: joined, input: chars.join(''), target: '' };
}

/** A short fingerprint of a text (FNV-1a over its UTF-16 units and its length). */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return `${(h >>> 0).toString(36)}.${text.length}`;
}

/**
 * Everything a training session depends on: a running or paused session whose key differs from the
 * lesson's is out of date (a setting changed) and is stopped rather than resumed.
 */
export function sessionKey(
  config: Config,
  vocab: readonly string[],
  source: DataSource,
  clip: string,
  pasted: string,
): string {
  const data =
    config.shape !== 'many-to-many'
      ? config.shape
      : source === 'lesson'
        ? `lesson:${config.input}|${config.target}`
        : source === 'paste'
          ? `paste:${textHash(pasted)}`
          : source;
  const { cell, hidden, seed, activation, h0, optimizer, lr, init, scale, radius, keep } = config;
  return JSON.stringify([
    cell,
    hidden,
    seed,
    activation,
    h0,
    optimizer,
    lr,
    vocab.join(''),
    clip,
    data,
    init,
    scale,
    radius,
    keep,
  ]);
}
