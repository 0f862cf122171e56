// The language in the share link: a link made in Chinese carries `&lang=zh-CN` and opens in
// Chinese in an English browser; English (the default) is left out of the link.
import { describe, expect, test } from 'vitest';
import { createAppStore } from '../fixtures/app-store';
import { fragmentOf, initialOptionsFromLocation } from '../../src/store/url-sync';
import { initialLanguage } from '../../src/i18n/language';
import { decodeShareFragment } from '../../src/scenario/link';
import { starterScenario } from '../../src/scenario/starters';

describe('the language in the link', () => {
  test('a link made in Chinese carries the language, and opens in Chinese in an English browser', () => {
    const store = createAppStore({ scenario: starterScenario('raft'), time: 700, language: 'zh-CN' });
    const fragment = fragmentOf(store.getState());
    expect(fragment).toMatch(/&t=700&lang=zh-CN$/);
    expect(initialLanguage(fragment, 'en', ['en-US', 'en'])).toBe('zh-CN');
    // The rest of the link reads as before: the same scenario and time.
    const decoded = decodeShareFragment(fragment);
    expect(decoded.ok && decoded.time).toBe(700);
    expect(initialOptionsFromLocation(fragment).scenario).toEqual(store.getState().scenario);
  });

  test('English is the default: not in the link, so the browser or the remembered choice decides', () => {
    const store = createAppStore({ scenario: starterScenario('paxos'), language: 'en' });
    const fragment = fragmentOf(store.getState());
    expect(fragment).not.toContain('lang=');
    expect(initialLanguage(fragment, null, ['zh-CN', 'en'])).toBe('zh-CN');
    expect(initialLanguage(fragment, 'en', ['zh-CN'])).toBe('en');
    expect(initialLanguage(fragment, null, ['fr-FR'])).toBe('en');
  });

  test('the lesson, presenter mode and the language ride together', () => {
    const store = createAppStore({ scenario: starterScenario('raft'), language: 'zh-CN', presenter: true });
    store.setState({ lesson: { id: 'raft-election', step: 1, answers: {} } });
    expect(fragmentOf(store.getState())).toMatch(/&lesson=raft-election&step=2&present=1&lang=zh-CN$/);
    store.getState().setLanguage('en');
    expect(fragmentOf(store.getState())).toMatch(/&present=1$/);
  });
});
