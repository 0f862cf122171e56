// Message type -> colour slot (CSS variables --msg-0..--msg-9, themed), with d3's ordinal scale.
// The domain is the run's message types in order of first appearance, so colours are stable per run.

import { scaleOrdinal } from 'd3';

export const MESSAGE_COLOR_SLOTS = 10;

export function messageColorScale(types: readonly string[]): (type: string) => string {
  const scale = scaleOrdinal<string, string>()
    .domain(types)
    .range(Array.from({ length: MESSAGE_COLOR_SLOTS }, (_, i) => `var(--msg-${i})`));
  return (type) => scale(type);
}
