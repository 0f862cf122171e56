// Where things are drawn in the cluster view: nodes evenly on a circle, two lanes per link
// (one per direction, side by side), and a point along a lane.

export const VIEW_WIDTH = 640;
export const VIEW_HEIGHT = 600;
const CENTER_X = VIEW_WIDTH / 2;
const CENTER_Y = VIEW_HEIGHT / 2 + 6;
const LANE_OFFSET = 5;

export interface Point {
  x: number;
  y: number;
}

export function nodeRadius(nodes: number): number {
  return nodes <= 5 ? 40 : nodes <= 7 ? 35 : 30;
}

/** Node i (1-based) of n, on a circle starting at the top, clockwise. */
export function nodePositions(nodes: number): Point[] {
  if (nodes === 1) return [{ x: CENTER_X, y: CENTER_Y }];
  const radius = 228;
  return Array.from({ length: nodes }, (_, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / nodes;
    return { x: CENTER_X + radius * Math.cos(angle), y: CENTER_Y + radius * Math.sin(angle) };
  });
}

export interface Lane {
  from: Point;
  to: Point;
}

/** The lane for messages from a to b: shifted to the right of the direction of travel, trimmed to the node rims. */
export function lane(a: Point, b: Point, rim: number): Lane {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  const ux = dx / length;
  const uy = dy / length;
  // Right-hand normal in screen coordinates (y down).
  const nx = -uy * LANE_OFFSET;
  const ny = ux * LANE_OFFSET;
  return {
    from: { x: a.x + ux * rim + nx, y: a.y + uy * rim + ny },
    to: { x: b.x - ux * rim + nx, y: b.y - uy * rim + ny },
  };
}

export function along(l: Lane, fraction: number): Point {
  return { x: l.from.x + (l.to.x - l.from.x) * fraction, y: l.from.y + (l.to.y - l.from.y) * fraction };
}

/** Where a message a node sends to itself is drawn: once around a small loop outside the node. */
export function selfLoop(node: Point, rim: number, fraction: number, nodes: number): Point {
  const cx = VIEW_WIDTH / 2;
  const cy = VIEW_HEIGHT / 2 + 6;
  let ox = node.x - cx;
  let oy = node.y - cy;
  const length = Math.hypot(ox, oy);
  if (length === 0 || nodes === 1) {
    ox = 0;
    oy = -1;
  } else {
    ox /= length;
    oy /= length;
  }
  const loopRadius = 14;
  const centerX = node.x + ox * (rim + loopRadius);
  const centerY = node.y + oy * (rim + loopRadius);
  const start = Math.atan2(-oy, -ox);
  const angle = start + 2 * Math.PI * fraction;
  // The loop stays inside the view (a top node with a large radius would push it past the edge).
  const margin = loopRadius + 8;
  const x = Math.min(VIEW_WIDTH - margin, Math.max(margin, centerX));
  const y = Math.min(VIEW_HEIGHT - margin, Math.max(margin, centerY));
  return { x: x + loopRadius * Math.cos(angle), y: y + loopRadius * Math.sin(angle) };
}

/**
 * The SVG path of a ring sector around (0, 0): from 12 o'clock, clockwise, `fraction` of a full
 * turn, between two radii (what d3.arc draws for these angles; written here so that the first
 * load does not carry d3-shape). A full turn is two half rings, since one SVG arc cannot close.
 */
export function ringPath(inner: number, outer: number, fraction: number): string {
  const f = Math.min(1, Math.max(0, fraction));
  if (f <= 0) return '';
  const point = (r: number, turn: number) => {
    const angle = 2 * Math.PI * turn;
    return `${round(r * Math.sin(angle))},${round(-r * Math.cos(angle))}`;
  };
  if (f >= 1) {
    const half = (r: number, sweep: 0 | 1) => `A${r},${r} 0 1,${sweep} ${point(r, 0.5)}A${r},${r} 0 1,${sweep} ${point(r, 0)}`;
    return `M${point(outer, 0)}${half(outer, 1)}M${point(inner, 0)}${half(inner, 0)}Z`;
  }
  const large = f > 0.5 ? 1 : 0;
  return `M${point(outer, 0)}A${outer},${outer} 0 ${large},1 ${point(outer, f)}L${point(inner, f)}A${inner},${inner} 0 ${large},0 ${point(inner, 0)}Z`;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

// ------------------------------------------------------------------ node captions

/**
 * Where a node's caption (its term, its transaction state) goes: under the node; beside it, on
 * the ring's outer side; over it; or toward the ring's centre, just off its rim. Under it unless
 * that hides it behind a neighbour (a dense ring: under S3 of nine is S4) or puts it out of sight
 * (under the bottom nodes when the stage is wide and short).
 */
export type CaptionSide = 'below' | 'outside' | 'above' | 'inside';

/** An axis-aligned box in viewBox units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The gap between a node's rim and its caption. */
const CAPTION_GAP = 10;
/** How far a node's timer ring reaches past its rim: captions keep clear of it. */
const RING_REACH = 8;

/** The area a box shares with a disc, or an upper bound of it: 0 exactly when they do not meet. */
function discArea(box: Box, cx: number, cy: number, r: number): number {
  const nx = Math.min(Math.max(cx, box.x), box.x + box.width);
  const ny = Math.min(Math.max(cy, box.y), box.y + box.height);
  if ((nx - cx) ** 2 + (ny - cy) ** 2 >= r * r) return 0;
  return Math.max(1, sharedArea(box, { x: cx - r, y: cy - r, width: 2 * r, height: 2 * r }));
}

/** The area two boxes share. */
function sharedArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** The unit vector from the ring's centre out through `at` (straight up for the centre itself). */
function outward(at: Point): Point {
  const dx = at.x - CENTER_X;
  const dy = at.y - CENTER_Y;
  const length = Math.hypot(dx, dy);
  return length === 0 ? { x: 0, y: -1 } : { x: dx / length, y: dy / length };
}

/** Whether a node's outer side is its right (the ring's right half and its vertical middle). */
export const outsideIsRight = (at: Point) => at.x >= CENTER_X - 0.5;

/** The box of a caption `size` big on `side` of the node at `at`. */
export function captionBox(at: Point, radius: number, side: CaptionSide, size: { width: number; height: number }): Box {
  const { width, height } = size;
  switch (side) {
    case 'below':
      return { x: at.x - width / 2, y: at.y + radius + CAPTION_GAP - 4, width, height };
    case 'above':
      return { x: at.x - width / 2, y: at.y - radius - CAPTION_GAP + 4 - height, width, height };
    case 'outside': {
      // The text starts 0.3 em past the gap (the view's dx): a quarter of a line's box.
      const gap = radius + CAPTION_GAP + height / 4;
      return { x: outsideIsRight(at) ? at.x + gap : at.x - gap - width, y: at.y - height / 2, width, height };
    }
    case 'inside': {
      const c = captionInsideCenter(at, radius, size);
      return { x: c.x - width / 2, y: c.y - height / 2, width, height };
    }
  }
}

/** The centre of a caption placed toward the ring's centre: its box just clear of the rim. */
export function captionInsideCenter(at: Point, radius: number, size: { width: number; height: number }): Point {
  const u = outward(at);
  const reach = radius + CAPTION_GAP + (Math.abs(u.x) * size.width + Math.abs(u.y) * size.height) / 2;
  return { x: at.x - u.x * reach, y: at.y - u.y * reach };
}

const SIDES: readonly CaptionSide[] = ['below', 'outside', 'above', 'inside'];

/**
 * Each node's caption side: the first of below, outside, above and inside whose box is in
 * `visible` (the viewBox area on screen) and clear of every other node (with its timer ring), of
 * the captions already placed and of what lies over the drawing (`covered`: Raft's log strip); where none is, the one that hides least (an area off screen
 * counts four times). Pure geometry, so a caption keeps its place while the run plays (`size` is
 * the widest caption's, rounded up by the caller).
 */
export function captionSides(
  positions: readonly Point[],
  radius: number,
  size: { width: number; height: number },
  visible: Box,
  covered: readonly Box[] = [],
): CaptionSide[] {
  const reach = radius + RING_REACH;
  const taken: Box[] = [];
  return positions.map((at, i) => {
    let best: CaptionSide = 'below';
    let bestBox = captionBox(at, radius, 'below', size);
    let least = Infinity;
    for (const side of SIDES) {
      const box = captionBox(at, radius, side, size);
      // Rounded: the area off screen is a difference of products, off by a rounding error when 0.
      let hidden = Math.round(4 * (box.width * box.height - sharedArea(box, visible)));
      for (let j = 0; j < positions.length; j++) if (j !== i) hidden += discArea(box, positions[j].x, positions[j].y, reach);
      for (const other of taken) hidden += sharedArea(box, other);
      for (const over of covered) hidden += sharedArea(box, over);
      if (hidden < least - 0.5) {
        least = hidden;
        best = side;
        bestBox = box;
      }
      if (hidden < 0.5) break;
    }
    taken.push(bestBox);
    return best;
  });
}

// ------------------------------------------------------------------ room for the log strip

/** How the drawing sits in the cluster's box: its scale (CSS px per viewBox unit), where it is aligned across, and which overlay size fits. */
export interface DrawingFit {
  scale: number;
  align: 'mid' | 'max';
  /** The index in `overlays` of the size that fits (the last one when only scaling down helped). */
  overlay: number;
}

/**
 * Where the viewBox's left edge lies in a box `width` px wide, at `scale`: centred, or pushed right
 * until its rightmost node (`reach`: its radius with its timer ring, in viewBox units; a lesson's
 * mark reaches 8 further) meets the box's edge (2 px in).
 */
export function drawingLeft(positions: readonly Point[], width: number, scale: number, align: DrawingFit['align'], reach: number): number {
  if (align === 'mid') return (width - VIEW_WIDTH * scale) / 2;
  const right = Math.max(...positions.map((p) => p.x + reach + 8));
  return width - 2 - right * scale;
}

/**
 * The largest scale at which the viewBox fits the box and the nodes, with their rings, fit its
 * height: a short box scales the drawing down until it does, since the nodes keep a smallest
 * size on screen (their radius in viewBox units grows as the scale shrinks) and the bottom node
 * ran past the box, over the diagram's tools under it (six nodes over the diagram at 1024×768).
 */
function tallestFit(positions: readonly Point[], width: number, height: number, reach: (scale: number) => number): number {
  const largest = Math.min(width / VIEW_WIDTH, height / VIEW_HEIGHT);
  if (!(largest > 0) || positions.length < 2) return largest;
  const top = Math.min(...positions.map((p) => p.y));
  const bottom = Math.max(...positions.map((p) => p.y));
  // The nodes' extent across the box's middle (the viewBox is centred on it), in px at `scale`.
  const fits = (scale: number) => (Math.max(VIEW_HEIGHT / 2 - top, bottom - VIEW_HEIGHT / 2) + reach(scale)) * 2 * scale <= height;
  if (fits(largest)) return largest;
  let lo = largest / 2;
  if (!fits(lo)) return lo;
  let hi = largest;
  for (let i = 0; i < 12; i++) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

/**
 * The drawing's fit in a `width` × `height` px box whose top-left corner holds an overlay
 * (Raft's log strip), which can take any of `overlays` sizes (px, from the box's corner; the
 * fuller first): the largest scale, centred, with the fullest overlay that meets no node (a node
 * with its timer ring and a caption line under it); else pushed to the right edge; else, with
 * the smallest overlay, scaled down until it clears it (to `floor` times the largest scale; past
 * that, the overlay stays over the drawing at the largest scale). `reach(scale)`: a node's radius
 * with its ring, `below(scale)`: its caption's depth under the disc, in viewBox units.
 */
export function fitBesideOverlay(
  positions: readonly Point[],
  width: number,
  height: number,
  overlays: readonly { width: number; height: number }[],
  reach: (scale: number) => number,
  below: (scale: number) => number,
  floor = 0.7,
): DrawingFit {
  const largest = tallestFit(positions, width, height, reach);
  if (overlays.length === 0 || !(largest > 0)) return { scale: largest, align: 'mid', overlay: 0 };
  const meets = (scale: number, align: DrawingFit['align'], overlay: { width: number; height: number }) => {
    if (overlay.width <= 0 || overlay.height <= 0) return false;
    const left = drawingLeft(positions, width, scale, align, reach(scale));
    const top = (height - VIEW_HEIGHT * scale) / 2;
    // The overlay in viewBox units.
    const box = { x: -left / scale, y: -top / scale, width: overlay.width / scale, height: overlay.height / scale };
    const r = reach(scale);
    const depth = below(scale);
    return positions.some((p) => p.x - r < box.x + box.width && box.x < p.x + r && p.y - r < box.y + box.height && box.y < p.y + r + depth);
  };
  for (const align of ['mid', 'max'] as const) {
    const k = overlays.findIndex((overlay) => !meets(largest, align, overlay));
    if (k >= 0) return { scale: largest, align, overlay: k };
  }
  const last = overlays.length - 1;
  const smallest = overlays[last];
  let lo = largest * floor;
  if (meets(lo, 'max', smallest)) return { scale: largest, align: 'max', overlay: last };
  let hi = largest;
  for (let i = 0; i < 12; i++) {
    const mid = (lo + hi) / 2;
    if (meets(mid, 'max', smallest)) hi = mid;
    else lo = mid;
  }
  return { scale: lo, align: 'max', overlay: last };
}
