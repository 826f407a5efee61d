/**
 * The four sequence shapes of the lecture (CONCEPTS row 2) as training presets, with the lecture's own
 * examples first and the earlier character examples kept as extras. Each preset is a small set of
 * examples written as text with ∅ marking a step with no input (x_t = 0) or no target (no loss):
 *   one-to-one           '|' → ','                single steps, h0 = 0: no recurrence is used
 *   one-to-many          '🌄∅∅' → '웅장함'          a picture token, then the state alone writes a word
 *   one-to-many-letters  'h∅∅∅' → 'ello'          (extra) the first letter, then the rest of the word
 *   many-to-one          '텅 빈 방' → '∅∅∅😶'        a letter is read; its feeling token at the last step
 *   many-to-one-emoji    'so sad' → '∅∅∅∅∅😢'     (extra) a phrase → 😊 or 😢
 *   translation          'cat∅∅∅' → '∅∅∅고양이'     many-to-many, delayed: read a word, then write it
 *   many-to-many         'hell' → 'ello'          aligned, a loss at every step (the lesson's own text)
 * A picture or a feeling is one vocabulary entry (an emoji), since the vocabulary is code points.
 * The lesson shows one example at a time (config.input / config.target); config.vocab fixes the
 * vocabulary to the whole preset's so the trained weights fit every example.
 */
import type { OptimizerKind } from '../engine/optim';
import { NO_INPUT, splitChars } from '../engine/text';
import type { Config, H0Kind } from './config';

/** The lecture's four forms. */
export type ShapeForm = 'one-to-one' | 'one-to-many' | 'many-to-one' | 'many-to-many';
/** A preset: the lecture's example of each form, plus extras (the URL key `shape`). */
export type ShapeKind = ShapeForm | 'one-to-many-letters' | 'many-to-one-emoji' | 'translation';
/** In the order the Shape select lists them: each form's lecture example first, then its extra. */
export const SHAPES: readonly ShapeKind[] = [
  'one-to-one',
  'one-to-many',
  'one-to-many-letters',
  'many-to-one',
  'many-to-one-emoji',
  'translation',
  'many-to-many',
];

/** '∅': in an input text, a step with no input; in a target text, a step with no target. */
export const NONE = NO_INPUT;

export interface ShapeExample {
  /** Inputs and targets as text of the same length in code points; ∅ = none at that step. */
  input: string;
  target: string;
}

export interface ShapePreset {
  kind: ShapeKind;
  /** Which of the lecture's four forms the preset is. */
  form: ShapeForm;
  examples: readonly ShapeExample[];
  /** The lesson settings the preset starts from (cell and seed are left as they are). */
  settings: { hidden: number; optimizer: OptimizerKind; lr: number; h0: H0Kind };
}

const ex = (input: string, target: string): ShapeExample => ({ input, target });
/** many-to-one: the phrase, and a target that is ∅ everywhere but the last step. */
const label = (phrase: string, feeling: string): ShapeExample =>
  ex(phrase, NONE.repeat(splitChars(phrase).length - 1) + feeling);
/** one-to-many: the first character of a word, then no input; the targets are the rest of the word. */
const word = (w: string): ShapeExample => {
  const chars = splitChars(w);
  return ex(chars[0] + NONE.repeat(chars.length - 2), chars.slice(1).join(''));
};

/** one-to-many from a picture: the picture token, then no input; the targets are the whole word. */
const picture = (pic: string, w: string): ShapeExample => ex(pic + NONE.repeat(splitChars(w).length - 1), w);
/** many-to-many, delayed: read the word (no target), then write its translation (no input). */
const translate = (w: string, into: string): ShapeExample => {
  const n = splitChars(w).length;
  const m = splitChars(into).length;
  return ex(w + NONE.repeat(m), NONE.repeat(n) + into);
};

export const SHAPE_PRESETS: Record<ShapeKind, ShapePreset> = {
  'one-to-one': {
    kind: 'one-to-one',
    form: 'one-to-one',
    examples: [ex('|', ','), ex(':', ';'), ex('.', '!'), ex('(', ')'), ex('<', '>'), ex('-', '_')],
    settings: { hidden: 4, optimizer: 'adam', lr: 0.1, h0: 'zeros' },
  },
  'one-to-many': {
    kind: 'one-to-many',
    form: 'one-to-many',
    // the lecture: a picture → "웅장함" (majestic), "평화로움" (peaceful)
    examples: [
      picture('🌄', '웅장함'),
      picture('🌅', '평화로움'),
      picture('🌊', '시원함'),
      picture('🌙', '고요함'),
      picture('🌸', '아름다움'),
    ],
    settings: { hidden: 12, optimizer: 'adam', lr: 0.05, h0: 'zeros' },
  },
  'one-to-many-letters': {
    kind: 'one-to-many-letters',
    form: 'one-to-many',
    examples: [word('hello'), word('world'), word('river'), word('music'), word('안녕하세요')],
    settings: { hidden: 12, optimizer: 'adam', lr: 0.05, h0: 'zeros' },
  },
  'many-to-one': {
    kind: 'many-to-one',
    form: 'many-to-one',
    // the lecture: a letter → its feeling; 😶 공허함 (emptiness), 😢 슬픔 (sadness), 😊 기쁨 (joy)
    examples: [
      label('텅 빈 방', '😶'),
      label('아무도 없어', '😶'),
      label('nothing left', '😶'),
      label('눈물이 나', '😢'),
      label('보고 싶어', '😢'),
      label('i miss you', '😢'),
      label('정말 고마워', '😊'),
      label('너무 좋아', '😊'),
      label('so happy', '😊'),
    ],
    settings: { hidden: 12, optimizer: 'adam', lr: 0.05, h0: 'zeros' },
  },
  'many-to-one-emoji': {
    kind: 'many-to-one-emoji',
    form: 'many-to-one',
    examples: [
      label('i love it', '😊'),
      label('so happy', '😊'),
      label('good day', '😊'),
      label('i miss you', '😢'),
      label('so sad', '😢'),
      label('bad day', '😢'),
      label('정말 좋아', '😊'),
      label('행복해요', '😊'),
      label('너무 슬퍼', '😢'),
      label('보고 싶어', '😢'),
    ],
    settings: { hidden: 12, optimizer: 'adam', lr: 0.05, h0: 'zeros' },
  },
  translation: {
    kind: 'translation',
    form: 'many-to-many',
    // the lecture's many-to-many is translation; the delayed form reads first, then writes
    examples: [
      translate('cat', '고양이'),
      translate('sea', '바다'),
      translate('sky', '하늘'),
      translate('moon', '달'),
      translate('love', '사랑'),
    ],
    settings: { hidden: 16, optimizer: 'adam', lr: 0.05, h0: 'zeros' },
  },
  'many-to-many': {
    kind: 'many-to-many',
    form: 'many-to-many',
    examples: [ex('hell', 'ello')],
    settings: { hidden: 3, optimizer: 'sgd', lr: 0.1, h0: 'random' },
  },
};

/**
 * The preset's vocabulary: every character of its examples in order of first appearance (inputs, then
 * targets), ∅ excluded. For many-to-many this is the lesson text's own vocabulary.
 */
export function shapeVocab(kind: ShapeKind): string[] {
  const seen = new Set<string>();
  const { examples } = SHAPE_PRESETS[kind];
  for (const part of ['input', 'target'] as const)
    for (const e of examples) for (const c of splitChars(e[part])) if (c !== NONE) seen.add(c);
  return [...seen];
}

export interface EncodedExample {
  inputs: (number | null)[];
  targets: (number | null)[];
}

/** Vocabulary indices of an example (null for ∅); throws on a character outside the vocabulary. */
export function encodeExample(e: ShapeExample, vocab: readonly string[]): EncodedExample {
  const index = new Map(vocab.map((c, i) => [c, i]));
  const enc = (s: string) =>
    splitChars(s).map((c) => {
      if (c === NONE) return null;
      const ix = index.get(c);
      if (ix === undefined) throw new Error(`'${c}' is not in the vocabulary`);
      return ix;
    });
  const inputs = enc(e.input);
  const targets = enc(e.target);
  if (inputs.length !== targets.length) throw new Error('input and target lengths differ');
  return { inputs, targets };
}

/** Every example of a preset, encoded over its vocabulary. */
export function shapeExamples(kind: ShapeKind): EncodedExample[] {
  const vocab = shapeVocab(kind);
  return SHAPE_PRESETS[kind].examples.map((e) => encodeExample(e, vocab));
}

/**
 * The config patch that opens a preset on example k: its shape, vocabulary (many-to-many keeps the
 * text's own), the example's text and the preset's settings.
 */
export function presetPatch(kind: ShapeKind, k = 0): Partial<Config> {
  const p = SHAPE_PRESETS[kind];
  const e = p.examples[Math.max(0, Math.min(k, p.examples.length - 1))];
  return {
    shape: kind,
    vocab: kind === 'many-to-many' ? '' : shapeVocab(kind).join(''),
    input: e.input,
    target: e.target,
    ...p.settings,
  };
}

/** Index of the preset example the lesson shows, or −1 when the lesson text is not one of them. */
export function exampleIndex(config: Pick<Config, 'shape' | 'input' | 'target'>): number {
  return SHAPE_PRESETS[config.shape].examples.findIndex(
    (e) => e.input === config.input && e.target === config.target,
  );
}

/** An example as a short label: 'h∅∅∅ → ello', 'so sad → 😢' (the target's ∅ steps left out). */
export function exampleLabel(e: ShapeExample): string {
  return `${e.input} → ${splitChars(e.target)
    .filter((c) => c !== NONE)
    .join('')}`;
}

/** Steps with an input and steps with a target (the shape as the diagram draws it). */
export function shapeMask(e: EncodedExample): { input: boolean[]; loss: boolean[] } {
  return { input: e.inputs.map((x) => x !== null), loss: e.targets.map((y) => y !== null) };
}
