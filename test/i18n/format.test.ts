// Numbers and times per language: grouped digits (written as Intl.NumberFormat writes them), the unit from the catalog.
import { afterEach, describe, expect, test } from 'vitest';
import { formatMs, formatNumber } from '../../src/i18n/format';
import { formatSpeed } from '../../src/ui/format';
import { applyLanguage } from '../../src/i18n/language';

afterEach(() => applyLanguage('en'));

describe('formatting per language', () => {
  test('English: grouped milliseconds, one decimal while playing', () => {
    expect(formatMs(0)).toBe('0 ms');
    expect(formatMs(12345)).toBe('12,345 ms');
    expect(formatMs(2.46)).toBe('2.5 ms');
    expect(formatNumber(1000000)).toBe('1,000,000');
    expect(formatSpeed(0)).toBe('1× (real time)');
    expect(formatSpeed(-Math.log10(50))).toBe('1/50×');
    expect(formatSpeed(-3)).toBe('1/1,000×');
  });

  test('Chinese: the same digits, the Chinese unit', async () => {
    await applyLanguage('zh-CN');
    expect(formatMs(12345)).toBe('12,345 毫秒');
    expect(formatMs(2.46)).toBe('2.5 毫秒');
    expect(formatSpeed(0)).toBe('1×（实时）');
    expect(formatSpeed(-2)).toBe('1/100×');
  });

  test('the digits are the ones Intl.NumberFormat writes, in both languages', () => {
    const values = [0, 1, 7, 12, 999, 1000, 1001, 12345, 123456, 1234567, 600000, 2 ** 31 - 1, -1, -1000, -12345];
    for (let i = 0; i < 400; i++) values.push(Math.floor((i * 7919.37) ** 1.5) % 10_000_000);
    for (const whole of [...values]) for (const fraction of [0.04, 0.05, 0.25, 0.46, 0.5, 0.94, 0.96]) values.push(Math.abs(whole) + fraction);
    for (const language of ['en', 'zh-CN']) {
      const intl = [0, 1].map((digits) => new Intl.NumberFormat(language, { minimumFractionDigits: digits, maximumFractionDigits: digits }));
      for (const value of values) expect(formatNumber(value), `${language} ${value}`).toBe(intl[Number.isInteger(value) ? 0 : 1].format(value));
    }
  });
});
