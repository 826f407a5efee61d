import { useLesson } from '../store';
import { type Lang, type Translate, translator } from './index';

/** One translate function per language, so its identity changes only with the language. */
const cache = new Map<Lang, Translate>();

/** The translate function of the current language (re-renders when the language changes). */
export function useT(): Translate {
  const lang = useLesson((s) => s.lang);
  let t = cache.get(lang);
  if (!t) {
    t = translator(lang);
    cache.set(lang, t);
  }
  return t;
}
