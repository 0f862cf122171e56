// @vitest-environment jsdom
// The whole app: a bad link shows a readable alert, shortcuts work, help opens and closes.

import { afterEach, describe, expect, test } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { App } from '../../src/ui/App';
import { createAppStore } from '../fixtures/app-store';
import { initialOptionsFromLocation } from '../../src/store/url-sync';

afterEach(cleanup);

describe('app', () => {
  test('a malformed link shows an alert and the default scenario, rendered as text', () => {
    const hostile = '#s=1.' + Buffer.from('<img src=x onerror=alert(1)>').toString('base64url');
    const store = createAppStore(initialOptionsFromLocation(hostile));
    const { container } = render(<App store={store} syncUrl={false} />);
    expect(screen.getByRole('alert').textContent).toMatch(/could not be opened/);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getAllByRole('button', { name: /^S\d,/ })).toHaveLength(5);
  });

  test('space plays and pauses, arrows step, ? opens help and Escape closes it', async () => {
    const store = createAppStore();
    render(<App store={store} syncUrl={false} />);
    fireEvent.keyDown(document.body, { key: ' ' });
    expect(store.getState().playing).toBe(true);
    fireEvent.keyDown(document.body, { key: ' ' });
    expect(store.getState().playing).toBe(false);
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    expect(store.getState().time).toBeGreaterThan(0);
    fireEvent.keyDown(document.body, { key: '?' });
    // The help is loaded when first opened.
    const dialog = await screen.findByRole('dialog', { name: /help/i });
    expect(document.activeElement?.textContent).toBe('Close');
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  test('the protocol picker switches protocol', () => {
    const store = createAppStore();
    render(<App store={store} syncUrl={false} />);
    act(() => {
      fireEvent.click(screen.getByRole('radio', { name: 'Paxos' }));
    });
    expect(store.getState().scenario.protocol).toBe('paxos');
    expect(screen.getByRole('radio', { name: 'Paxos' }).getAttribute('aria-checked')).toBe('true');
  });
});
