// Small display formatters shared by the panels, in the current language (see src/i18n/format.ts).
import { formatNumber } from '../i18n/format';
import { t } from '../i18n/translate';

export { formatMs } from '../i18n/format';

/** "1/50×" for a speed given as a power of ten. */
export function formatSpeed(speedLog: number): string {
  const speed = 10 ** speedLog;
  if (speed >= 0.999) return t('format.realTime');
  return t('format.slower', { factor: formatNumber(Math.round(1 / speed)) });
}
