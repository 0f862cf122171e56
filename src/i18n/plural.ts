// Plural forms by the current language's rules: tp('classroom.entries', 1) reads
// 'classroom.entries.one' in English, tp('classroom.entries', 3) 'classroom.entries.other', with
// {{count}} filled in. i18next picks the form with Intl.PluralRules for the language in use.

import { t, type Params } from './translate';

export function tp(key: string, count: number, params: Params = {}): string {
  return t(key, { ...params, count });
}
