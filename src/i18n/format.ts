// Numbers and times as the current language writes them. English and Simplified Chinese group
// digits the same way ("12,345", "2.5"), so the digits are written here, not by Intl.NumberFormat:
// building the first formatter costs the page some 100 ms of ICU start-up on its first frame (a
// test checks these digits against Intl's for both languages). The unit comes from the catalog
// ("format.ms": "{{value}} ms" in English, "{{value}} 毫秒" in Chinese). Plurals are tp()
// (src/i18n/plural.ts).

import { t } from './translate';

/** Digits grouped by three with commas: "1,000,000". */
function grouped(digits: string): string {
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += ',' + digits.slice(i, i + 3);
  return out;
}

/** A count or any whole number ("12,345"); a fraction keeps one decimal ("2.5"), rounded half away from zero. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const tenths = Number.isInteger(value) ? null : Math.round(Math.abs(value) * 10);
  const whole = tenths === null ? Math.abs(value) : Math.floor(tenths / 10);
  const sign = value < 0 && (tenths === null ? whole !== 0 : tenths !== 0) ? '-' : '';
  const text = sign + grouped(whole.toFixed(0));
  return tenths === null ? text : text + '.' + String(tenths % 10);
}

/** Simulated milliseconds with their unit: "12,345 ms" / "12,345 毫秒" (one decimal while playing). */
export function formatMs(time: number): string {
  return t('format.ms', { value: formatNumber(time) });
}
