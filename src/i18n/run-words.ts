// The run's words (event log, invariants: en|zh-CN/run-words.ts) load apart from the first page,
// in their own chunks: nothing shows them before the page's first run arrives from the worker,
// and browser-source.ts holds the worker's messages until they are here. Both languages come
// together, so that switching language later needs nothing more for them.

import { addWords } from './translate';

let loading: Promise<void> | null = null;

export function loadRunWords(): Promise<void> {
  loading ??= Promise.all([import('./en/run-words'), import('./zh-CN/run-words')]).then(([en, zh]) => {
    addWords(en.runWords, 'en');
    addWords(zh.runWords, 'zh-CN');
  });
  return loading;
}
