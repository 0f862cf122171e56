// A timer's name as people read it. Protocols name timers for themselves ("election",
// "decide:T1": a base and, per transaction, the transaction after a colon); the catalog has a
// key per base (`timer.<base>`, with {{t}}), English keeping the protocol's own spelling so
// the CLI and the exports read as before. An unknown base is shown as it is.

import { hasKey, t, type Language, currentLanguage } from './translate';

export function timerName(name: string, language: Language = currentLanguage()): string {
  const colon = name.indexOf(':');
  const base = colon < 0 ? name : name.slice(0, colon);
  const key = `timer.${base}`;
  if (!hasKey(key)) return name;
  return t(key, { t: colon < 0 ? '' : name.slice(colon + 1), lng: language });
}
