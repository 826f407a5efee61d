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
