// The header's language switch: a native <select> whose name reads "Language · 语言" in every
// language (so a reader of either finds it), each option named in its own language ("English",
// "中文"). Choosing one loads its words, sets <html lang>, remembers the choice and tells the
// store; the store's language keys the page's tree (LanguageRoot), so everything renders again
// in the new language, memoized words included, and focus comes back here in the new tree.

import { useEffect, useRef } from 'react';
import { LANGUAGES, t } from '../i18n/translate';
import { applyLanguage, parseLanguage, rememberLanguage } from '../i18n/language';
import { useAppStore, useAppStoreApi } from './store-context';

/** Set by a choice made here, read by the switch the new tree mounts: focus stays on the switch. */
let focusWhenMounted = false;

export function LanguageSwitch() {
  const language = useAppStore((s) => s.language);
  const store = useAppStoreApi();
  const select = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (!focusWhenMounted) return;
    focusWhenMounted = false;
    select.current?.focus();
  }, []);
  return (
    <select
      ref={select}
      className="language-switch"
      aria-label={t('language.switch')}
      value={language}
      onChange={(event) => {
        const next = parseLanguage(event.target.value);
        if (next === null || next === language) return;
        applyLanguage(next).then(
          () => {
            rememberLanguage(next);
            focusWhenMounted = true;
            store.getState().setLanguage(next);
          },
          () => store.getState().setError(t('language.loadFailed')),
        );
      }}
    >
      {LANGUAGES.map((option) => (
        <option key={option} value={option} lang={option}>
          {t(`language.${option}`)}
        </option>
      ))}
    </select>
  );
}
