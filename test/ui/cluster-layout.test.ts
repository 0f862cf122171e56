// Nothing in the cluster hides a node's state. A node's caption (its term, its transaction state)
// leaves the spot under its node when a neighbour sits there (a dense ring), or when that spot is
// off screen; Raft's log strip in the corner covers no node. Boxes as the cluster view sizes
// them, on the screens a class uses.

import { describe, expect, test } from 'vitest';
import { captionBox, captionSides, drawingLeft, fitBesideOverlay, nodePositions, nodeRadius, VIEW_HEIGHT, VIEW_WIDTH, type Box } from '../../src/ui/cluster/geometry';

const shared = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
/** Whether a box meets a disc (a node with its timer ring: round, not its bounding box). */
const meetsDisc = (a: Box, c: { x: number; y: number }, r: number) =>
  (Math.min(Math.max(c.x, a.x), a.x + a.width) - c.x) ** 2 + (Math.min(Math.max(c.y, a.y), a.y + a.height) - c.y) ** 2 < r * r;
const within = (a: Box, b: Box) => a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;

/** The node radius the view takes at `scale` (ClusterView's screenRadius: 2.5 rem at least, nodes not touching). */
function radiusAt(nodes: number, scale: number): number {
  const p = nodePositions(nodes);
  const spacing = Math.hypot(p[1].x - p[0].x, p[1].y - p[0].y);
  return Math.min(Math.max(nodeRadius(nodes), 40 / scale), Math.max(nodeRadius(nodes), spacing * 0.42), 90);
}

// The cluster's box in CSS px: the stage over the diagram at 1366×768 and at 1024×768, a phone, the cluster alone.
const BOXES = [
  { name: '1366×768, both views', width: 650, height: 300 },
  { name: '1024×768, both views', width: 430, height: 260 },
  { name: 'phone, both views', width: 380, height: 380 },
  { name: '1366×768, cluster', width: 650, height: 560 },
];

describe('node captions', () => {
  for (const box of BOXES) {
    test(`clear of every other node and caption, and on screen: 3 to 9 nodes, ${box.name}`, () => {
      const scale = Math.min(box.width / VIEW_WIDTH, box.height / VIEW_HEIGHT);
      const width = box.width / scale;
      const height = box.height / scale;
      const visible = { x: (VIEW_WIDTH - width) / 2, y: (VIEW_HEIGHT - height) / 2, width, height };
      const font = Math.max(13, 13 / scale);
      // "term 12" is 4.3 em wide: the view rounds the widest caption up to a whole em.
      const size = { width: 5 * font + 4, height: 1.2 * font + 4 };
      for (let nodes = 3; nodes <= 9; nodes++) {
        const positions = nodePositions(nodes);
        const radius = radiusAt(nodes, scale);
        const reach = radius + 8;
        const sides = captionSides(positions, radius, size, visible);
        const boxes = sides.map((side, i) => captionBox(positions[i], radius, side, size));
        boxes.forEach((caption, i) => {
          const where = `${nodes} nodes, S${i + 1} ${sides[i]}`;
          expect(within(caption, visible), `${where}: on screen`).toBe(true);
          // The one exception: nine nodes in 1024×768's short box leave no clear spot for the top
          // node's caption (nothing over it, S2 and S9 beside and under it): it touches S2's timer ring.
          const cramped = box.name.startsWith('1024') && nodes === 9 && i === 0;
          if (!cramped) positions.forEach((p, j) => j !== i && expect(meetsDisc(caption, p, reach), `${where}: clear of S${j + 1}`).toBe(false));
          else expect(meetsDisc(caption, positions[0], radius), `${where}: off its own node`).toBe(false);
          boxes.forEach((other, j) => j !== i && expect(shared(caption, other), `${where}: clear of S${j + 1}'s caption`).toBe(false));
        });
      }
    });
  }

  test('a caption stays under its node wherever that is clear (a sparse ring, a roomy box)', () => {
    const visible = { x: 0, y: 0, width: VIEW_WIDTH, height: VIEW_HEIGHT };
    for (let nodes = 3; nodes <= 6; nodes++) {
      const sides = captionSides(nodePositions(nodes), nodeRadius(nodes), { width: 60, height: 20 }, visible);
      expect(sides, `${nodes} nodes`).toEqual(Array(nodes).fill('below'));
    }
  });

  test('nine nodes on a wide, short stage: beside the side nodes, not under them where their neighbours are', () => {
    const scale = 300 / VIEW_HEIGHT;
    const width = 650 / scale;
    const visible = { x: (VIEW_WIDTH - width) / 2, y: 0, width, height: VIEW_HEIGHT };
    const sides = captionSides(nodePositions(9), radiusAt(9, scale), { width: 4 * 26 + 4, height: 1.2 * 26 + 4 }, visible);
    expect(sides[0]).toBe('below'); // S1, at the top: nothing under it but the ring's middle
    expect(sides.slice(1).every((side) => side === 'outside')).toBe(true);
  });
});

describe("Raft's log strip", () => {
  const rem = 16;
  // As ClusterView sizes it: offset, padding, the node's name, "…", `cells` entries.
  const strip = (nodes: number, cells: number) => ({ width: 6 + 12 + 1.5 * rem + 2 + 0.75 * rem + 2 + cells * (1.05 * rem + 2) + 3, height: 6 + 8 + nodes * 1.05 * rem + (nodes - 1) * 2 });
  const fitFor = (nodes: number, width: number, height: number) => {
    const overlays = [10, 9, 8, 7, 6, 5].map((cells) => strip(nodes, cells));
    const below = (scale: number) => Math.max(13, 13 / scale) * 1.2 + 6;
    const fit = fitBesideOverlay(nodePositions(nodes), width, height, overlays, (scale) => radiusAt(nodes, scale) + 8, below);
    return { fit, overlay: overlays[fit.overlay], below };
  };

  test('five nodes at 1366×768 keep the centred drawing and ten entries', () => {
    const { fit } = fitFor(5, 650, 470);
    expect(fit).toEqual({ scale: Math.min(650 / VIEW_WIDTH, 470 / VIEW_HEIGHT), align: 'mid', overlay: 0 });
  });

  test('covers no node (nor the caption line under it): 3 to 9 nodes, the cluster at 1366×768 and 1024×768, alone and over the diagram', () => {
    for (const [width, height] of [[650, 470], [650, 560], [650, 300], [430, 520], [430, 300], [430, 260]]) {
      for (let nodes = 3; nodes <= 9; nodes++) {
        const { fit, overlay, below } = fitFor(nodes, width, height);
        const { scale } = fit;
        const r = radiusAt(nodes, scale) + 8;
        const left = drawingLeft(nodePositions(nodes), width, scale, fit.align, r);
        const top = (height - VIEW_HEIGHT * scale) / 2;
        const where = `${nodes} nodes in ${width}×${height}: ${JSON.stringify(fit)}`;
        // Scaled down for the strip by 0.7 at most, from what the box's height allows the nodes.
        expect(scale, where).toBeGreaterThanOrEqual(0.7 * 0.8 * Math.min(width / VIEW_WIDTH, height / VIEW_HEIGHT));
        for (const p of nodePositions(nodes)) {
          const node = { x: left + (p.x - r) * scale, y: top + (p.y - r) * scale, width: 2 * r * scale, height: (2 * r + below(scale)) * scale };
          expect(shared(node, { x: 0, y: 0, ...overlay }), where).toBe(false);
          expect(node.x + node.width, `${where}: inside the box`).toBeLessThanOrEqual(width);
          expect(node.y, `${where}: under the box's top`).toBeGreaterThanOrEqual(0);
          expect(node.y + 2 * r * scale, `${where}: over the box's bottom`).toBeLessThanOrEqual(height + 0.01);
        }
      }
    }
  });
});
