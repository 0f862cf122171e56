// The words a person reads, by key: t(key, params) looks the key up in the catalog and fills
// `{name}` placeholders. English only for now; the catalogs are plain data so that a second
// language is a second catalog with the same keys (a test keeps the key sets equal).

import { en } from './en';

export type Params = Readonly<Record<string, string | number>>;

export type Catalog = Readonly<Record<string, string>>;

/** The text of a key, or the key itself when the catalog lacks it (a test forbids that). */
export function t(key: string, params?: Params, catalog: Catalog = en): string {
  const text = catalog[key];
  if (text === undefined) return key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function hasKey(key: string, catalog: Catalog = en): boolean {
  return Object.prototype.hasOwnProperty.call(catalog, key);
}
