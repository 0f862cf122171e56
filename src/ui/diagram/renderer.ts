// The space-time diagram's drawing: an object that owns one SVG subtree (React never touches it),
// with update() and destroy(). d3 gives the time scale, the axis and zoom/pan (wheel, pinch,
// drag; keys through zoomBy/panBy). Drawing happens at most once per animation frame, and only
// when the window, the size or what is drawn changed. Picking is geometric: the scene says where
// each arrow and mark is, so arrows need no element of their own.

import { axisBottom, pointer, scaleLinear, select, zoom, zoomIdentity, type Selection, type ZoomBehavior, type ZoomTransform } from 'd3';
import type { RunRecord } from '../../store/run';
import { diagramData } from './diagram-data';
import { buildScene, MARGIN, type Scene } from './scene';
import { conePaths, dotsPath, lanesPath, singleArrowPath } from './scene-svg';
import { paintScene } from './canvas-draw';
import { MESSAGE_COLOR_SLOTS } from '../cluster/message-colors';
import { cutLabel, entryLabel, fateText, laneLabel, messageLabel, networkLabel, violationLabel } from './labels';

export interface DiagramState {
  run: RunRecord;
  /** The playhead. */
  time: number;
  /** Nothing is drawn after this time (the playhead when the future is hidden). */
  cutoff: number;
  /** Playback runs: the playhead moves every frame. */
  playing: boolean;
  selectedMessage: number | null;
  selectedNode: number | null;
  selectedEvent: number | null;
  follow: boolean;
}

export interface DiagramCallbacks {
  seek(time: number): void;
  selectMessage(id: number): void;
  selectNode(node: number): void;
  selectEvent(index: number | null): void;
  /** The user moved the window by hand (turns "follow the playhead" off). */
  userMoved(): void;
  /** A frame was drawn (for the page's status, tests and the bench). */
  drawn?(info: { arrows: number; candidates: number; t0: number; t1: number }): void;
}

type Pick = { kind: 'message'; id: number } | { kind: 'entry'; index: number } | { kind: 'violation'; index: number } | { kind: 'lane'; node: number };

const MIN_SPAN_MS = 4;
const PICK_PX = 6;

const raf: (callback: () => void) => number =
  typeof globalThis.requestAnimationFrame === 'function' ? (cb) => globalThis.requestAnimationFrame(cb) : (cb) => setTimeout(cb, 16) as unknown as number;

export class DiagramRenderer {
  private readonly svg: Selection<SVGSVGElement, unknown, null, undefined>;
  private readonly under: Selection<SVGSVGElement, unknown, null, undefined>;
  private readonly canvas: Selection<HTMLCanvasElement, unknown, null, undefined>;
  private readonly tooltip: Selection<HTMLDivElement, unknown, null, undefined>;
  private readonly layers: Record<string, Selection<SVGGElement, unknown, null, undefined>>;
  private readonly zoomBehavior: ZoomBehavior<SVGSVGElement, unknown>;
  private transform: ZoomTransform = zoomIdentity;
  private state: DiagramState | null = null;
  private width = 0;
  private height = 0;
  private frame: number | null = null;
  private sceneKey = '';
  private lastScene: Scene | null = null;
  private resize: ResizeObserver | null = null;
  private until = 0;
  private destroyed = false;
  private drawnOnce = false;

  constructor(
    private readonly host: HTMLElement,
    private readonly callbacks: DiagramCallbacks,
  ) {
    const root = select(host);
    // Under the canvas: bands and lanes; on it: everything with few elements, and the pointer.
    this.under = root.append('svg').attr('class', 'diagram-under').attr('aria-hidden', 'true');
    this.canvas = root.append('canvas').attr('class', 'diagram-canvas').attr('aria-hidden', 'true');
    this.svg = root.append('svg').attr('class', 'diagram-svg').attr('aria-hidden', 'true');
    const under = (name: string) => this.under.append('g').attr('class', name);
    const layer = (name: string) => this.svg.append('g').attr('class', name);
    this.layers = {
      bands: under('d-bands'),
      cone: under('d-cone'),
      lanes: under('d-lanes'),
      network: layer('d-network'),
      violations: layer('d-violations'),
      selection: layer('d-selection'),
      labels: layer('d-labels'),
      axis: layer('d-axis'),
      laneNames: layer('d-lane-names'),
      playhead: layer('d-playhead'),
    };
    this.layers.playhead.append('line').attr('class', 'd-playhead-line');
    this.tooltip = root.append('div').attr('class', 'diagram-tooltip').attr('aria-hidden', 'true').style('display', 'none');
    this.zoomBehavior = zoom<SVGSVGElement, unknown>()
      .on('zoom', (event: { transform: ZoomTransform; sourceEvent: unknown }) => {
        this.transform = event.transform;
        if (event.sourceEvent) this.callbacks.userMoved();
        this.schedule();
      });
    this.svg.call(this.zoomBehavior).on('dblclick.zoom', null);
    this.svg.on('click', (event: MouseEvent) => this.onClick(event));
    this.svg.on('pointermove', (event: PointerEvent) => this.onHover(event));
    this.svg.on('pointerleave', () => this.tooltip.style('display', 'none'));
    if (typeof ResizeObserver === 'function') {
      this.resize = new ResizeObserver(() => this.measure());
      this.resize.observe(host);
    }
    this.measure();
  }

  update(state: DiagramState): void {
    const previous = this.state;
    this.state = state;
    if (!previous || previous.run.scenario.until !== state.run.scenario.until) {
      this.until = state.run.scenario.until;
      this.configureZoom();
    }
    if (state.follow) this.followPlayhead(state.time);
    this.schedule();
  }

  /** The whole run in view. */
  fit(): void {
    this.svg.call(this.zoomBehavior.transform, zoomIdentity);
  }

  zoomBy(factor: number): void {
    const state = this.state;
    const [t0, t1] = this.window();
    const center = state && state.time >= t0 && state.time <= t1 ? state.time : (t0 + t1) / 2;
    const px = this.baseScale()(center);
    this.svg.call(this.zoomBehavior.scaleBy, factor, [px, 0]);
    this.callbacks.userMoved();
  }

  /** Pan by a fraction of the window (positive: later). */
  panBy(fraction: number): void {
    const width = Math.max(1, this.width - MARGIN.left - MARGIN.right);
    this.svg.call(this.zoomBehavior.translateBy, -(fraction * width) / this.transform.k, 0);
    this.callbacks.userMoved();
  }

  /** The time window in view, [t0, t1]. */
  window(): [number, number] {
    const [t0, t1] = this.transform.rescaleX(this.baseScale()).domain();
    return [t0, t1];
  }

  /** The last drawn scene (the SVG export writes it). */
  scene(): Scene | null {
    return this.lastScene;
  }

  destroy(): void {
    this.destroyed = true;
    this.resize?.disconnect();
    this.svg.on('.zoom', null);
    this.svg.remove();
    this.under.remove();
    this.canvas.remove();
    this.tooltip.remove();
  }

  // ------------------------------------------------------------------ window

  private baseScale() {
    return scaleLinear()
      .domain([0, Math.max(1, this.until)])
      .range([MARGIN.left, Math.max(MARGIN.left + 1, this.width - MARGIN.right)]);
  }

  private measure(): void {
    const rect = this.host.getBoundingClientRect();
    const width = Math.round(rect.width);
    const height = Math.round(rect.height);
    if (width === this.width && height === this.height) return;
    this.width = width;
    this.height = height;
    for (const svg of [this.svg, this.under]) svg.attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
    const ratio = globalThis.devicePixelRatio || 1;
    this.canvas
      .attr('width', Math.round(width * ratio))
      .attr('height', Math.round(height * ratio))
      .style('width', `${width}px`)
      .style('height', `${height}px`);
    this.sceneKey = '';
    this.configureZoom();
    this.schedule();
  }

  private configureZoom(): void {
    const left = MARGIN.left;
    const right = Math.max(left + 1, this.width - MARGIN.right);
    this.zoomBehavior
      .scaleExtent([1, Math.max(1, this.until / MIN_SPAN_MS)])
      .extent([
        [left, 0],
        [right, Math.max(1, this.height)],
      ])
      .translateExtent([
        [left, -Infinity],
        [right, Infinity],
      ]);
  }

  private followPlayhead(time: number): void {
    const [t0, t1] = this.window();
    const span = t1 - t0;
    if (span >= this.until - 1e-6) return;
    if (time >= t0 + span * 0.05 && time <= t1 - span * 0.2) return;
    // Put the playhead at 70% of the window.
    const start = Math.max(0, Math.min(this.until - span, time - span * 0.7));
    const k = this.until / span;
    const base = this.baseScale();
    const next = zoomIdentity.translate(base.range()[0] - k * base(start), 0).scale(k);
    this.svg.call(this.zoomBehavior.transform, next);
  }

  // ------------------------------------------------------------------ drawing

  private schedule(): void {
    if (this.frame !== null || this.destroyed) return;
    this.frame = raf(() => {
      this.frame = null;
      if (!this.destroyed) this.draw();
    });
  }

  private draw(): void {
    const state = this.state;
    if (!state || this.width <= 0 || this.height <= 0) return;
    const [t0, t1] = this.window();
    const data = diagramData(state.run);
    let cutoff = Math.min(state.cutoff, state.run.scenario.until);
    if (state.playing && Number.isFinite(state.cutoff)) {
      // While playing with the future hidden, the scene follows the playhead pixel by pixel, not
      // frame by frame: it stops at the last pixel boundary before the playhead.
      const pxPerMs = Math.max(1, this.width - MARGIN.left - MARGIN.right) / Math.max(1e-6, t1 - t0);
      cutoff = Math.max(0, t0 + Math.floor((cutoff - t0) * pxPerMs) / pxPerMs);
    }
    const key = [data.run.traceHash, data.run.trace.count, t0, t1, this.width, this.height, Number.isFinite(state.cutoff) ? cutoff : 'all', state.selectedEvent].join('|');
    let scene = this.lastScene;
    if (key !== this.sceneKey || !scene) {
      scene = buildScene(data, { t0, t1, width: this.width, height: this.height }, {
        cutoff,
        selectedEvent: state.selectedEvent,
        markText: (index) => laneLabel(state.run, index),
        networkText: (index) => networkLabel(state.run, index),
      });
      this.sceneKey = key;
      this.lastScene = scene;
      this.writeScene(scene, state);
      // What is drawn, readable by tests and the bench (the window, the lanes, the arrows kept).
      this.svg
        .attr('data-t0', t0)
        .attr('data-t1', t1)
        .attr('data-arrows', scene.arrows.length)
        .attr('data-candidates', scene.candidates)
        .attr('data-lanes', scene.laneY.map((y) => y.toFixed(1)).join(','));
      if (!this.drawnOnce) {
        this.drawnOnce = true;
        globalThis.performance?.mark?.('diagram-first-draw');
      }
      this.callbacks.drawn?.({ arrows: scene.arrows.length, candidates: scene.candidates, t0, t1 });
    }
    this.writeSelection(scene, state);
    this.writePlayhead(scene, state.time);
  }

  private writeScene(scene: Scene, state: DiagramState): void {
    const { layers } = this;
    const { plot } = scene;
    const selectedNode = state.selectedNode;
    // Cut links: shaded bands over the nodes they separate.
    layers.bands
      .selectAll('rect')
      .data(scene.cutBands)
      .join((enter) => enter.append('rect').attr('class', 'd-cut-band'))
      .attr('x', (b) => b.x1)
      .attr('width', (b) => Math.max(1, b.x2 - b.x1))
      .attr('y', (b) => Math.max(plot.top - 6, b.y1))
      .attr('height', (b) => Math.min(plot.top + plot.height + 6, b.y2) - Math.max(plot.top - 6, b.y1));
    const cone = conePaths(scene);
    layers.cone
      .selectAll('path')
      .data([
        ['d-cone-past', cone.past],
        ['d-cone-future', cone.future],
      ])
      .join('path')
      .attr('class', (d) => d[0])
      .attr('d', (d) => d[1]);
    layers.lanes
      .selectAll('path')
      .data([
        ['d-lane', lanesPath(scene.laneUp, scene.laneY)],
        ['d-lane-down', lanesPath(scene.laneDown, scene.laneY)],
      ])
      .join('path')
      .attr('class', (d) => d[0])
      .attr('d', (d) => d[1]);
    layers.network
      .selectAll('g')
      .data(scene.networkLines, (d) => (d as { index: number }).index)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'd-network-line');
        g.append('line');
        g.append('text');
        return g;
      })
      .call((g) =>
        g
          .select('line')
          .attr('x1', (d) => d.x)
          .attr('x2', (d) => d.x)
          .attr('y1', plot.top - 6)
          .attr('y2', plot.top + plot.height + 4),
      )
      .call((g) =>
        g
          .select('text')
          .attr('x', (d) => d.x + 3)
          .attr('y', plot.top - 4)
          .text((d) => d.label ?? ''),
      );
    this.paint(scene);
    const fewLost = scene.lostMarks.length <= 40;
    const labels = [
      ...scene.marks.filter((m) => m.label !== null).map((m) => ({ key: `m${m.index}`, x: m.x + 4, y: m.y - 5, text: m.label!, cls: 'd-label' })),
      ...(fewLost ? scene.lostMarks.map((m) => ({ key: `l${m.id}`, x: m.x + 5, y: m.y + 11, text: fateText(m.fate), cls: 'd-label d-fate' })) : []),
    ];
    layers.labels
      .selectAll('text')
      .data(labels, (d) => (d as { key: string }).key)
      .join('text')
      .attr('class', (d) => d.cls)
      .attr('x', (d) => d.x)
      .attr('y', (d) => d.y)
      .text((d) => d.text);
    layers.violations
      .selectAll('g')
      .data(scene.violations, (d) => (d as { index: number }).index)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'd-violation');
        g.append('line');
        g.append('circle').attr('r', 5);
        return g;
      })
      .call((g) =>
        g
          .select('line')
          .attr('x1', (d) => d.x)
          .attr('x2', (d) => d.x)
          .attr('y1', (d) => d.y1)
          .attr('y2', (d) => d.y2),
      )
      .call((g) =>
        g
          .select('circle')
          .attr('cx', (d) => d.x)
          .attr('cy', (d) => d.y1),
      );
    const [t0, t1] = [scene.viewport.t0, scene.viewport.t1];
    const scale = scaleLinear().domain([t0, t1]).range([plot.left, plot.left + plot.width]);
    layers.axis
      .attr('transform', `translate(0,${plot.top + plot.height + 2})`)
      .call(
        axisBottom(scale)
          .ticks(Math.max(2, Math.floor(plot.width / 90)))
          .tickFormat((v) => `${v}`)
          .tickSizeOuter(0),
      );
    layers.laneNames
      .selectAll('text')
      .data(scene.laneY.map((y, i) => ({ node: i + 1, y })))
      .join('text')
      .attr('class', (d) => `d-lane-name${d.node === selectedNode ? ' selected' : ''}`)
      .attr('x', 6)
      .attr('y', (d) => d.y + 4)
      .text((d) => `S${d.node}`);
  }

  private paint(scene: Scene): void {
    const element = this.canvas.node();
    // jsdom (the unit tests) has no canvas and says so on the console for every call.
    if (globalThis.navigator?.userAgent?.includes('jsdom')) return;
    const ctx = element?.getContext?.('2d');
    if (!element || !ctx) return;
    const ratio = element.width / Math.max(1, this.width);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, this.width, this.height);
    const style = getComputedStyle(this.host);
    const read = (name: string) => style.getPropertyValue(name).trim();
    paintScene(ctx, scene, {
      messages: Array.from({ length: MESSAGE_COLOR_SLOTS }, (_, i) => read(`--msg-${i}`)),
      text: read('--text') || '#111',
      muted: read('--muted') || '#666',
      danger: read('--danger') || '#c00',
    });
  }

  private writeSelection(scene: Scene, state: DiagramState): void {
    const selected = state.selectedMessage;
    const arrow = selected !== null ? scene.arrows.find((a) => a.id === selected) : undefined;
    const lane = state.selectedNode;
    const items: { key: string; d: string; cls: string }[] = [];
    if (arrow) items.push({ key: 'message', d: singleArrowPath(arrow), cls: 'd-selected-arrow' });
    if (lane !== null && lane >= 1 && lane <= scene.laneY.length) {
      const y = scene.laneY[lane - 1];
      items.push({ key: 'lane', d: `M${scene.plot.left},${y}H${scene.plot.left + scene.plot.width}`, cls: 'd-selected-lane' });
    }
    const event = state.selectedEvent;
    if (event !== null && event < state.run.trace.count) {
      const trace = state.run.trace;
      const [t0, t1] = [scene.viewport.t0, scene.viewport.t1];
      const at = trace.at[event];
      if (at >= t0 && at <= t1 && trace.node[event] > 0) {
        const x = scene.plot.left + ((at - t0) / (t1 - t0)) * scene.plot.width;
        items.push({ key: 'event', d: dotsPath([{ x, y: scene.laneY[trace.node[event] - 1] }], 6), cls: 'd-selected-event' });
      }
    }
    this.layers.selection
      .selectAll('path')
      .data(items, (d) => (d as { key: string }).key)
      .join('path')
      .attr('class', (d) => d.cls)
      .attr('d', (d) => d.d);
  }

  private writePlayhead(scene: Scene, time: number): void {
    const { t0, t1 } = scene.viewport;
    const inView = time >= t0 && time <= t1;
    const x = scene.plot.left + ((time - t0) / Math.max(1e-6, t1 - t0)) * scene.plot.width;
    this.layers.playhead
      .select('line')
      .attr('display', inView ? null : 'none')
      .attr('x1', x)
      .attr('x2', x)
      .attr('y1', scene.plot.top - 10)
      .attr('y2', scene.plot.top + scene.plot.height + 2)
      .attr('data-time', time);
  }

  // ------------------------------------------------------------------ pointer

  private timeAt(px: number): number {
    const [t0, t1] = this.window();
    const plotWidth = Math.max(1, this.width - MARGIN.left - MARGIN.right);
    return t0 + ((px - MARGIN.left) / plotWidth) * (t1 - t0);
  }

  private pick(px: number, py: number): Pick | null {
    const scene = this.lastScene;
    if (!scene) return null;
    if (px < scene.plot.left - 4) {
      let best = -1;
      let bestDistance = Infinity;
      scene.laneY.forEach((y, i) => {
        if (Math.abs(y - py) < bestDistance) {
          bestDistance = Math.abs(y - py);
          best = i + 1;
        }
      });
      return best > 0 && bestDistance < 14 ? { kind: 'lane', node: best } : null;
    }
    for (const v of scene.violations) if (Math.abs(v.x - px) <= 4 && py >= v.y1 - 6 && py <= v.y2) return { kind: 'violation', index: v.index };
    let bestMark: Pick | null = null;
    let bestDistance = PICK_PX;
    const consider = (pick: Pick, x: number, y: number) => {
      const distance = Math.hypot(x - px, y - py);
      if (distance < bestDistance) {
        bestDistance = distance;
        bestMark = pick;
      }
    };
    for (const m of scene.marks) consider({ kind: 'entry', index: m.index }, m.x, m.y);
    for (const m of scene.timerTicks) consider({ kind: 'entry', index: m.index }, m.x, m.y);
    if (bestMark) return bestMark;
    // A network-wide action's line, anywhere along it (only where no arrow is nearer).
    const line = scene.networkLines.find((l) => Math.abs(l.x - px) <= 2);
    let bestArrow = -1;
    let arrowDistance = PICK_PX - 1;
    for (const a of scene.arrows) {
      const distance = segmentDistance(px, py, a.x1, a.y1, a.x2, a.y2);
      if (distance < arrowDistance) {
        arrowDistance = distance;
        bestArrow = a.id;
      }
    }
    if (bestArrow >= 0) return { kind: 'message', id: bestArrow };
    return line ? { kind: 'entry', index: line.index } : null;
  }

  private onClick(event: MouseEvent): void {
    if (event.defaultPrevented) return; // the end of a drag
    const state = this.state;
    if (!state) return;
    const [px, py] = pointer(event, this.svg.node());
    const pick = this.pick(px, py);
    const run = state.run;
    if (pick?.kind === 'message') {
      const vc = diagramData(run).clocks();
      const receive = vc.receiveEntry[pick.id];
      this.callbacks.selectMessage(pick.id);
      this.callbacks.selectEvent(receive >= 0 ? receive : vc.sendEntry[pick.id] >= 0 ? vc.sendEntry[pick.id] : null);
      this.callbacks.seek(Math.min(run.messages.endAt[pick.id], run.scenario.until));
    } else if (pick?.kind === 'entry') {
      this.callbacks.selectEvent(pick.index);
      this.callbacks.seek(run.trace.at[pick.index]);
    } else if (pick?.kind === 'violation') {
      this.callbacks.seek(run.violations[pick.index].at);
    } else if (pick?.kind === 'lane') {
      this.callbacks.selectNode(pick.node);
    } else {
      this.callbacks.selectEvent(null);
      this.callbacks.seek(Math.max(0, Math.min(run.scenario.until, Math.round(this.timeAt(px)))));
    }
  }

  private onHover(event: PointerEvent): void {
    const state = this.state;
    if (!state || event.buttons !== 0) return;
    const [px, py] = pointer(event, this.svg.node());
    const pick = this.pick(px, py);
    const run = state.run;
    let text: string | null = null;
    if (pick?.kind === 'message') text = messageLabel(run, pick.id, state.cutoff);
    else if (pick?.kind === 'entry') text = entryLabel(run, pick.index);
    else if (pick?.kind === 'violation') text = violationLabel(run, pick.index);
    else if (pick === null && this.lastScene) {
      const band = this.lastScene.cutBands.find((b) => px >= b.x1 && px <= b.x2 && py >= b.y1 && py <= b.y2);
      if (band) text = cutLabel(band.links);
    }
    this.svg.style('cursor', pick ? 'pointer' : 'default');
    if (text === null) {
      this.tooltip.style('display', 'none');
      return;
    }
    const left = Math.min(px + 12, Math.max(0, this.width - 260));
    this.tooltip
      .style('display', null)
      .style('left', `${left}px`)
      .style('top', `${Math.max(0, py - 34)}px`)
      .text(text);
  }
}

function segmentDistance(px: number, py: number, x1: number, y1: number, x2: number, y2: number): number {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const length2 = dx * dx + dy * dy;
  const f = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / length2));
  return Math.hypot(px - (x1 + f * dx), py - (y1 + f * dy));
}
