// The words a person reads, by key: t(key, params) looks the key up in the catalog and fills
// `{name}` placeholders. English only for now; the catalogs are plain data so that a second
// language is a second catalog with the same keys (a test keeps the key sets equal). Words of a
// part of the app that loads later (the lesson library) join the catalog with addWords.

import { en } from './en';

export type Params = Readonly<Record<string, string | number>>;

export type Catalog = Readonly<Record<string, string>>;

/** Words added by parts of the app loaded after the first page load. */
const added: Record<string, string> = {};

/** Add a lazily loaded part's words (its keys must not collide with the first load's). */
export function addWords(words: Catalog): void {
  Object.assign(added, words);
}

function lookUp(key: string, catalog: Catalog | undefined): string | undefined {
  if (catalog) return Object.prototype.hasOwnProperty.call(catalog, key) ? catalog[key] : undefined;
  if (Object.prototype.hasOwnProperty.call(en, key)) return en[key];
  return Object.prototype.hasOwnProperty.call(added, key) ? added[key] : undefined;
}

/** The text of a key, or the key itself when the catalog lacks it (a test forbids that). */
export function t(key: string, params?: Params, catalog?: Catalog): string {
  const text = lookUp(key, catalog);
  if (text === undefined) return key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole));
}

export function hasKey(key: string, catalog?: Catalog): boolean {
  return lookUp(key, catalog) !== undefined;
}
