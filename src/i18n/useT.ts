import { useSyncExternalStore } from 'react';
import { useLesson } from '../store';
import {
  catalogVersion,
  hasCatalog,
  type Lang,
  loadCatalog,
  onCatalog,
  type Translate,
  translator,
} from './index';

/** One translate function per language (and catalog arrival), so its identity changes only with them. */
const cache = new Map<string, Translate>();

/** The translate function of the current language (re-renders when the language or its catalog changes). */
export function useT(): Translate {
  const lang = useLesson((s) => s.lang);
  const version = useSyncExternalStore(onCatalog, catalogVersion);
  if (!hasCatalog(lang)) void loadCatalog(lang as Lang); // a language set without the select (a link)
  const key = `${lang}|${version}`;
  let t = cache.get(key);
  if (!t) {
    t = translator(lang);
    cache.set(key, t);
  }
  return t;
}
