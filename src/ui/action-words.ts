// A scenario action as a person reads it ("crash S3", "cut S1 → S2"), from the catalog's words.

import type { Action } from '../engine/types';
import { t } from '../i18n/translate';

export function describeAction(action: Action): string {
  switch (action.do) {
    case 'crash':
    case 'restart':
    case 'timeout':
      return t(`history.action.${action.do}`, { node: action.node });
    case 'cut':
    case 'restore':
      return t(`history.action.${action.do}`, { from: action.from, to: action.to });
    case 'partition':
      return t('history.action.partition', { groups: action.groups.map((g) => g.map((n) => `S${n}`).join(' ')).join(' | ') });
    case 'heal':
      return t('history.action.heal');
    case 'request':
      return t('history.action.request', { node: action.node, value: action.value });
    case 'drop':
    case 'duplicate':
      return t(`history.action.${action.do}`, { message: action.message });
    case 'delay':
      return t('history.action.delay', { message: action.message, byMs: action.byMs });
    case 'network': {
      const { at: _at, do: _do, ...changes } = action;
      return t('history.action.network', { changes: Object.entries(changes).map(([k, v]) => `${k} ${v}`).join(', ') });
    }
  }
}
