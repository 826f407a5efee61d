/**
 * Typed translation: t('key', { name: value }) with {name} placeholders; catalogs en and ko. English is
 * in the page bundle; Korean is a chunk of its own, loaded before the first render when the lesson opens
 * in Korean (main.tsx) and before the language select switches to it. Until a catalog is there, its
 * language reads as English (a message is never blank).
 */
import { en, type MessageKey } from './en';

export type Lang = 'en' | 'ko';
export const LANGS: readonly Lang[] = ['en', 'ko'];
export type { MessageKey };

type Catalog = Record<MessageKey, string>;
const loaded: Partial<Record<Lang, Catalog>> = { en };
const loading = new Map<Lang, Promise<void>>();
const listeners = new Set<() => void>();
let version = 0;

/** Whether lang's catalog is in the page. */
export function hasCatalog(lang: Lang): boolean {
  return loaded[lang] !== undefined;
}

/** Loads lang's catalog (once); resolves when translate uses it. */
export function loadCatalog(lang: Lang): Promise<void> {
  if (loaded[lang]) return Promise.resolve();
  let p = loading.get(lang);
  if (!p) {
    p = import('./ko').then((m) => {
      loaded.ko = m.ko;
      version++;
      for (const l of listeners) l();
    });
    loading.set(lang, p);
  }
  return p;
}

/** For useSyncExternalStore: a number that changes when a catalog arrives. */
export function catalogVersion(): number {
  return version;
}
export function onCatalog(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export type Params = Record<string, string | number>;

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const text = (loaded[lang] ?? en)[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

export type Translate = (key: MessageKey, params?: Params) => string;

export function translator(lang: Lang): Translate {
  return (key, params) => translate(lang, key, params);
}

/** Placeholder names used by a message, sorted (used to check that catalogs agree). */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
}
