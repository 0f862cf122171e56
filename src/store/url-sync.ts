// Share links <-> store: what the store starts from when the page opens with a fragment, and
// the fragment that describes the store now. Pure functions: the window work is in the UI hook.

import { decodeShareFragment, encodeShareFragment } from '../scenario/link';
import type { AppState, AppStoreOptions } from './app-store';

/** Store options from a URL fragment: a link's scenario and time, or the default with an error. */
export function initialOptionsFromLocation(hash: string): AppStoreOptions {
  const result = decodeShareFragment(hash);
  if (!result.ok) return { error: `This link could not be opened (${result.error}). The default scenario is loaded instead.` };
  if (result.scenario === null) return {};
  return { scenario: result.scenario, time: result.time ?? 0 };
}

/** The fragment (with '#') for the current scenario and playhead. */
export function fragmentOf(state: Pick<AppState, 'scenario' | 'time'>): string {
  return '#' + encodeShareFragment(state.scenario, Math.floor(state.time));
}
