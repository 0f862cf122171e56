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
