// Entry point: choose the language (the link's `&lang=`, else the remembered choice, else the
// browser's) and load its words, read the share link (if any; off the page's thread when it is
// long), create the app's store with runs computed in a Web Worker, render. The words come first:
// the store's first error message and the first frame are already in the chosen language.
// React and the views come with a dynamic import (ui/mount.tsx): fetched at once, evaluated in a
// task of their own, so that the page's start-up is not one long task.
import { loadUrlSync } from './store/load-url-sync';
import { decodeLink, INLINE_FRAGMENT_CHARS_MAX } from './worker/decode-link';
import { createAppStore } from './store/app-store';
import { createBrowserRunSource } from './worker/browser-source';
import { readShowWholeRun } from './ui/ShowWholeRunSwitch';
import { loadLessons } from './lessons/registry';
import { applyLanguage, initialLanguage, LANGUAGE_STORAGE_KEY } from './i18n/language';
import { applyTheme } from './ui/theme';
import type { Language } from './i18n/translate';
import './ui/styles.css';

function storedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null; // Storage disabled: the browser's language decides.
  }
}

/** Speak the chosen language, or English when its words cannot be loaded (the page still works). */
async function startLanguage(): Promise<Language> {
  const language = initialLanguage(window.location.hash, storedLanguage(), navigator.languages);
  try {
    await applyLanguage(language);
    return language;
  } catch {
    await applyLanguage('en');
    return 'en';
  }
}

// The theme before anything is drawn in it (see applyTheme).
applyTheme();
// React's DOM renderer loads at once too (evaluated when it arrives, in a task of its own; the
// views come after it, so that the two are not evaluated together).
const reactDom = import('react-dom/client');
// The run worker starts loading at once, while the words load and the link is read.
const source = createBrowserRunSource();
const hash = window.location.hash;
// A long link decodes in a worker: the page's thread stays free while it inflates and validates.
const decoding = decodeLink(hash);
const urlSync = loadUrlSync();
// The Chinese words load before the lesson library: the library adds its lessons' words for the
// language in use. A link into a lesson needs the library before the store can open it there.
const language = await startLanguage();
if (/[#&]lesson=/.test(hash)) await loadLessons().catch(() => undefined);
const decoded = await decoding;
// A long link's scenario arrives from its worker in a task that copies it in (10 000 actions:
// ~10 ms); the store, the page's copy of the engine and the run's start come in a task of their
// own, not on top of it.
if (hash.length > INLINE_FRAGMENT_CHARS_MAX) await new Promise((next) => setTimeout(next, 0));
const { optionsFromDecodedLink } = await urlSync;

const store = createAppStore({
  ...optionsFromDecodedLink(hash, decoded),
  source,
  showWholeRun: readShowWholeRun(),
  language,
  // The run arrives once the first frame is up: a growth published while React renders that
  // frame (a transition) would make React finish it as one blocking render (the views read the store).
  holdRunUntilShown: true,
});
await reactDom;
const { mount } = await import('./ui/mount');
mount(store, document.getElementById('root')!);
