// The words a person reads, by key, in the chosen language: t(key, params) looks the key up in
// the current language's catalog (falling back to English) and fills `{{name}}` placeholders.
// i18next does the lookup, the fallback and the plural rules (Intl.PluralRules per language);
// catalogs are plain data, one file per area and language with the same keys (src/i18n/en,
// src/i18n/zh-CN; a test keeps the key sets equal). Parts of the app that load later (the lesson
// library, the Chinese catalog itself) add their words with addWords.

import i18next from 'i18next';
import { en } from './en';

export type Params = Readonly<Record<string, string | number>>;

export type Catalog = Readonly<Record<string, string>>;

/** The languages the app speaks, as BCP 47 tags (also the values of `<html lang>`). */
export type Language = 'en' | 'zh-CN';

export const LANGUAGES: readonly Language[] = ['en', 'zh-CN'];

const i18n = i18next.createInstance();
void i18n.init({
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  resources: { en: { translation: { ...en } } },
  // Keys are flat ("lessons.raft-election.s1.title"): dots are part of the key, not a path.
  keySeparator: false,
  nsSeparator: false,
  // Plural forms live at "<key>.one" / "<key>.other" (Chinese has only "other").
  pluralSeparator: '.',
  // React escapes what it renders; the SVG export escapes its own text.
  interpolation: { escapeValue: false },
  // Synchronous: the resources are in memory, so t() works from the first render on.
  initAsync: false,
  returnNull: false,
} as Parameters<typeof i18n.init>[0]);

/** Add words to a language (a lazily loaded part of the app, or the Chinese catalog). */
export function addWords(words: Catalog, language: Language = 'en'): void {
  i18n.addResources(language, 'translation', words);
}

/** The language t() speaks now. */
export function currentLanguage(): Language {
  return i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
}

/** Speak `language` from now on (its words must have been added). */
export function speakNow(language: Language): void {
  void i18n.changeLanguage(language);
}

/** The text of a key, or the key itself when no catalog has it (a test forbids that). */
export function t(key: string, params?: Params): string {
  return params ? i18n.t(key, params as Record<string, unknown>) : i18n.t(key);
}

/** True when the current language or English has the key. */
export function hasKey(key: string): boolean {
  return i18n.exists(key);
}

/** The current language's own words for a key, without falling back (for completeness tests). */
export function ownText(key: string, language: Language): string | undefined {
  const text = i18n.getResource(language, 'translation', key) as unknown;
  return typeof text === 'string' ? text : undefined;
}
