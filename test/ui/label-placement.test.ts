// Message labels never hide the state: placed labels avoid the nodes, their captions and each
// other and stay in the view; a crowd thins by priority instead of losing every label. Positions
// from a real Raft run (the messages in flight when the first leader is elected).

import { describe, expect, test } from 'vitest';
import { createAppStore } from '../fixtures/app-store';
import { starterScenario } from '../../src/scenario/starters';
import { describeMessage, messagesInFlight } from '../../src/store/run';
import { along, captionBox, captionSides, lane, nodePositions, nodeRadius, selfLoop, VIEW_HEIGHT, VIEW_WIDTH } from '../../src/ui/cluster/geometry';
import { labelBox, nodeObstacles, placeLabels, type LabelRequest, type Obstacle } from '../../src/ui/cluster/label-placement';

const overlaps = (a: Obstacle, b: Obstacle) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function requestsAt(time: number): LabelRequest[] {
  const store = createAppStore({ scenario: { ...starterScenario('raft'), until: 3000 } });
  store.getState().setTime(time);
  const { run } = store.getState();
  const positions = nodePositions(5);
  const radius = nodeRadius(5);
  return messagesInFlight(run, time).map((id, i) => {
    const m = run.messages.get(id);
    const span = m.deliverAt - m.sentAt;
    const p = along(lane(positions[m.from - 1], positions[m.to - 1], radius + 10), span > 0 ? (time - m.sentAt) / span : 1);
    return { id, x: p.x, y: p.y, text: describeMessage(run.protocol, m.payload).type, priority: i };
  });
}

describe('label placement', () => {
  const fontSize = 14;
  // Captions of 13-unit text, 1 line, under each node (as the app lays out five nodes).
  const captionSize = { width: 9 * 0.62 * 13 * 1.4, height: 13 * 1.2 + 4 };
  const view = { x: 0, y: 0, width: VIEW_WIDTH, height: VIEW_HEIGHT };
  const sides = captionSides(nodePositions(5), nodeRadius(5), captionSize, view);
  const obstacles = nodeObstacles(
    nodePositions(5),
    nodeRadius(5),
    sides.map((side, i) => captionBox(nodePositions(5)[i], nodeRadius(5), side, captionSize)),
  );

  test('five nodes keep their captions under them', () => {
    expect(sides).toEqual(['below', 'below', 'below', 'below', 'below']);
  });

  test('placed labels clear the nodes, captions and each other, inside the view', () => {
    let checked = 0;
    let clear = 0;
    for (const time of [160, 175, 190, 400, 1200]) {
      const requests = requestsAt(time);
      const placed = placeLabels(requests, obstacles, { width: VIEW_WIDTH, height: VIEW_HEIGHT, fontSize, budget: 20 });
      const boxes = placed.map((p) => {
        const r = requests.find((q) => q.id === p.id)!;
        const box = labelBox(r.text, fontSize);
        return { x: r.x + p.dx - box.width / 2, y: r.y + p.dy - fontSize * 0.85, width: box.width, height: box.height };
      });
      for (const [i, box] of boxes.entries()) {
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(VIEW_WIDTH);
        expect(box.y + box.height).toBeLessThanOrEqual(VIEW_HEIGHT);
        // A label sits on something only when it is the one forced label (no spot was clear for any).
        if (boxes.length > 1) for (const o of obstacles) expect(overlaps(box, o)).toBe(false);
        for (const other of boxes.slice(i + 1)) expect(overlaps(box, other)).toBe(false);
      }
      clear += boxes.filter((box) => !obstacles.some((o) => overlaps(box, o))).length;
      if (requests.length > 0) expect(placed.length).toBeGreaterThan(0);
      checked += placed.length;
    }
    expect(checked).toBeGreaterThan(5);
    expect(clear).toBeGreaterThanOrEqual(checked - 5); // at most one forced label per moment
  });

  test('a crowd thins by priority: the most important keep their labels', () => {
    const requests: LabelRequest[] = Array.from({ length: 40 }, (_, i) => ({ id: i, x: 320, y: 300 + (i % 4), text: 'AppendEntries', priority: i === 37 ? -1 : i }));
    const placed = placeLabels(requests, [], { width: VIEW_WIDTH, height: VIEW_HEIGHT, fontSize, budget: 14 });
    expect(placed.length).toBeGreaterThan(0);
    expect(placed.length).toBeLessThan(40);
    expect(placed[0].id).toBe(37);
    expect(placed.map((p) => p.id)).toContain(0);
  });
});

describe('self-addressed messages', () => {
  test('stay inside the view, even around a large top node', () => {
    for (const nodes of [3, 5, 7]) {
      for (const node of nodePositions(nodes)) {
        for (let f = 0; f <= 1; f += 0.125) {
          const p = selfLoop(node, 70, f, nodes);
          expect(p.x).toBeGreaterThanOrEqual(0);
          expect(p.y).toBeGreaterThanOrEqual(0);
          expect(p.x).toBeLessThanOrEqual(VIEW_WIDTH);
          expect(p.y).toBeLessThanOrEqual(VIEW_HEIGHT);
        }
      }
    }
  });
});

describe('thinning never empties the view', () => {
  test('with no clear spot anywhere, the most important label still shows', () => {
    const wall: Obstacle[] = [{ x: 0, y: 0, width: VIEW_WIDTH, height: VIEW_HEIGHT }];
    const requests: LabelRequest[] = [
      { id: 1, x: 300, y: 300, text: 'Accept', priority: 1 },
      { id: 2, x: 200, y: 300, text: 'Prepare', priority: 0 },
    ];
    const placed = placeLabels(requests, wall, { width: VIEW_WIDTH, height: VIEW_HEIGHT, fontSize: 14, budget: 14 });
    expect(placed.map((p) => p.id)).toEqual([2]);
  });

  test("a forced label covers a caption or a node's rim, never a node's name: none at all rather than that", () => {
    // A message between two nodes (S5 → S4 of a 7-node ring at 1024×768): every spot meets a node
    // but the one over S5's caption.
    const nodes = [{ x: 200, y: 300 }];
    const [disc] = nodeObstacles(nodes, 60, []);
    const caption: Obstacle = { x: 270, y: 280, width: 120, height: 60 };
    const request: LabelRequest = { id: 7, x: 330, y: 300, text: 'AppendEntries', priority: 0 };
    const options = { width: VIEW_WIDTH, height: VIEW_HEIGHT, fontSize: 14, budget: 14 };
    const nodeBoxes = (spot: { dx: number; dy: number }) => {
      const box = labelBox(request.text, 14);
      return { x: request.x + spot.dx - box.width / 2, y: request.y + spot.dy - 14 * 0.85, width: box.width, height: box.height };
    };
    const [over] = placeLabels([request], [disc, caption, { x: 392, y: 0, width: 300, height: 600, node: true }], options);
    expect(over, 'placed over the caption').toBeDefined();
    expect(overlaps(nodeBoxes(over), disc)).toBe(false);
    // Nodes close all round: every spot is over a node's name or role, no label.
    const ring = nodeObstacles([{ x: 330, y: 250 }, { x: 330, y: 350 }, { x: 250, y: 300 }, { x: 410, y: 300 }], 60, []);
    expect(placeLabels([request], ring, options)).toEqual([]);
    // Further off, the label may cover a rim.
    const wider = nodeObstacles([{ x: 330, y: 240 }, { x: 330, y: 360 }, { x: 220, y: 300 }, { x: 440, y: 300 }], 60, []);
    expect(placeLabels([request], wider, options)).toHaveLength(1);
  });
});
