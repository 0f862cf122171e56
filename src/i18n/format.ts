// Numbers and times as the current language writes them. The digits come from Intl.NumberFormat
// for the language in use (grouped: "12,345"); the unit comes from the catalog ("format.ms":
// "{{value}} ms" in English, "{{value}} 毫秒" in Chinese). Plurals are tp() (src/i18n/plural.ts).
// Formatters are built once per language: the event log and the clock format on every render.

import { currentLanguage, t, type Language } from './translate';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(language: Language, fractionDigits: number): Intl.NumberFormat {
  const id = `${language}/${fractionDigits}`;
  let format = formatters.get(id);
  if (!format) {
    format = new Intl.NumberFormat(language, { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits });
    formatters.set(id, format);
  }
  return format;
}

/** A count or any whole number ("12,345"); a fraction keeps one decimal ("2.5"). */
export function formatNumber(value: number): string {
  return formatter(currentLanguage(), Number.isInteger(value) ? 0 : 1).format(value);
}

/** Simulated milliseconds with their unit: "12,345 ms" / "12,345 毫秒" (one decimal while playing). */
export function formatMs(time: number): string {
  return t('format.ms', { value: formatNumber(time) });
}
