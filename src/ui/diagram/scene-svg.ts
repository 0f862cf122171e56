// A scene as SVG path data and element descriptions, shared by the on-page renderer (which writes
// them with d3) and the SVG export (which writes them as text). Arrows of one colour, style and
// causal class share one path: a few dozen elements however many arrows are drawn.
// Contract: pure string building; no DOM.

import type { Causal, Scene, SceneArrow } from './scene';

export interface ArrowGroup {
  key: string;
  slot: number;
  lost: boolean;
  causal: Causal;
  d: string;
}

const HEAD = 5;

function arrowPath(a: SceneArrow): string {
  const dx = a.x2 - a.x1;
  const dy = a.y2 - a.y1;
  const length = Math.hypot(dx, dy) || 1;
  let d = `M${a.x1.toFixed(1)},${a.y1.toFixed(1)}L${a.x2.toFixed(1)},${a.y2.toFixed(1)}`;
  if (!a.lost && !a.open && length > HEAD * 1.5) {
    const ux = dx / length;
    const uy = dy / length;
    const bx = a.x2 - ux * HEAD;
    const by = a.y2 - uy * HEAD;
    d += `M${(bx - uy * HEAD * 0.55).toFixed(1)},${(by + ux * HEAD * 0.55).toFixed(1)}L${a.x2.toFixed(1)},${a.y2.toFixed(1)}L${(bx + uy * HEAD * 0.55).toFixed(1)},${(by - ux * HEAD * 0.55).toFixed(1)}`;
  }
  return d;
}

export function arrowGroups(scene: Scene): ArrowGroup[] {
  const groups = new Map<string, ArrowGroup>();
  const parts = new Map<string, string[]>();
  for (const a of scene.arrows) {
    const key = `${a.slot}-${a.lost ? 'lost' : 'ok'}-${a.causal}`;
    let list = parts.get(key);
    if (!list) {
      parts.set(key, (list = []));
      groups.set(key, { key, slot: a.slot, lost: a.lost, causal: a.causal, d: '' });
    }
    list.push(arrowPath(a));
  }
  for (const [key, list] of parts) groups.get(key)!.d = list.join('');
  return [...groups.values()];
}

export const singleArrowPath = arrowPath;

export function lostMarksPath(scene: Scene): string {
  const r = 3.5;
  return scene.lostMarks.map(({ x, y }) => `M${(x - r).toFixed(1)},${(y - r).toFixed(1)}l${2 * r},${2 * r}M${(x - r).toFixed(1)},${(y + r).toFixed(1)}l${2 * r},${-2 * r}`).join('');
}

export function ticksPath(scene: Scene): string {
  return scene.timerTicks.map(({ x, y }) => `M${x.toFixed(1)},${(y - 5).toFixed(1)}v10`).join('');
}

export function dotsPath(points: readonly { x: number; y: number }[], r: number): string {
  return points.map(({ x, y }) => `M${(x - r).toFixed(1)},${y.toFixed(1)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`).join('');
}

export function squaresPath(points: readonly { x: number; y: number }[], r: number): string {
  return points.map(({ x, y }) => `M${x.toFixed(1)},${(y - r).toFixed(1)}l${r},${r}l${-r},${r}l${-r},${-r}z`).join('');
}

export function lanesPath(segments: readonly { x1: number; x2: number; node: number }[], laneY: readonly number[]): string {
  return segments.map(({ x1, x2, node }) => `M${x1.toFixed(1)},${laneY[node - 1].toFixed(1)}H${x2.toFixed(1)}`).join('');
}

/** Past and future spans of the causal cone, as two paths of thick lane segments. */
export function conePaths(scene: Scene): { past: string; future: string } {
  if (!scene.cone) return { past: '', future: '' };
  const left = scene.plot.left;
  const right = scene.plot.left + scene.plot.width;
  let past = '';
  let future = '';
  for (const c of scene.cone) {
    const y = scene.laneY[c.node - 1].toFixed(1);
    if (c.pastTo !== null && c.pastTo >= left) past += `M${left},${y}H${c.pastTo.toFixed(1)}`;
    if (c.futureFrom !== null && c.futureFrom <= right) future += `M${c.futureFrom.toFixed(1)},${y}H${right}`;
  }
  return { past, future };
}
