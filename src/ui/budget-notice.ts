// The sentence shown when the engine's budget stopped a run: one function of {at, reason, limit},
// so that it can move into an i18n catalog (a key per reason, with at and limit as parameters).

import type { BudgetStop } from '../worker/budget-stop';

/** "12 345": thousands grouped with a space, the same in every language the app ships. */
function grouped(value: number): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u2009');
}

function exceeded(stop: BudgetStop): string {
  switch (stop.reason) {
    case 'events':
      return `more than ${grouped(stop.limit)} events`;
    case 'inFlight':
      return `more than ${grouped(stop.limit)} messages in flight`;
    case 'checkpointMemory':
      return `more than ${grouped(Math.round(stop.limit / 1_000_000))} MB of checkpoints`;
  }
}

export function budgetNotice(stop: BudgetStop): string {
  return `Stopped at ${grouped(stop.at)} ms: ${exceeded(stop)}; shorten the run or slow the timers`;
}
