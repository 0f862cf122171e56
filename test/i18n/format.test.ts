// Numbers and times per language: grouped digits from Intl.NumberFormat, the unit from the catalog.
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
});
