// Where message labels go so that they never hide the state: each label tries spots around its
// message (above, below, right, left, then the diagonals) and takes the first that stays inside
// the view and clear of the nodes, their captions and the labels placed before it. Labels are
// placed by priority (the selected message, the types a lesson points at, the first of each type,
// then the rest); when the cluster is crowded the least important go unlabelled (thinning), never
// all at once: the most important one shows in the least crowded spot, unless every spot would
// cover a node's name. Pure: boxes in viewBox units; the view draws what this returns.

import type { Box } from './geometry';

export interface LabelRequest {
  id: number;
  x: number;
  y: number;
  text: string;
  /** Lower is more important. */
  priority: number;
}

/** A box in viewBox units that labels keep clear of; a node's (`node`) middle even when a label must show. */
export type Obstacle = Box & { node?: boolean };

export interface PlacedLabel {
  id: number;
  /** The text's anchor (middle) and baseline, relative to the message's position. */
  dx: number;
  dy: number;
}

export interface PlacementOptions {
  width: number;
  height: number;
  /** Label font size in viewBox units. */
  fontSize: number;
  /** How many labels at most. */
  budget: number;
}

/** Average glyph width of the bold label font, as a share of its size (errs wide). */
const CHAR_WIDTH_EM = 0.62;
const DOT_GAP = 9;

export function labelBox(text: string, fontSize: number): { width: number; height: number } {
  return { width: text.length * CHAR_WIDTH_EM * fontSize + 4, height: fontSize * 1.15 };
}

const overlaps = (a: Obstacle, b: Obstacle) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
/** The middle of a node's box, where its name and role are drawn (the box's middle 55 %). */
const core = (o: Obstacle): Obstacle => ({ x: o.x + o.width * 0.225, y: o.y + o.height * 0.225, width: o.width * 0.55, height: o.height * 0.55 });

/** A text's width in em of the bold caption font (errs wide): a wide (CJK) character is 1 em. */
export function textWidthEm(text: string): number {
  let em = 0;
  for (const char of text) em += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : CHAR_WIDTH_EM;
  return em;
}

/** Node discs (with their timer rings) and their captions' boxes, as obstacles. */
export function nodeObstacles(nodes: readonly { x: number; y: number }[], radius: number, captions: readonly Obstacle[]): Obstacle[] {
  const out: Obstacle[] = [];
  for (const { x, y } of nodes) {
    const r = radius + 8; // the timer ring
    out.push({ x: x - r, y: y - r, width: 2 * r, height: 2 * r, node: true });
  }
  return out.concat(captions);
}

export function placeLabels(requests: readonly LabelRequest[], obstacles: readonly Obstacle[], options: PlacementOptions): PlacedLabel[] {
  const ordered = [...requests].sort((a, b) => a.priority - b.priority || a.id - b.id);
  const clear = place(ordered, obstacles, options, false);
  // The most important label is not dropped: when nothing found a clear spot, it takes the least
  // crowded one off the nodes' names (only a message wedged between them goes unlabelled).
  return clear.length > 0 || ordered.length === 0 ? clear : place(ordered.slice(0, 1), obstacles, options, true);
}

function place(ordered: readonly LabelRequest[], obstacles: readonly Obstacle[], options: PlacementOptions, force: boolean): PlacedLabel[] {
  const { width, height, fontSize, budget } = options;
  const taken: Obstacle[] = [];
  const placed: PlacedLabel[] = [];
  for (const request of ordered) {
    if (placed.length >= budget) break;
    const box = labelBox(request.text, fontSize);
    const half = box.width / 2;
    // Baseline offsets: the text box spans [dy - 0.85·size, dy + 0.3·size].
    const above = -DOT_GAP;
    const below = DOT_GAP + fontSize * 0.85;
    const side = fontSize * 0.35;
    const spots: [number, number][] = [
      [0, above],
      [0, below],
      [half + DOT_GAP, side],
      [-half - DOT_GAP, side],
      [half + 2, above - 2],
      [-half - 2, above - 2],
      [half + 2, below + 2],
      [-half - 2, below + 2],
    ];
    let best: { dx: number; dy: number; rect: Obstacle; hits: number } | null = null;
    for (const [dx, dy] of spots) {
      const rect = { x: request.x + dx - half, y: request.y + dy - fontSize * 0.85, width: box.width, height: box.height };
      if (rect.x < 0 || rect.y < 0 || rect.x + rect.width > width || rect.y + rect.height > height) continue;
      const hit = obstacles.filter((o) => overlaps(rect, o));
      const hits = hit.length + taken.filter((o) => overlaps(rect, o)).length;
      if (hits === 0) {
        best = { dx, dy, rect, hits };
        break;
      }
      // Forced, a label may cover a caption, another label or a node's rim, never its name and role.
      if (force && !hit.some((o) => o.node && overlaps(rect, core(o))) && (!best || hits < best.hits)) best = { dx, dy, rect, hits };
    }
    if (best && (best.hits === 0 || force)) {
      taken.push(best.rect);
      placed.push({ id: request.id, dx: best.dx, dy: best.dy });
    }
  }
  return placed;
}
