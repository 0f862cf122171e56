// Words for values that come from the protocols as data (roles, transaction states, proposal
// phases, parameter names and options, message types): the catalog's word in the current
// language where it has one, the value itself otherwise (a protocol still landing, a test one).

import type { ParamSpec } from '../engine/types';
import { hasKey, t } from '../i18n/translate';

/** A role, state or phase as a word ("leader" → "leader" / "领导者"). */
export function valueWord(value: string): string {
  const key = `views.word.${value}`;
  return hasKey(key) ? t(key) : value;
}

/** A protocol parameter's label, by protocol and name; the spec's own English label as fallback. */
export function paramLabel(protocol: string, spec: Pick<ParamSpec, 'name' | 'label'>): string {
  const key = `settings.param.${protocol}.${spec.name}`;
  return hasKey(key) ? t(key) : spec.label;
}

/** An enum or nodeMap option ("yes", "cooperative") as a word. */
export function optionWord(option: string): string {
  const key = `settings.option.${option}`;
  return hasKey(key) ? t(key) : option;
}

/** What a message type does, in a few words: the protocol's own gloss first (Prepare is two messages). */
export function messageGloss(protocol: string, type: string): string | null {
  for (const key of [`messageType.gloss.${protocol}.${type}`, `messageType.gloss.${type}`]) if (hasKey(key)) return t(key);
  return null;
}
