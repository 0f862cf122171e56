// Editing one end of a parameter range (an int whose spec names the parameter it may not be
// below, `atLeast`): the other end moves with it, so that an edit never makes a scenario the
// validator refuses. The Settings panel does the same for the network's latency range.

import type { ParamSpec } from '../engine/types';

/** `params` with `name` set to `value`, and the other end of its range moved to keep min ≤ max. */
export function withParam(specs: readonly ParamSpec[], params: Readonly<Record<string, unknown>>, name: string, value: unknown): Record<string, unknown> {
  const next: Record<string, unknown> = { ...params, [name]: value };
  if (typeof value !== 'number') return next;
  for (const spec of specs) {
    if (spec.kind !== 'int' || spec.atLeast === undefined) continue;
    // Editing the maximum below the minimum lowers the minimum; the minimum above the maximum raises it.
    if (spec.name === name && typeof next[spec.atLeast] === 'number' && value < (next[spec.atLeast] as number)) next[spec.atLeast] = value;
    if (spec.atLeast === name && typeof next[spec.name] === 'number' && value > (next[spec.name] as number)) next[spec.name] = value;
  }
  return next;
}
