// The diagram's many small things — arrows, loss marks, timer ticks, note dots — painted on a
// canvas: thousands of segments cost a few milliseconds there, where as SVG paths the browser
// rasterizes them again on every pan. The SVG export writes the same scene as paths.
// Contract: paints a Scene; reads nothing else.

import type { Scene, SceneArrow } from './scene';

export interface CanvasColors {
  /** The --msg-0..11 colours of the current theme. */
  messages: string[];
  text: string;
  muted: string;
  danger: string;
}

const HEAD = 5;

function addArrow(ctx: CanvasRenderingContext2D, a: SceneArrow): void {
  ctx.moveTo(a.x1, a.y1);
  ctx.lineTo(a.x2, a.y2);
  if (a.lost || a.open) return;
  const dx = a.x2 - a.x1;
  const dy = a.y2 - a.y1;
  const length = Math.hypot(dx, dy);
  if (length <= HEAD * 1.5) return;
  const ux = dx / length;
  const uy = dy / length;
  const bx = a.x2 - ux * HEAD;
  const by = a.y2 - uy * HEAD;
  ctx.moveTo(bx - uy * HEAD * 0.55, by + ux * HEAD * 0.55);
  ctx.lineTo(a.x2, a.y2);
  ctx.lineTo(bx + uy * HEAD * 0.55, by - ux * HEAD * 0.55);
}

export function paintScene(ctx: CanvasRenderingContext2D, scene: Scene, colors: CanvasColors): void {
  // Arrows: one path per colour, style and causal class.
  const groups = new Map<string, SceneArrow[]>();
  for (const a of scene.arrows) {
    const key = `${a.slot}|${a.lost ? 1 : 0}|${a.causal}`;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(a);
  }
  ctx.lineCap = 'round';
  for (const list of groups.values()) {
    const { slot, lost, causal } = list[0];
    ctx.strokeStyle = colors.messages[slot] || colors.text;
    ctx.globalAlpha = causal === 'other' ? 0.14 : 0.9;
    ctx.lineWidth = causal === 'past' || causal === 'future' ? 1.8 : 1.3;
    ctx.setLineDash(lost ? [4, 3] : []);
    ctx.beginPath();
    for (const a of list) addArrow(ctx, a);
    ctx.stroke();
  }
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;

  // Losses: a cross where the message vanished.
  ctx.strokeStyle = colors.danger;
  ctx.lineWidth = 1.6;
  ctx.beginPath();
  const r = 3.5;
  for (const { x, y } of scene.lostMarks) {
    ctx.moveTo(x - r, y - r);
    ctx.lineTo(x + r, y + r);
    ctx.moveTo(x - r, y + r);
    ctx.lineTo(x + r, y - r);
  }
  ctx.stroke();

  // Timer firings: short ticks across the lane.
  ctx.strokeStyle = colors.muted;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (const { x, y } of scene.timerTicks) {
    ctx.moveTo(x, y - 5);
    ctx.lineTo(x, y + 5);
  }
  ctx.stroke();

  // Notes and actions on a node: dots (faded outside the selected event's causal cone).
  for (const faded of [false, true]) {
    ctx.fillStyle = colors.text;
    ctx.globalAlpha = faded ? 0.2 : 1;
    ctx.beginPath();
    for (const m of scene.marks) {
      if ((m.causal === 'other') !== faded) continue;
      ctx.moveTo(m.x + 2.6, m.y);
      ctx.arc(m.x, m.y, 2.6, 0, 2 * Math.PI);
    }
    ctx.fill();
  }
  ctx.globalAlpha = 1;

  // Copies (duplicated) at their start, delayed deliveries at their end.
  ctx.lineWidth = 1.2;
  ctx.strokeStyle = colors.messages[4] || colors.text;
  ctx.beginPath();
  for (const { x, y } of scene.duplicateMarks) {
    ctx.moveTo(x + 3.5, y);
    ctx.arc(x, y, 3.5, 0, 2 * Math.PI);
  }
  ctx.stroke();
  ctx.strokeStyle = colors.messages[11] || colors.text;
  ctx.beginPath();
  for (const { x, y } of scene.delayedMarks) {
    ctx.moveTo(x, y - 4);
    ctx.lineTo(x + 4, y);
    ctx.lineTo(x, y + 4);
    ctx.lineTo(x - 4, y);
    ctx.closePath();
  }
  ctx.stroke();
}
