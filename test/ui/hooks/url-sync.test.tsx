// @vitest-environment jsdom
// The URL follows the scenario and playhead, but the link the page opened with is not written
// again: replacing a heavy link (10 000 actions, 86 000 characters) held the page's thread
// 30-100 ms right after the first frame (issue 16). A link without a time reads as time 0.

import { afterEach, expect, test, vi } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { createAppStore, type AppStore } from '../../fixtures/app-store';
import { useUrlSync } from '../../../src/ui/hooks/useUrlSync';
import { encodeShareFragment } from '../../../src/scenario/link';
import { scenarioOf } from '../render';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function Sync({ store }: { store: AppStore }) {
  useUrlSync(store);
  return null;
}

test('the opened link is not written again; a new playhead is', async () => {
  const scenario = scenarioOf('raft', { actions: [{ at: 400, do: 'crash', node: 3 }] });
  history.replaceState(null, '', '#' + encodeShareFragment(scenario));
  const store = createAppStore({ scenario });
  const replace = vi.spyOn(history, 'replaceState');
  render(<Sync store={store} />);
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(replace).not.toHaveBeenCalled();
  store.getState().setTime(500);
  await vi.waitFor(() => expect(replace).toHaveBeenCalled(), { timeout: 2000 });
  expect(String(replace.mock.calls.at(-1)![2])).toMatch(/&t=500$/);
});

test('a link pasted while the first write of the URL is on its way is loaded, not written over', async () => {
  // No link at the start: the first write has the default scenario to put in the URL.
  history.replaceState(null, '', location.pathname);
  const store = createAppStore({ scenario: scenarioOf('raft') });
  render(<Sync store={store} />);
  const pasted = '#s=9.' + 'A'.repeat(40); // a link of an unknown version: refused with an error
  location.hash = pasted;
  await vi.waitFor(() => expect(store.getState().error ?? '').toMatch(/version/), { timeout: 2000 });
  // And the URL follows the app again.
  store.getState().setTime(300);
  await vi.waitFor(() => expect(location.hash).toMatch(/&t=300$/), { timeout: 2000 });
});
