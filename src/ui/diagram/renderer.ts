// The space-time diagram's drawing: an object that owns one DOM subtree (React never touches it),
// with update() and destroy(). d3 gives the time scale, the axis and zoom/pan (wheel, pinch,
// drag; keys through zoomBy/panBy). What moves with time is drawn once on a strip three windows
// wide (the window and one more on each side); panning only slides the strip (a CSS transform,
// no repaint), and the strip is drawn again when the window leaves it, the zoom changes, or what
// is shown changes. Lane names, the playhead and the pointer live on a fixed layer above.
// Picking is geometric: the scene says where each arrow and mark is.

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
const CLIP_PAD_PX = 10;

const raf: (callback: () => void) => number =
  typeof globalThis.requestAnimationFrame === 'function' ? (cb) => globalThis.requestAnimationFrame(cb) : (cb) => setTimeout(cb, 16) as unknown as number;

export class DiagramRenderer {
  private readonly svg: Selection<SVGSVGElement, unknown, null, undefined>;
  private readonly under: Selection<SVGSVGElement, unknown, null, undefined>;
  private readonly over: Selection<SVGSVGElement, unknown, null, undefined>;
  private readonly clip: Selection<HTMLDivElement, unknown, null, undefined>;
  private readonly strip: Selection<HTMLDivElement, unknown, null, undefined>;
  /** The strip's time span [s0, s1] and scale (px per ms), as last drawn. */
  private stripWindow: { s0: number; s1: number; k: number } | null = null;
  private readonly canvas: Selection<HTMLCanvasElement, unknown, null, undefined>;
  /**
   * The canvas' picture as an image, shown in its place once encoded: a still image costs the
   * compositor nothing per frame, where a canvas is committed again with every frame of a pan.
   */
  private readonly image: Selection<HTMLImageElement, unknown, null, undefined>;
  private imageUrl: string | null = null;
  private paintToken = 0;
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
  private selectionKey = '';

  constructor(
    private readonly host: HTMLElement,
    private readonly callbacks: DiagramCallbacks,
  ) {
    const root = select(host);
    // The strip, clipped to the plot: under the canvas bands and lanes; on it the few labelled things.
    this.clip = root.append('div').attr('class', 'diagram-clip').attr('aria-hidden', 'true');
    this.strip = this.clip.append('div').attr('class', 'diagram-strip');
    this.under = this.strip.append('svg').attr('class', 'diagram-under');
    this.canvas = this.strip.append('canvas').attr('class', 'diagram-canvas');
    this.image = this.strip.append('img').attr('class', 'diagram-canvas').attr('alt', '').style('display', 'none');
    this.over = this.strip.append('svg').attr('class', 'diagram-over');
    this.svg = root.append('svg').attr('class', 'diagram-svg').attr('aria-hidden', 'true');
    const under = (name: string) => this.under.append('g').attr('class', name);
    const over = (name: string) => this.over.append('g').attr('class', name);
    const layer = (name: string) => this.svg.append('g').attr('class', name);
    this.layers = {
      bands: under('d-bands'),
      cone: under('d-cone'),
      lanes: under('d-lanes'),
      network: over('d-network'),
      violations: over('d-violations'),
      selection: over('d-selection'),
      labels: over('d-labels'),
      axis: over('d-axis'),
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
    if (previous?.playing && !state.playing && this.lastScene && !globalThis.navigator?.userAgent?.includes('jsdom')) this.encodeImage();
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

  /** The scene of the window in view, as drawn (the SVG export writes it); null before the first draw. */
  scene(): Scene | null {
    const state = this.state;
    if (!state || !this.lastScene) return null;
    const [t0, t1] = this.window();
    return buildScene(diagramData(state.run), { t0, t1, width: this.width, height: this.height }, {
      cutoff: Math.min(state.cutoff, state.run.scenario.until),
      selectedEvent: state.selectedEvent,
      markText: (index) => laneLabel(state.run, index),
      networkText: (index) => networkLabel(state.run, index),
    });
  }

  destroy(): void {
    this.destroyed = true;
    this.resize?.disconnect();
    this.svg.on('.zoom', null);
    this.svg.remove();
    this.clip.remove();
    if (this.imageUrl) URL.revokeObjectURL(this.imageUrl);
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
    this.svg.attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
    // The clip reaches a few pixels past the plot, so that the axis' end labels show whole.
    this.clip.style('left', `${MARGIN.left - CLIP_PAD_PX}px`).style('width', `${Math.max(1, width - MARGIN.left - MARGIN.right) + 2 * CLIP_PAD_PX}px`);
    this.stripWindow = null;
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
    const plotWidth = Math.max(1, this.width - MARGIN.left - MARGIN.right);
    const kNow = plotWidth / Math.max(1e-6, t1 - t0);
    const data = diagramData(state.run);
    let strip = this.stripWindow;
    // Same zoom up to rounding (a pan moves t0 and t1 by the same amount, not always to the last bit).
    const covers = strip !== null && Math.abs(strip.k - kNow) <= kNow * 1e-9 && t0 >= strip.s0 - 1e-6 && t1 <= strip.s1 + 1e-6;
    const k = covers ? strip!.k : kNow;
    const s0 = covers ? strip!.s0 : Math.max(0, t0 - (t1 - t0));
    const s1 = covers ? strip!.s1 : Math.min(this.until, t1 + (t1 - t0));
    let cutoff = Math.min(state.cutoff, state.run.scenario.until);
    if (state.playing && Number.isFinite(state.cutoff)) {
      // While playing with the future hidden, the scene follows the playhead pixel by pixel, not
      // frame by frame: it stops at the last pixel boundary before the playhead.
      cutoff = Math.max(0, s0 + Math.floor((cutoff - s0) * k) / k);
    }
    const key = [data.run.traceHash, data.run.trace.count, s0, s1, k, this.height, Number.isFinite(state.cutoff) ? cutoff : 'all', state.selectedEvent, state.selectedMessage].join('|');
    let scene = this.lastScene;
    if (key !== this.sceneKey || !scene) {
      const stripWidth = Math.max(1, Math.round((s1 - s0) * k));
      strip = this.stripWindow = { s0, s1, k };
      scene = buildScene(data, { t0: s0, t1: s1, width: stripWidth + MARGIN.left + MARGIN.right, height: this.height }, {
        cutoff,
        selectedEvent: state.selectedEvent,
        keepMessage: state.selectedMessage,
        markText: (index) => laneLabel(state.run, index),
        networkText: (index) => networkLabel(state.run, index),
      });
      this.sceneKey = key;
      this.lastScene = scene;
      this.selectionKey = '';
      this.sizeStrip(stripWidth);
      this.writeScene(scene);
      this.svg.attr('data-arrows', scene.arrows.length).attr('data-candidates', scene.candidates).attr('data-lanes', scene.laneY.map((y) => y.toFixed(1)).join(','));
      if (!this.drawnOnce) {
        this.drawnOnce = true;
        globalThis.performance?.mark?.('diagram-first-draw');
      }
      this.callbacks.drawn?.({ arrows: scene.arrows.length, candidates: scene.candidates, t0, t1 });
    }
    // Slide the strip under the window: a transform, no repaint.
    this.strip.style('transform', `translateX(${((strip!.s0 - t0) * k + CLIP_PAD_PX).toFixed(2)}px)`);
    this.svg.attr('data-t0', t0).attr('data-t1', t1);
    const selectionKey = `${state.selectedMessage}|${state.selectedNode}|${state.selectedEvent}`;
    if (selectionKey !== this.selectionKey) {
      this.selectionKey = selectionKey;
      this.writeSelection(scene, state);
      this.writeLaneNames(scene, state.selectedNode);
    }
    this.writePlayhead(t0, t1, state.time);
  }

  /** The strip's elements at its width (the scene's x runs from MARGIN.left). */
  private sizeStrip(stripWidth: number): void {
    const height = this.height;
    this.strip.style('width', `${stripWidth}px`);
    for (const svg of [this.under, this.over]) svg.attr('width', stripWidth).attr('height', height).attr('viewBox', `${MARGIN.left} 0 ${stripWidth} ${height}`);
    const ratio = globalThis.devicePixelRatio || 1;
    this.canvas
      .attr('width', Math.round(stripWidth * ratio))
      .attr('height', Math.round(height * ratio))
      .style('width', `${stripWidth}px`)
      .style('height', `${height}px`);
  }

  private writeLaneNames(scene: Scene, selectedNode: number | null): void {
    this.layers.laneNames
      .selectAll('text')
      .data(scene.laneY.map((y, i) => ({ node: i + 1, y })))
      .join('text')
      .attr('class', (d) => `d-lane-name${d.node === selectedNode ? ' selected' : ''}`)
      .attr('x', 6)
      .attr('y', (d) => d.y + 4)
      .text((d) => `S${d.node}`);
  }

  private writeScene(scene: Scene): void {
    const { layers } = this;
    const { plot } = scene;
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
    const labels = apartOnTheirRows([
      ...scene.marks.filter((m) => m.label !== null).map((m) => ({ key: `m${m.index}`, x: m.x + 4, y: m.y - 5, text: m.label!, cls: 'd-label' })),
      ...(fewLost ? scene.lostMarks.map((m) => ({ key: `l${m.id}`, x: m.x + 5, y: m.y + 11, text: fateText(m.fate), cls: 'd-label d-fate' })) : []),
    ]);
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
      )
      // A label at the plot's right end ends there: centred, "10000" ran past the plot's edge and was cut.
      .call((axis) => axis.selectAll<SVGTextElement, number>('.tick text').attr('text-anchor', (v) => (scale(v) > plot.left + plot.width - 20 ? 'end' : null)));
  }

  private paint(scene: Scene): void {
    const element = this.canvas.node();
    // jsdom (the unit tests) has no canvas and says so on the console for every call.
    if (globalThis.navigator?.userAgent?.includes('jsdom')) return;
    const ctx = element?.getContext?.('2d');
    if (!element || !ctx) return;
    const width = element.width;
    const ratio = globalThis.devicePixelRatio || 1;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, width, element.height);
    // Scene x starts at MARGIN.left; the strip's canvas at 0.
    ctx.setTransform(ratio, 0, 0, ratio, -MARGIN.left * ratio, 0);
    const style = getComputedStyle(this.host);
    const read = (name: string) => style.getPropertyValue(name).trim();
    paintScene(ctx, scene, {
      messages: Array.from({ length: MESSAGE_COLOR_SLOTS }, (_, i) => read(`--msg-${i}`)),
      text: read('--text') || '#111',
      muted: read('--muted') || '#666',
      danger: read('--danger') || '#c00',
    });
    this.canvas.style('display', null);
    this.image.style('display', 'none');
    const token = ++this.paintToken;
    // While playing the strip is painted again within a few frames: not worth encoding.
    if (!this.state?.playing) this.encodeImage(token);
  }

  /** Put the canvas' picture in the image, and show the image instead, unless painted again meanwhile. */
  private encodeImage(token = this.paintToken): void {
    const element = this.canvas.node();
    element?.toBlob?.((blob) => {
      if (!blob || token !== this.paintToken || this.destroyed) return;
      const url = URL.createObjectURL(blob);
      const img = this.image.node()!;
      img.onload = () => {
        if (token !== this.paintToken || this.destroyed) return;
        this.image.style('display', null).style('width', element.style.width).style('height', element.style.height);
        this.canvas.style('display', 'none');
      };
      img.src = url;
      if (this.imageUrl) URL.revokeObjectURL(this.imageUrl);
      this.imageUrl = url;
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

  private writePlayhead(t0: number, t1: number, time: number): void {
    const plotWidth = Math.max(1, this.width - MARGIN.left - MARGIN.right);
    const inView = time >= t0 && time <= t1;
    const x = MARGIN.left + ((time - t0) / Math.max(1e-6, t1 - t0)) * plotWidth;
    this.layers.playhead
      .select('line')
      .attr('display', inView ? null : 'none')
      .attr('x1', x)
      .attr('x2', x)
      .attr('y1', MARGIN.top - 10)
      .attr('y2', this.height - MARGIN.bottom + 2)
      .attr('data-time', time);
  }

  // ------------------------------------------------------------------ pointer

  private timeAt(px: number): number {
    const [t0, t1] = this.window();
    const plotWidth = Math.max(1, this.width - MARGIN.left - MARGIN.right);
    return t0 + ((px - MARGIN.left) / plotWidth) * (t1 - t0);
  }

  /** Host x to scene x (the strip is shifted under the window). */
  private sceneX(px: number): number {
    const strip = this.stripWindow;
    if (!strip) return px;
    const [t0] = this.window();
    return px - (strip.s0 - t0) * strip.k;
  }

  private pick(hostX: number, py: number): Pick | null {
    const scene = this.lastScene;
    if (!scene) return null;
    const px = this.sceneX(hostX);
    if (hostX < MARGIN.left - 4) {
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
      const sx = this.sceneX(px);
      const band = this.lastScene.cutBands.find((b) => sx >= b.x1 && sx <= b.x2 && py >= b.y1 && py <= b.y2);
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

/** Average width of the diagram's 10 px label font per character, in px (errs wide). */
const LABEL_CHAR_PX = 6.2;

/**
 * The labels that run into no label kept before them on their row (same y), in their order (the
 * marks' first, then the losses by time): a crashed node's lane got a loss label per message,
 * printed over each other ("rererere…receiver down").
 */
export function apartOnTheirRows<L extends { x: number; y: number; text: string }>(labels: readonly L[]): L[] {
  const ends = new Map<number, { x: number; end: number }[]>();
  const kept: L[] = [];
  for (const label of labels) {
    const end = label.x + label.text.length * LABEL_CHAR_PX + 4;
    const row = ends.get(Math.round(label.y)) ?? [];
    if (row.some((taken) => label.x < taken.end && taken.x < end)) continue;
    row.push({ x: label.x, end });
    ends.set(Math.round(label.y), row);
    kept.push(label);
  }
  return kept;
}
