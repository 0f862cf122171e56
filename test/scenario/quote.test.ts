import { describe, expect, it } from 'vitest';
import { escapeControls, escapeForTerminal, oneLine, pathKey, plainOrQuoted, quoteText, quoteValue } from '../../src/scenario/quote';

describe('quoting hostile input in errors', () => {
  it('escapes control characters, bidi overrides and separators', () => {
    expect(escapeControls('a\x1b]0;title\x07b\nc\r\t\u202e\u2028\x9b\x7f')).toBe('a\\u001b]0;title\\u0007b\\nc\\r\\t\\u202e\\u2028\\u009b\\u007f');
    expect(escapeControls('plain text é 中 😀')).toBe('plain text é 中 😀');
    expect(escapeControls('\ud800x\udc00')).toBe('\\ud800x\\udc00');
  });

  it('quotes at most 60 characters of a value, without cutting a surrogate pair', () => {
    expect(quoteText('x'.repeat(60))).toBe(`"${'x'.repeat(60)}"`);
    expect(quoteText('x'.repeat(61))).toBe(`"${'x'.repeat(60)}…"`);
    expect(quoteText('x'.repeat(59) + '😀')).toBe(`"${'x'.repeat(59)}…"`);
    expect(quoteText('say "hi"')).toBe('"say \\"hi\\""');
    expect(quoteText('y'.repeat(2_000_000)).length).toBeLessThan(70);
  });

  it('describes any value briefly', () => {
    expect([1e308, -0, NaN, true, null, undefined, [], {}].map(quoteValue)).toEqual(['1e+308', '0', 'NaN', 'true', 'null', 'nothing', 'an array', 'an object']);
  });

  it('writes plain keys bare and quotes the rest', () => {
    expect(pathKey('network', true)).toBe('network');
    expect(pathKey('jitter', false)).toBe('.jitter');
    expect(pathKey('a b\n', false)).toBe('["a b\\n"]');
    expect(pathKey('k'.repeat(61), false)).toBe(`["${'k'.repeat(60)}…"]`);
  });

  it('keeps a message on one line of at most 200 characters', () => {
    const line = oneLine('x\n'.repeat(500));
    expect(line).not.toMatch(/[\n\r]/);
    expect(line.length).toBeLessThanOrEqual(200);
  });

  it('shows a plain file name as it is, anything else quoted', () => {
    expect(plainOrQuoted('scenario.json')).toBe('scenario.json');
    expect(plainOrQuoted('evil\x1b[2J.json')).toBe('"evil\\u001b[2J.json"');
  });

  it('escapes what JSON.stringify leaves raw, keeping the same JSON value', () => {
    const value = { label: 'a\x9b31m\u202eb\u2028' };
    const json = escapeForTerminal(JSON.stringify(value));
    expect(json).not.toMatch(/[\x7f-\x9f\u202e\u2028]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
