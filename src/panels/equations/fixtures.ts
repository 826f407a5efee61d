/** Lessons for the equations tests: the hello example (or a variant) as pass 0 and pass 1. */
import { type Config, DEFAULT_CONFIG } from '../../store/config';
import { buildSequence, firstPass, isError, nextPass, type Pass } from '../../store/lesson';
import type { TexWords } from './tex';

export const WORDS: TexWords = { input: 'input', target: 'target', future: 'future' };

export function lesson(patch: Partial<Config> = {}): {
  config: Config;
  vocab: string[];
  pass: Pass;
  next: Pass;
} {
  const config = { ...DEFAULT_CONFIG, ...patch };
  const seq = buildSequence(config, null);
  if (isError(seq)) throw new Error(seq.key);
  const pass = firstPass(config, seq, null);
  const next = nextPass(pass, config, seq);
  if (isError(next)) throw new Error(next.key);
  return { config, vocab: seq.vocab, pass, next };
}
