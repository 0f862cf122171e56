// The diagram as a self-contained SVG file: the scene in view written as text with concrete
// colours (the light theme's, so that it reads on white whatever theme the page uses), its own
// font and a white background; no CSS variables, no external references. Contract: pure.

import type { Scene } from './scene';
import { arrowGroups, conePaths, dotsPath, lanesPath, lostMarksPath, squaresPath, ticksPath } from './scene-svg';

/** The light theme's --msg-0..11 (src/ui/styles.css). */
export const LIGHT_MESSAGE_COLORS = ['#1f77b4', '#e4570e', '#1a8a1a', '#c41e1e', '#7b4fb0', '#8c564b', '#d6339a', '#5f6368', '#8a8a00', '#0f9bb0', '#6b8e23', '#b8860b'];

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface SvgTexts {
  title: string;
  /** Written under each lost mark when there are few. */
  fate(fate: number): string;
  /** Label of trace entry i (marks with room for one). */
  mark(index: number): string;
  network(index: number): string | null;
}

export function diagramSvg(scene: Scene, texts: SvgTexts, time: number | null): string {
  const { width, height, t0, t1 } = scene.viewport;
  const { plot } = scene;
  const x = (t: number) => plot.left + ((t - t0) / Math.max(1e-6, t1 - t0)) * plot.width;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="10">`,
    `<title>${escape(texts.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
  );
  for (const b of scene.cutBands) out.push(`<rect x="${b.x1.toFixed(1)}" y="${b.y1.toFixed(1)}" width="${Math.max(1, b.x2 - b.x1).toFixed(1)}" height="${(b.y2 - b.y1).toFixed(1)}" fill="#d32f2f" fill-opacity="0.08"/>`);
  const cone = conePaths(scene);
  if (cone.past) out.push(`<path d="${cone.past}" stroke="#1f77b4" stroke-opacity="0.25" stroke-width="8" fill="none"/>`);
  if (cone.future) out.push(`<path d="${cone.future}" stroke="#e4570e" stroke-opacity="0.25" stroke-width="8" fill="none"/>`);
  out.push(`<path d="${lanesPath(scene.laneUp, scene.laneY)}" stroke="#444444" stroke-width="1.5" fill="none"/>`);
  out.push(`<path d="${lanesPath(scene.laneDown, scene.laneY)}" stroke="#999999" stroke-width="1.5" stroke-dasharray="2 4" fill="none"/>`);
  for (const line of scene.networkLines) {
    out.push(`<line x1="${line.x.toFixed(1)}" x2="${line.x.toFixed(1)}" y1="${plot.top - 6}" y2="${plot.top + plot.height + 4}" stroke="#888888" stroke-dasharray="3 3"/>`);
    const label = texts.network(line.index);
    if (label) out.push(`<text x="${(line.x + 3).toFixed(1)}" y="${plot.top - 4}" fill="#555555">${escape(label)}</text>`);
  }
  for (const group of arrowGroups(scene)) {
    const opacity = group.causal === 'other' ? 0.15 : 0.9;
    out.push(`<path d="${group.d}" stroke="${LIGHT_MESSAGE_COLORS[group.slot]}" stroke-opacity="${opacity}" stroke-width="1.3" fill="none"${group.lost ? ' stroke-dasharray="4 3"' : ''}/>`);
  }
  out.push(`<path d="${lostMarksPath(scene)}" stroke="#c62828" stroke-width="1.6" fill="none"/>`);
  out.push(`<path d="${ticksPath(scene)}" stroke="#666666" stroke-width="1" fill="none"/>`);
  out.push(`<path d="${dotsPath(scene.marks, 2.6)}" fill="#333333"/>`);
  out.push(`<path d="${dotsPath(scene.duplicateMarks, 3.5)}" stroke="#7b4fb0" fill="none"/>`);
  out.push(`<path d="${squaresPath(scene.delayedMarks, 4)}" stroke="#b8860b" fill="none"/>`);
  for (const m of scene.marks) if (m.label) out.push(`<text x="${(m.x + 4).toFixed(1)}" y="${(m.y - 5).toFixed(1)}" fill="#222222">${escape(m.label)}</text>`);
  if (scene.lostMarks.length <= 40) for (const m of scene.lostMarks) out.push(`<text x="${(m.x + 5).toFixed(1)}" y="${(m.y + 11).toFixed(1)}" fill="#c62828">${escape(texts.fate(m.fate))}</text>`);
  for (const v of scene.violations) {
    out.push(`<line x1="${v.x.toFixed(1)}" x2="${v.x.toFixed(1)}" y1="${v.y1.toFixed(1)}" y2="${v.y2.toFixed(1)}" stroke="#d50000" stroke-width="3"/>`);
    out.push(`<circle cx="${v.x.toFixed(1)}" cy="${v.y1.toFixed(1)}" r="5" fill="#d50000"/>`);
  }
  scene.laneY.forEach((y, i) => out.push(`<text x="6" y="${(y + 4).toFixed(1)}" fill="#111111" font-weight="600" font-size="12">S${i + 1}</text>`));
  // Time axis: about one tick per 90 px, on round numbers.
  const axisY = plot.top + plot.height + 2;
  out.push(`<line x1="${plot.left}" x2="${plot.left + plot.width}" y1="${axisY}" y2="${axisY}" stroke="#444444"/>`);
  for (const tick of niceTicks(t0, t1, Math.max(2, Math.floor(plot.width / 90)))) {
    const tx = x(tick).toFixed(1);
    out.push(`<line x1="${tx}" x2="${tx}" y1="${axisY}" y2="${axisY + 4}" stroke="#444444"/><text x="${tx}" y="${axisY + 15}" text-anchor="middle" fill="#333333">${tick}</text>`);
  }
  if (time !== null && time >= t0 && time <= t1) out.push(`<line x1="${x(time).toFixed(1)}" x2="${x(time).toFixed(1)}" y1="${plot.top - 10}" y2="${axisY}" stroke="#d50000" stroke-width="1.5"/>`);
  out.push('</svg>');
  return out.join('\n') + '\n';
}

function niceTicks(t0: number, t1: number, count: number): number[] {
  const span = Math.max(1e-6, t1 - t0);
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let v = Math.ceil(t0 / step) * step; v <= t1 + 1e-9; v += step) ticks.push(Math.round(v * 1000) / 1000);
  return ticks;
}
