// Keep the URL fragment equal to the current scenario and playhead, with history.replaceState
// (no history entries), throttled; and load a link pasted into the address bar (hashchange).

import { useEffect } from 'react';
import type { AppStore, AppStoreOptions } from '../../store/app-store';
import { loadUrlSync } from '../../store/load-url-sync';
import { decodeLink } from '../../worker/decode-link';
import { starterScenario } from '../../scenario/starters';
import { loadLessons } from '../../lessons/registry';
import { applyLanguage, languageFromFragment } from '../../i18n/language';

const THROTTLE_MS = 400;

/** Put the store in a link's lesson step without reloading the link's scenario. */
function adoptLinkLesson(store: AppStore, lesson: NonNullable<AppStoreOptions['lesson']>): void {
  store.setState({ lesson });
}

export function useUrlSync(store: AppStore, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    // The link the page opened with is written already: replaceState with a heavy link (86 000
    // characters for 10 000 actions) holds the page's thread 30-100 ms, so it is not written again.
    let written = location.hash;
    /**
     * The fragment as this hook last left the URL (the browser's spelling of `written`). Another
     * one is a link pasted into the address bar, which onHashChange is loading: a write of the
     * scenario on screen meanwhile would put the old link back, and the pasted one, no longer in
     * the URL, would be dropped as superseded (an e2e run caught it when the page's first write
     * was still loading its chunk as the link was pasted).
     */
    let shown = location.hash;

    let live = true;
    const write = async () => {
      timer = null;
      const { fragmentOf } = await loadUrlSync();
      if (!live || location.hash !== shown) return;
      const fragment = fragmentOf(store.getState());
      // A link without a time is at time 0: fragmentOf() words it with `&t=0` after the scenario
      // (a link with a time never equals that with a second one).
      if (fragment === written || fragment === written.replace(/^[^&]*/, '$&&t=0')) return;
      written = fragment;
      history.replaceState(history.state, '', fragment);
      shown = location.hash;
    };
    const schedule = () => {
      if (timer === null) timer = setTimeout(() => void write(), THROTTLE_MS);
    };

    const unsubscribe = store.subscribe((state, previous) => {
      if (state.scenario !== previous.scenario || state.lesson !== previous.lesson || state.presenter !== previous.presenter || state.language !== previous.language || Math.floor(state.time) !== Math.floor(previous.time)) schedule();
    });

    /** Pasted links seen: the latest one's handler hands the URL back to `write` when it ends. */
    let pastes = 0;
    const onHashChange = async () => {
      const paste = ++pastes;
      try {
        await loadPasted();
      } finally {
        // Done, or failed: the URL is this hook's again (a later paste keeps it until it is done).
        if (paste === pastes) shown = location.hash;
      }
    };
    const loadPasted = async () => {
      if (location.hash === written) return;
      // A pasted link made in Chinese: its words first, the lesson library's too (not remembered: a link is not a choice).
      const language = languageFromFragment(location.hash);
      const speaking = language !== null && language !== store.getState().language && (await applyLanguage(language).then(() => true, () => false));
      // A pasted link into a lesson: the lesson library first (a chunk of its own).
      if (/[#&]lesson=/.test(location.hash)) await loadLessons().catch(() => undefined);
      const hash = location.hash;
      const [{ fragmentOf, optionsFromDecodedLink }, decoded] = await Promise.all([loadUrlSync(), decodeLink(hash)]);
      const options = optionsFromDecodedLink(hash, decoded);
      // Another link pasted meanwhile: that one wins.
      if (location.hash !== hash) return;
      const state = store.getState();
      state.pause();
      if (options.error) {
        state.loadScenario(starterScenario('raft'));
        state.setError(options.error);
      } else if (options.scenario) {
        state.loadScenario(options.scenario, options.time ?? 0);
        state.setError(null);
        if (options.lesson) adoptLinkLesson(store, options.lesson);
        else state.closeLesson();
        state.setPresenter(options.presenter ?? false);
      }
      if (speaking) state.setLanguage(language);
      written = fragmentOf(store.getState());
      history.replaceState(history.state, '', written);
    };
    window.addEventListener('hashchange', onHashChange);
    void write();
    return () => {
      live = false;
      unsubscribe();
      window.removeEventListener('hashchange', onHashChange);
      if (timer !== null) clearTimeout(timer);
    };
  }, [store, enabled]);
}
