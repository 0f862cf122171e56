// Which language the page speaks, and switching it. The first visit follows the browser
// (navigator.languages: any Chinese → zh-CN, else English); a choice made with the header's
// switch is remembered in localStorage; a share link made in another language than English
// carries `&lang=<tag>` and wins over both, so a link made in Chinese opens in Chinese.
// Switching loads the language's catalog (the Chinese one is a chunk of its own), tells i18next,
// and sets `<html lang>`.

import { addWords, currentLanguage, speakNow, type Language } from './translate';

export const LANGUAGE_STORAGE_KEY = 'consensus-lab.language';

/** The language a browser asks for: the first of its languages we speak. */
export function browserLanguage(languages: readonly string[] | undefined): Language {
  for (const tag of languages ?? []) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

/** A language tag from a link or storage, or null when it is not one we speak. */
export function parseLanguage(tag: string | null | undefined): Language | null {
  if (tag === 'en' || tag === 'zh-CN') return tag;
  return null;
}

/** The `lang=` part of a share link's fragment, if any. */
export function languageFromFragment(hash: string): Language | null {
  for (const part of hash.replace(/^#/, '').split('&')) if (part.startsWith('lang=')) return parseLanguage(decodeURIComponent(part.slice(5)));
  return null;
}

/** The language to start in: the link's, else the remembered one, else the browser's. */
export function initialLanguage(hash: string, stored: string | null, languages: readonly string[] | undefined): Language {
  return languageFromFragment(hash) ?? parseLanguage(stored) ?? browserLanguage(languages);
}

const loaded = new Set<Language>(['en']);

/** Load a language's words (once). */
export async function loadLanguage(language: Language): Promise<void> {
  if (loaded.has(language)) return;
  if (language === 'zh-CN') addWords((await import('./zh-CN')).zhCN, 'zh-CN');
  loaded.add(language);
}

/** Speak `language`: load its words, switch, reflect it in `<html lang>`. */
export async function applyLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  speakNow(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/** Remember the choice made with the header's switch. */
export function rememberLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage may be disabled (private mode): the choice then lasts the visit.
  }
}

export { currentLanguage };
