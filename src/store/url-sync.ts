// Share links <-> store: what the store starts from when the page opens with a fragment, and
// the fragment that describes the store now. Pure functions: the window work is in the UI hook.

import { decodeShareFragment, encodeShareFragment } from '../scenario/link';
import type { AppState, AppStoreOptions } from './app-store';

// The compressed scenario, per scenario object: the URL follows the playhead several times a
// second, and deflating a scenario with 10 000 actions costs tens of milliseconds each time.
const packed = new WeakMap<object, string>();

/** Store options from a URL fragment: a link's scenario and time, or the default with an error. */
export function initialOptionsFromLocation(hash: string): AppStoreOptions {
  const result = decodeShareFragment(hash);
  if (!result.ok) return { error: `This link could not be opened (${result.error}). The default scenario is loaded instead.` };
  if (result.scenario === null) return {};
  // The link's own scenario part describes this scenario: the URL keeps it, with no deflating.
  const scenarioPart = hash.replace(/^#/, '').split('&').find((part) => part.startsWith('s='));
  if (scenarioPart !== undefined) packed.set(result.scenario, scenarioPart);
  return { scenario: result.scenario, time: result.time ?? 0 };
}

/** The fragment (with '#') for the current scenario and playhead. */
export function fragmentOf(state: Pick<AppState, 'scenario' | 'time'>): string {
  let scenarioPart = packed.get(state.scenario);
  if (scenarioPart === undefined) {
    scenarioPart = encodeShareFragment(state.scenario);
    packed.set(state.scenario, scenarioPart);
  }
  // encodeShareFragment(scenario, t) is the scenario's part followed by "&t=" and the time.
  return '#' + scenarioPart + `&t=${Math.max(0, Math.floor(state.time))}`;
}
