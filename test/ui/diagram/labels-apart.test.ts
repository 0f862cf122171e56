// The diagram's labels never print over each other on a lane: a crashed node's lane loses a
// message every few pixels, and its loss labels piled up into "rererere…receiver down".

import { describe, expect, test } from 'vitest';
import { apartOnTheirRows } from '../../../src/ui/diagram/renderer';

describe("the diagram's labels", () => {
  test('a loss every 5 px on one lane: one label per label width; another lane keeps its own', () => {
    const lost = Array.from({ length: 40 }, (_, i) => ({ key: `l${i}`, x: 100 + 5 * i, y: 60, text: 'receiver down' }));
    const other = { key: 'l99', x: 102, y: 80, text: 'receiver down' };
    const kept = apartOnTheirRows([...lost, other]);
    const row = kept.filter((l) => l.y === 60);
    // 'receiver down' is some 85 px wide: 200 px of losses leave room for three.
    expect(row.map((l) => l.x)).toEqual([100, 185, 270]);
    expect(kept).toContain(other);
    for (let i = 1; i < row.length; i++) expect(row[i].x).toBeGreaterThanOrEqual(row[i - 1].x + 'receiver down'.length * 6);
  });
});
