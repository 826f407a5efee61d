/** Text as Unicode code points: 'ㅎ', '한' and '😀' are each one character. */
import { EngineError } from './model';

export function splitChars(text: string): string[] {
  return Array.from(text);
}

/** The distinct code points of a text, in order of first appearance. */
export function vocabFromText(text: string): string[] {
  return [...new Set(splitChars(text))];
}

/** Sorted distinct code points (min-char-rnn's `sorted(set(data))`, by code point). */
export function sortedVocab(text: string): string[] {
  return [...new Set(splitChars(text))].sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0));
}

/** Shown for a step with no input (x_t = 0). */
export const NO_INPUT = '∅';

/** The character of a vocabulary index, or ∅ for a step with no input. */
export function charAt(vocab: readonly string[], ix: number | null): string {
  return ix === null ? NO_INPUT : (vocab[ix] ?? '');
}

export function showChar(ch: string): string {
  if (ch === '\n') return '\\n';
  if (ch === '\t') return '\\t';
  if (ch === ' ') return '␠';
  return ch;
}

/** Vocabulary indices of each code point; throws EngineError naming the first unknown one. */
export function encode(chars: string[], vocab: readonly string[], what = 'input'): number[] {
  const index = new Map(vocab.map((c, i) => [c, i]));
  return chars.map((c, pos) => {
    const ix = index.get(c);
    if (ix === undefined) {
      throw new EngineError(
        `${what} character '${showChar(c)}' at position ${pos + 1} is not in the vocabulary`,
      );
    }
    return ix;
  });
}

/** Why a character cannot be part of a lesson: it cannot be shown, typeset or put in a link. */
export type BadCharKind =
  | 'control'
  | 'surrogate'
  | 'private'
  | 'nonchar'
  | 'format'
  | 'separator'
  | 'combining';

/**
 * The kind of a code point the lesson refuses, or null: C0/C1 controls (tab and newline are shown as
 * ⇥ and ↵), lone surrogates (a link would write U+FFFD), private use, noncharacters, line/paragraph
 * separators and invisible (default-ignorable) characters such as U+034F or U+200B.
 */
export function badCharKind(ch: string): BadCharKind | null {
  const cp = ch.codePointAt(0) ?? 0;
  if (ch === '\t' || ch === '\n') return null;
  if (cp <= 0x1f || (cp >= 0x7f && cp <= 0x9f)) return 'control';
  if (cp >= 0xd800 && cp <= 0xdfff) return 'surrogate';
  if ((cp >= 0xe000 && cp <= 0xf8ff) || cp >= 0xf0000) return 'private';
  if ((cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe) return 'nonchar';
  if (cp === 0x2028 || cp === 0x2029) return 'separator';
  if (/\p{Default_Ignorable_Code_Point}|\p{Cf}/u.test(ch)) return 'format';
  if (cp === 0x1d6a4 || cp === 0x1d6a5) return 'combining'; // math dotless ı/ȷ: KaTeX cannot typeset them
  return null;
}

/** U+ notation of a code point: U+0001, U+1F600. */
export function codeOf(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The first refused character of a text (position 1-based, in code points), or null. */
export function findBadChar(text: string): { ch: string; pos: number; kind: BadCharKind } | null {
  let pos = 0;
  for (const ch of text) {
    pos++;
    const kind = badCharKind(ch);
    if (kind) return { ch, pos, kind };
  }
  return null;
}

/** A text as code points, its sorted vocabulary (min-char-rnn's sorted(set(data))) and its encoding. */
export function encodeText(
  text: string,
  vocab: readonly string[] = sortedVocab(text),
): { vocab: string[]; data: Int32Array } {
  const index = new Map(vocab.map((c, i) => [c, i]));
  const chars = splitChars(text);
  const data = new Int32Array(chars.length);
  chars.forEach((c, k) => {
    const ix = index.get(c);
    if (ix === undefined)
      throw new EngineError(`text character at position ${k + 1} is not in the vocabulary`);
    data[k] = ix;
  });
  return { vocab: [...vocab], data };
}
