import { useLesson } from '../store';
import { type Translate, translator } from './index';

/** The translate function of the current language (re-renders when the language changes). */
export function useT(): Translate {
  const lang = useLesson((s) => s.lang);
  return translator(lang);
}
