// Share links <-> store: what the store starts from when the page opens with a fragment, and
// the fragment that describes the store now. Pure functions: the window work is in the UI hook.
// A lesson rides along as `&lesson=<id>&step=<k>` (k counted from 1, as the panel says it); a
// language other than English as `&lang=zh-CN`, so that a link made in Chinese opens in Chinese
// (src/i18n/language.ts reads it back before the page renders).

import { decodeShareFragment, encodeShareFragment, type LinkResult } from '../scenario/link';
import { lessonById } from '../lessons/registry';
import { t } from '../i18n/translate';
import type { AppState, AppStoreOptions } from './app-store';
import { problemText } from '../scenario/validate';

/** The lesson and step a fragment names, or null (an unknown lesson or step is ignored). */
export function lessonFromFragment(hash: string): { id: string; step: number } | null {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  let id: string | null = null;
  let step = 1;
  for (const part of text.split('&')) {
    if (part.startsWith('lesson=')) id = part.slice('lesson='.length);
    else if (part.startsWith('step=')) step = /^\d{1,3}$/.test(part.slice(5)) ? Number(part.slice(5)) : 0;
  }
  if (id === null) return null;
  const lesson = lessonById(id);
  if (!lesson || step < 1 || step > lesson.steps.length) return null;
  return { id: lesson.id, step: step - 1 };
}

// The compressed scenario, per scenario object: the URL follows the playhead several times a
// second, and deflating a scenario with 10 000 actions costs tens of milliseconds each time.
const packed = new WeakMap<object, string>();

/** The store options a link sets (the page adds where runs are computed). */
export type LinkOptions = Omit<AppStoreOptions, 'source'>;

/** True when the fragment asks for presenter mode (`&present=1`). */
export function presenterFromFragment(hash: string): boolean {
  return hash.split('&').includes('present=1');
}

/** Store options from a URL fragment: a link's scenario and time, or the default with an error. */
export function initialOptionsFromLocation(hash: string): LinkOptions {
  return optionsFromDecodedLink(hash, decodeShareFragment(hash));
}

/** Store options from a fragment and its decoded scenario (decoded in place or by a worker). */
export function optionsFromDecodedLink(hash: string, result: LinkResult): LinkOptions {
  if (!result.ok) return { error: t('link.openFailed', { error: problemText(result.problem) }) };
  if (result.scenario === null) return {};
  // The link's own scenario part describes this scenario: the URL keeps it, with no deflating.
  const scenarioPart = hash.replace(/^#/, '').split('&').find((part) => part.startsWith('s='));
  if (scenarioPart !== undefined) packed.set(result.scenario, scenarioPart);
  const lesson = lessonFromFragment(hash);
  const presenter = presenterFromFragment(hash);
  return { scenario: result.scenario, time: result.time ?? 0, lesson: lesson ? { ...lesson, answers: {} } : null, ...(presenter ? { presenter } : {}) };
}

/** The fragment (with '#') for the current scenario, playhead, lesson step and language. */
export function fragmentOf(state: Pick<AppState, 'scenario' | 'time'> & Partial<Pick<AppState, 'lesson' | 'presenter' | 'language'>>): string {
  let scenarioPart = packed.get(state.scenario);
  if (scenarioPart === undefined) {
    scenarioPart = encodeShareFragment(state.scenario);
    packed.set(state.scenario, scenarioPart);
  }
  const lesson = state.lesson ? `&lesson=${state.lesson.id}&step=${state.lesson.step + 1}` : '';
  // encodeShareFragment(scenario, t) is the scenario's part followed by "&t=" and the time.
  // English is the default: a link without `lang=` opens in the browser's (or remembered) language.
  const language = state.language && state.language !== 'en' ? `&lang=${state.language}` : '';
  return '#' + scenarioPart + `&t=${Math.max(0, Math.floor(state.time))}` + lesson + (state.presenter ? '&present=1' : '') + language;
}
