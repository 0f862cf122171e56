// @vitest-environment jsdom
// The header's language switch: findable by the same name in both languages, options named in
// their own language; choosing Chinese loads its words, sets <html lang>, remembers the choice and
// renders the whole page again (a remount keyed by the store's language) with the session kept
// and focus back on the switch.

import { afterEach, describe, expect, test } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../src/ui/App';
import { LanguageRoot } from '../../src/ui/LanguageRoot';
import { createAppStore } from '../fixtures/app-store';
import { applyLanguage, LANGUAGE_STORAGE_KEY } from '../../src/i18n/language';
import { scenarioOf } from './render';

afterEach(async () => {
  cleanup();
  await applyLanguage('en');
  localStorage.clear();
});

function renderPage() {
  const store = createAppStore({ scenario: scenarioOf('raft'), language: 'en' });
  render(
    <LanguageRoot store={store}>
      <App store={store} syncUrl={false} />
    </LanguageRoot>,
  );
  return store;
}

/** The new tree renders as a transition, the whole app in jsdom: slow on a busy machine. */
const eventually = (check: () => void) => waitFor(check, { timeout: 15_000 });
const languageSwitch = () => screen.getByRole('combobox', { name: 'Language · 语言' });
const clock = () => document.querySelector('.clock-now')?.textContent;

describe('the language switch', () => {
  test('has one name in both languages and options named in their own language', () => {
    renderPage();
    expect((languageSwitch() as HTMLSelectElement).value).toBe('en');
    const options = [...languageSwitch().querySelectorAll('option')].map((o) => [o.value, o.textContent, o.lang]);
    expect(options).toEqual([
      ['en', 'English', 'en'],
      ['zh-CN', '中文', 'zh-CN'],
    ]);
  });

  test('choosing Chinese renders the page again in Chinese, keeps the session and the focus, and remembers', async () => {
    const store = renderPage();
    act(() => store.getState().setTime(1234));
    act(() => store.getState().selectNode(2));
    const timeline = screen.getByRole('slider', { name: 'Timeline' });
    expect(clock()).toBe('1,234 ms');

    languageSwitch().focus();
    fireEvent.change(languageSwitch(), { target: { value: 'zh-CN' } });
    await eventually(() => expect(store.getState().language).toBe('zh-CN'));
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('zh-CN');
    // Everything is rendered again (memoized parts too), as a transition: the old elements go.
    await eventually(() => expect(timeline.isConnected).toBe(false));
    expect(clock()).toBe('1,234 毫秒');
    // The session lives in the store: the playhead and the selection are where they were.
    expect(store.getState().time).toBe(1234);
    expect(store.getState().selectedNode).toBe(2);
    await eventually(() => expect(document.activeElement).toBe(languageSwitch()));
    expect((languageSwitch() as HTMLSelectElement).value).toBe('zh-CN');

    fireEvent.change(languageSwitch(), { target: { value: 'en' } });
    await eventually(() => expect(document.documentElement.lang).toBe('en'));
    await eventually(() => expect(clock()).toBe('1,234 ms'));
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });
});
