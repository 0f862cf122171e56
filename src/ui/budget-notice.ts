// The sentence shown when the engine's budget stopped a run: one function of {at, reason, limit},
// worded from the catalog (budget.stopped with a key per reason), in the page's language.

import { currentLanguage, t, type Language } from '../i18n/translate';
import type { BudgetStop } from '../worker/budget-stop';

/** "12 345": thousands grouped with a thin space, the same in every language the app ships. */
function grouped(value: number): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u2009');
}

function exceeded(stop: BudgetStop, language: Language): string {
  const limit = stop.reason === 'checkpointMemory' ? grouped(Math.round(stop.limit / 1_000_000)) : grouped(stop.limit);
  return t(`budget.${stop.reason}`, { limit, lng: language });
}

export function budgetNotice(stop: BudgetStop, language: Language = currentLanguage()): string {
  return t('budget.stopped', { at: grouped(stop.at), exceeded: exceeded(stop, language), lng: language });
}
