// @vitest-environment jsdom
// The diagram's scene from real runs: the future stays hidden, only the window is built, a dense
// window keeps at most one arrow per link per few pixels, a crashed node's lane is broken, losses
// end in marks; the SVG export is self-contained and well-formed.

import { describe, expect, test } from 'vitest';
import { parseScenario } from '../../../src/scenario/validate';
import { computeRun } from '../../../src/store/compute-run';
import { diagramData } from '../../../src/ui/diagram/diagram-data';
import { buildScene, MARGIN, MAX_ARROWS } from '../../../src/ui/diagram/scene';
import { diagramSvg } from '../../../src/ui/diagram/export-svg';

function run(input: Record<string, unknown>) {
  const parsed = parseScenario({ version: 1, ...input });
  if (!parsed.ok) throw new Error(parsed.error);
  return computeRun(parsed.scenario).record;
}

const texts = { markText: () => 'note', networkText: () => null };
const viewport = (t0: number, t1: number) => ({ t0, t1, width: 800 + MARGIN.left + MARGIN.right, height: 200 });

describe('diagram scene', () => {
  const raft = run({
    protocol: 'raft',
    seed: 2,
    nodes: 5,
    until: 3000,
    network: { latencyMsMin: 10, latencyMsMax: 30, dropRatio: 0.1, duplicateRatio: 0 },
    actions: [
      { at: 1000, do: 'crash', node: 2 },
      { at: 2000, do: 'restart', node: 2 },
      { at: 1500, do: 'partition', groups: [[1, 3], [2, 4, 5]] },
      { at: 2500, do: 'heal' },
    ],
  });

  test('hides the future: nothing drawn after the cutoff, messages on the wire drawn up to it', () => {
    const cutoff = 1234.5;
    const scene = buildScene(diagramData(raft), viewport(0, 3000), { cutoff, selectedEvent: null, ...texts });
    const xCut = MARGIN.left + (cutoff / 3000) * 800;
    expect(scene.arrows.length).toBeGreaterThan(50);
    for (const a of scene.arrows) expect(Math.max(a.x1, a.x2)).toBeLessThanOrEqual(xCut + 1e-6);
    const open = scene.arrows.filter((a) => a.open);
    const onTheWire = Array.from({ length: raft.messages.count }, (_, id) => id).filter((id) => raft.messages.sentAt[id] <= cutoff && raft.messages.endAt[id] > cutoff);
    expect(open.map((a) => a.id).sort((a, b) => a - b)).toEqual(onTheWire);
    for (const m of scene.marks) expect(m.x).toBeLessThanOrEqual(xCut + 1e-6);
  });

  test('crash, partition and losses: the lane breaks, the cut is shaded, lost messages end in a mark', () => {
    const scene = buildScene(diagramData(raft), viewport(0, 3000), { cutoff: Infinity, selectedEvent: null, ...texts });
    const x = (t: number) => MARGIN.left + (t / 3000) * 800;
    expect(scene.laneDown).toHaveLength(1);
    expect(scene.laneDown[0].node).toBe(2);
    expect(scene.laneDown[0].x1).toBeCloseTo(x(1000), 6);
    expect(scene.laneDown[0].x2).toBeCloseTo(x(2000), 6);
    expect(scene.cutBands).toHaveLength(1);
    expect(scene.cutBands[0].x1).toBeCloseTo(x(1500), 6);
    expect(scene.cutBands[0].x2).toBeCloseTo(x(2500), 6);
    const lost = Array.from({ length: raft.messages.count }, (_, id) => id).filter((id) => raft.messages.fate[id] >= 2);
    expect(lost.length).toBeGreaterThan(0);
    expect(scene.lostMarks.map((m) => m.id)).toEqual(lost);
  });

  test('a narrow window builds only the messages that cross it', () => {
    const scene = buildScene(diagramData(raft), viewport(1200, 1300), { cutoff: Infinity, selectedEvent: null, ...texts });
    const crossing = Array.from({ length: raft.messages.count }, (_, id) => id).filter((id) => raft.messages.sentAt[id] <= 1300 && raft.messages.endAt[id] >= 1200);
    expect(scene.arrows.map((a) => a.id)).toEqual(crossing);
  });

  test('a dense window keeps one arrow per link per column, and says how many it left out', () => {
    const long = run({ protocol: 'raft', seed: 1, nodes: 5, until: 20000, params: { heartbeatMs: 10 } });
    const scene = buildScene(diagramData(long), viewport(0, 20000), { cutoff: Infinity, selectedEvent: null, ...texts });
    expect(scene.candidates).toBeGreaterThan(MAX_ARROWS);
    expect(scene.arrows.length).toBeLessThan(scene.candidates);
    expect(scene.arrows.length).toBeLessThanOrEqual(4 * MAX_ARROWS);
    expect(scene.arrows.length).toBeGreaterThan(200);
  });

  test('the SVG export is self-contained and well-formed', () => {
    const scene = buildScene(diagramData(raft), viewport(0, 3000), { cutoff: Infinity, selectedEvent: null, ...texts });
    const svg = diagramSvg(scene, { title: 'Space-time diagram', fate: () => 'lost', mark: () => 'note <&>', network: () => null }, 1500);
    expect(svg).not.toMatch(/var\(--|href=|url\(/);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(doc.getElementsByTagName('path').length).toBeGreaterThan(5);
  });
});
