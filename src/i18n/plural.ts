// Plural forms by the language's rules: tp('classroom.entries', 1) reads 'classroom.entries.one',
// tp('classroom.entries', 3) reads 'classroom.entries.other', with {count} filled in.

import { t, type Params } from './translate';

const rules = new Intl.PluralRules('en');

export function tp(key: string, count: number, params: Params = {}): string {
  return t(`${key}.${rules.select(count) === 'one' ? 'one' : 'other'}`, { ...params, count });
}
