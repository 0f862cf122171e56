// The diagram's scene for one time window: plain geometry (paths, marks, bands) that the on-page
// renderer writes into its SVG and the SVG export serializes. Contract: a pure function of the
// derived run data, the window and the selection. Only what is visible is built: messages are
// found by their sorted send times, and where more would be drawn than the width can show, at
// most one arrow per link per column of a few pixels is kept (the picture does not change).

import { lastAtOrBefore } from '../../store/run';
import { BOOT_EVENT, happenedBefore } from '../../engine/vector-clocks';
import type { DiagramData } from './diagram-data';

export const MARGIN = { left: 36, right: 12, top: 14, bottom: 22 } as const;
/** Above this many candidate arrows, the per-column cap applies. */
export const MAX_ARROWS = 2500;
/** Label marks only when at most this many are in view. */
const LABELS_MAX = 80;
const LABEL_GAP_PX = 110;

export interface Viewport {
  t0: number;
  t1: number;
  width: number;
  height: number;
}

export type Causal = 'past' | 'future' | 'other' | 'none';

export interface SceneArrow {
  id: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  slot: number;
  /** Lost on the way (drawn dashed, ending in a mark). */
  lost: boolean;
  /** Cut short at the playhead (still in flight there). */
  open: boolean;
  causal: Causal;
}

export interface SceneMark {
  /** Trace entry index. */
  index: number;
  x: number;
  y: number;
  label: string | null;
  causal: Causal;
}

export interface Scene {
  viewport: Viewport;
  plot: { left: number; top: number; width: number; height: number };
  laneY: number[];
  /** Lane segments while up, per node (the lane is broken while the node is down). */
  laneUp: { node: number; x1: number; x2: number }[];
  laneDown: { node: number; x1: number; x2: number }[];
  cutBands: { x1: number; x2: number; y1: number; y2: number; links: [number, number][] }[];
  networkLines: { index: number; x: number; label: string | null }[];
  arrows: SceneArrow[];
  lostMarks: { id: number; x: number; y: number; fate: number }[];
  duplicateMarks: { id: number; x: number; y: number }[];
  delayedMarks: { id: number; x: number; y: number }[];
  timerTicks: { index: number; x: number; y: number }[];
  marks: SceneMark[];
  violations: { index: number; x: number; y1: number; y2: number }[];
  /** Causal cone of the selected event: per node, the lane span in its past and in its future. */
  cone: { node: number; pastTo: number | null; futureFrom: number | null }[] | null;
  /** Messages in the window, and how many are drawn. */
  candidates: number;
}

export interface SceneOptions {
  /** Draw nothing after this time (the playhead when the future is hidden); Infinity to show all. */
  cutoff: number;
  /** Trace entry whose causal past and future are highlighted. */
  selectedEvent: number | null;
  /** A message drawn even where the per-column cap would leave it out (the selected one). */
  keepMessage?: number | null;
  /** Label text of a mark (trace entry). */
  markText(index: number): string;
  /** Label text of a network action line. */
  networkText(index: number): string | null;
}

export function laneLayout(nodes: number, height: number): number[] {
  const plotHeight = Math.max(1, height - MARGIN.top - MARGIN.bottom);
  const step = plotHeight / nodes;
  return Array.from({ length: nodes }, (_, i) => MARGIN.top + step * (i + 0.5));
}

/** First index in a sorted prefix with value >= x. */
function firstAtOrAfter(sorted: ArrayLike<number>, x: number, length: number): number {
  return lastAtOrBefore(sorted, x - 1e-9, length) + 1;
}

export function buildScene(data: DiagramData, viewport: Viewport, options: SceneOptions): Scene {
  const { run, nodes } = data;
  const { messages, trace } = run;
  const { t0, t1, width, height } = viewport;
  const plot = { left: MARGIN.left, top: MARGIN.top, width: Math.max(1, width - MARGIN.left - MARGIN.right), height: Math.max(1, height - MARGIN.top - MARGIN.bottom) };
  const span = Math.max(1e-6, t1 - t0);
  const k = plot.width / span;
  const x = (t: number) => plot.left + (t - t0) * k;
  const laneY = laneLayout(nodes, height);
  const cutoff = options.cutoff;
  const end = Math.min(t1, cutoff, data.until);
  const right = x(Math.min(end, t1));
  const clip = (t: number) => Math.max(x(t0), Math.min(right, x(t)));

  // Causal cone of the selected event.
  let causalOf: ((send: number, receive: number) => Causal) | null = null;
  let markCausal: (index: number) => Causal = () => 'none';
  let cone: Scene['cone'] = null;
  const selected = options.selectedEvent;
  const vc = selected !== null && selected < trace.count ? data.clocks() : null;
  if (vc !== null && selected !== null && vc.isEvent[selected] === 1) {
    const before = (a: number, b: number) => a === b || happenedBefore(vc, trace, a, b);
    causalOf = (send, receive) => {
      if (receive >= 0 && before(receive, selected)) return 'past';
      if (send >= 0 && before(send, selected) && receive < 0) return 'past';
      if (send === BOOT_EVENT ? false : send >= 0 && before(selected, send)) return 'future';
      return 'other';
    };
    markCausal = (index) => (vc.isEvent[index] !== 1 ? 'other' : before(index, selected) ? 'past' : before(selected, index) ? 'future' : 'other');
    cone = coneOf(data, selected);
  }

  // Lanes: broken while down.
  const laneUp: Scene['laneUp'] = [];
  const laneDown: Scene['laneDown'] = [];
  for (let node = 1; node <= nodes; node++) {
    let from = t0;
    for (const interval of data.down[node - 1]) {
      if (interval.to < t0 || interval.from > end) continue;
      if (interval.from > from) laneUp.push({ node, x1: clip(from), x2: clip(interval.from) });
      laneDown.push({ node, x1: clip(interval.from), x2: clip(Math.min(interval.to, end)) });
      from = interval.to;
    }
    if (from < end) laneUp.push({ node, x1: clip(from), x2: right });
  }

  const cutBands: Scene['cutBands'] = [];
  for (const band of data.cuts) {
    if (band.to < t0 || band.from > end) continue;
    const ys = band.nodes.map((node) => laneY[node - 1]);
    const pad = nodes > 1 ? (laneY[1] - laneY[0]) / 2 : plot.height / 2;
    cutBands.push({ x1: clip(band.from), x2: clip(Math.min(band.to, end)), y1: Math.min(...ys) - pad, y2: Math.max(...ys) + pad, links: band.links });
  }

  // Messages: sent in [t0 - longest flight, end], still on the wire at t0 or later.
  const arrows: SceneArrow[] = [];
  const lostMarks: Scene['lostMarks'] = [];
  const duplicateMarks: Scene['duplicateMarks'] = [];
  const delayedMarks: Scene['delayedMarks'] = [];
  const first = firstAtOrAfter(messages.sentAt, t0 - run.longestFlightMs, messages.count);
  const last = lastAtOrBefore(messages.sentAt, end, messages.count);
  let candidates = 0;
  for (let id = first; id <= last; id++) if (Math.min(messages.endAt[id], cutoff) >= t0) candidates++;
  // One arrow per link per column of `columnPx` pixels when there are more than the width shows.
  const pairs = Math.max(1, nodes * nodes);
  const columnPx = candidates > MAX_ARROWS ? Math.max(1, Math.ceil((plot.width * pairs) / MAX_ARROWS / 4)) : 0;
  const columns = columnPx > 0 ? Math.ceil(plot.width / columnPx) + 2 : 0;
  const taken = columnPx > 0 ? new Uint8Array(columns * pairs) : null;
  const send = vc?.sendEntry;
  const receive = vc?.receiveEntry;
  const keep = options.keepMessage ?? -1;
  for (let id = first; id <= last; id++) {
    const sentAt = messages.sentAt[id];
    const endAt = messages.endAt[id];
    if (Math.min(endAt, cutoff) < t0) continue;
    const from = messages.from[id];
    const to = messages.to[id];
    const x1 = x(sentAt);
    if (taken !== null && id !== keep) {
      const column = Math.max(0, Math.min(columns - 1, Math.floor((x1 - plot.left) / columnPx) + 1));
      const key = column * pairs + (from - 1) * nodes + (to - 1);
      if (taken[key] === 1) continue;
      taken[key] = 1;
    }
    const fate = messages.fate[id];
    const lostAtEnd = fate >= 2; // dropped, cut, crashed, user-dropped
    const finished = endAt <= cutoff;
    const y1 = laneY[from - 1];
    const yTo = laneY[to - 1];
    let x2: number;
    let y2: number;
    let open = false;
    const deliverAt = messages.deliverAt[id];
    if (!finished) {
      // In flight at the playhead: drawn up to where it is now.
      const f = deliverAt > sentAt ? (cutoff - sentAt) / (deliverAt - sentAt) : 1;
      x2 = x(cutoff);
      y2 = y1 + (yTo - y1) * Math.max(0, Math.min(1, f));
      open = true;
    } else if (lostAtEnd) {
      const f = deliverAt > sentAt ? (endAt - sentAt) / (deliverAt - sentAt) : 0;
      x2 = x(endAt);
      // Lost at the moment it was sent (a cut link): a short stub towards the receiver.
      y2 = y1 + (yTo - y1) * Math.max(f, 0.18);
      if (x2 - x1 < 4) x2 = x1 + 4;
    } else {
      x2 = x(endAt);
      y2 = yTo;
    }
    const causal = causalOf && send && receive ? causalOf(send[id], receive[id]) : 'none';
    arrows.push({ id, x1, y1, x2, y2, slot: data.colorSlot[id], lost: lostAtEnd && finished, open, causal });
    if (lostAtEnd && finished) lostMarks.push({ id, x: x2, y: y2, fate });
    if (messages.duplicateOf[id] >= 0) duplicateMarks.push({ id, x: x1, y: y1 });
    if (data.delayed.has(id) && finished && !lostAtEnd) delayedMarks.push({ id, x: x2, y: y2 });
  }

  // Timer ticks: one per node per pixel.
  const timerTicks: Scene['timerTicks'] = [];
  const tickTaken = new Set<number>();
  forEntriesIn(data.timerEntries, trace.at, t0, end, (index) => {
    const px = Math.round(x(trace.at[index]));
    const key = px * 16 + trace.node[index];
    if (tickTaken.has(key)) return;
    tickTaken.add(key);
    timerTicks.push({ index, x: x(trace.at[index]), y: laneY[trace.node[index] - 1] });
  });

  // Notes and actions on a node: dots, labelled where there is room.
  const marks: SceneMark[] = [];
  let inView = 0;
  forEntriesIn(data.markEntries, trace.at, t0, end, () => inView++);
  const lastLabelX = new Array<number>(nodes + 1).fill(-Infinity);
  // Labels sit above their lane: only when lanes are far enough apart for a line of text.
  const roomForLabels = plot.height / nodes >= 22;
  const markTaken = new Set<number>();
  forEntriesIn(data.markEntries, trace.at, t0, end, (index) => {
    const node = trace.node[index];
    const mx = x(trace.at[index]);
    const key = Math.round(mx) * 16 + node;
    let label: string | null = null;
    if (roomForLabels && inView <= LABELS_MAX && mx - lastLabelX[node] >= LABEL_GAP_PX) {
      label = options.markText(index);
      lastLabelX[node] = mx;
    } else if (markTaken.has(key)) return;
    markTaken.add(key);
    marks.push({ index, x: mx, y: laneY[node - 1], label, causal: markCausal(index) });
  });

  const networkLines: Scene['networkLines'] = [];
  forEntriesIn(data.networkEntries, trace.at, t0, end, (index) => {
    networkLines.push({ index, x: x(trace.at[index]), label: options.networkText(index) });
  });

  const violations: Scene['violations'] = [];
  run.violations.forEach((violation, index) => {
    if (violation.at < t0 || violation.at > end) return;
    const ys = (violation.nodes.length > 0 ? violation.nodes : [1, nodes]).map((node) => laneY[node - 1]);
    violations.push({ index, x: x(violation.at), y1: Math.min(...ys) - 8, y2: Math.max(...ys) + 8 });
  });

  return {
    viewport,
    plot,
    laneY,
    laneUp,
    laneDown,
    cutBands,
    networkLines,
    arrows,
    lostMarks,
    duplicateMarks,
    delayedMarks,
    timerTicks,
    marks,
    violations,
    cone: cone?.map((c) => ({ node: c.node, pastTo: c.pastTo === null ? null : clip(c.pastTo), futureFrom: c.futureFrom === null ? null : clip(c.futureFrom) })) ?? null,
    candidates,
  };
}

function forEntriesIn(entries: Int32Array, at: Int32Array, t0: number, t1: number, visit: (index: number) => void): void {
  // entries ascend by trace index, so by time: binary search the first in the window.
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[entries[mid]] < t0) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < entries.length && at[entries[i]] <= t1; i++) visit(entries[i]);
}

/**
 * Per node, the time of its last event in the selected event's causal past and of its first event
 * in its causal future (null when none): the clocks are monotone along a node's events.
 */
function coneOf(data: DiagramData, selected: number): { node: number; pastTo: number | null; futureFrom: number | null }[] {
  const vc = data.clocks();
  const { trace } = data.run;
  const n = data.nodes;
  const own = trace.node[selected] - 1;
  const mine = vc.clocks[selected * n + own];
  const result = [];
  for (let node = 1; node <= n; node++) {
    // The selected event knows `known` events of this node (the boot event is the first).
    const known = vc.clocks[selected * n + node - 1];
    let pastTo: number | null = null;
    let futureFrom: number | null = null;
    for (let i = 0; i < trace.count; i++) {
      if (vc.isEvent[i] !== 1 || trace.node[i] !== node) continue;
      const count = vc.clocks[i * n + node - 1];
      if (count <= known) pastTo = trace.at[i];
      if (futureFrom === null && vc.clocks[i * n + own] >= mine && i !== selected) futureFrom = trace.at[i];
      if (count > known && futureFrom !== null) break;
    }
    if (pastTo === null && known >= 1) pastTo = 0;
    result.push({ node, pastTo, futureFrom });
  }
  return result;
}
