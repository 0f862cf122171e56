// Message type -> colour slot (CSS variables --msg-0..--msg-11, themed). The protocol declares
// its message types in a fixed order (Protocol.messageTypes), so a type keeps one colour in every
// run, the legend and every view; a type it did not declare takes the next free slot.

export const MESSAGE_COLOR_SLOTS = 12;

export function messageColorScale(declared: readonly string[] | undefined, seen: readonly string[] = []): (type: string) => string {
  const slot = messageColorSlot(declared, seen);
  return (type) => `var(--msg-${slot(type)})`;
}

/** The colour slot (0..MESSAGE_COLOR_SLOTS-1) of each type, by the same rule (the diagram and its SVG export use it). */
export function messageColorSlot(declared: readonly string[] | undefined, seen: readonly string[] = []): (type: string) => number {
  const slots = new Map<string, number>();
  for (const type of declared ?? []) if (!slots.has(type)) slots.set(type, slots.size);
  for (const type of seen) if (!slots.has(type)) slots.set(type, slots.size);
  return (type) => (slots.get(type) ?? 0) % MESSAGE_COLOR_SLOTS;
}
