// Where focus goes after an act that flips the control that did it ("Crash S5" becomes
// "Restart S5"): onto the node itself, whose name says its new state, so that a second press
// of the same key can never undo the act by surprise.

export function focusNode(id: number): void {
  // After React has drawn the new state (the button that had focus may be gone by then).
  requestAnimationFrame(() => document.querySelector<SVGGElement>(`.cluster [data-node="${id}"]`)?.focus());
}
