// The cluster: nodes on a circle, two lanes per link (one per direction), messages moving along
// them. React renders the SVG; d3 only computes (arcs, scales). No protocol rules here.

import { memo, useMemo, useRef, type CSSProperties, type MouseEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { TimerInfo } from '../../engine/types';
import { describeMessage, messagesInFlight } from '../../store/run';
import { useAppStore } from '../store-context';
import { summarizeNode } from '../protocol-views/summary';
import type { View } from '../protocol-views/fields';
import { along, captionBox, captionInsideCenter, captionSides, drawingLeft, fitBesideOverlay, lane, nodePositions, nodeRadius, outsideIsRight, ringPath, selfLoop, VIEW_HEIGHT, VIEW_WIDTH, type Box, type CaptionSide, type Point } from './geometry';
import { remPx, useClusterBox } from './useClusterScale';
import { networkShape } from './partition-groups';
import { RaftLogStrip } from './RaftLogStrip';
import { nodeObstacles, placeLabels, textWidthEm, type LabelRequest } from './label-placement';
import { currentLanguage, t } from '../../i18n/translate';
import { timerName } from '../../i18n/timer-name';
import { messageColorScale } from './message-colors';
import { lessonHighlight } from './lesson-highlight';

const LABELS_MAX = 14;

/** The smallest node radius on screen, in rem: the role word must fit inside at its minimum size. */
const NODE_RADIUS_REM = { normal: 2.5, presenter: 3.75 };

/** A node radius in viewBox units that is at least `minimumPx` on screen, without nodes touching. */
function screenRadius(nodes: number, scale: number, minimumPx: number): number {
  const base = nodeRadius(nodes);
  const positions = nodePositions(nodes);
  const spacing = nodes > 1 ? Math.hypot(positions[1].x - positions[0].x, positions[1].y - positions[0].y) : Infinity;
  const wanted = Math.max(base, minimumPx / scale);
  return Math.min(wanted, Math.max(base, spacing * 0.42), 90);
}

/** Caption lines a protocol draws: Paxos adds each acceptor's accepted (ballot, value). */
const captionLines = (protocol: string) => (protocol === 'paxos' ? 2 : 1);
/** The caption's font size in rem (as styles.css: --caption-rem). */
const CAPTION_REM = { normal: 0.8125, presenter: 1.125 };

let widestCache: { views: unknown; protocol: string; language: string; em: number } | null = null;

/**
 * The widest caption's width in em, rounded up: the captions' sides are laid out for it, so they
 * stay put while a term counts up (and move only when the words get an em wider).
 */
function widestCaptionEm(protocol: string, views: readonly View[]): number {
  const language = currentLanguage();
  const cached = widestCache;
  if (cached !== null && cached.views === views && cached.protocol === protocol && cached.language === language) return cached.em;
  let widest = 0;
  for (const view of views) {
    const summary = summarizeNode(protocol, view);
    widest = Math.max(widest, textWidthEm(summary.short), summary.detail ? textWidthEm(summary.detail) : 0);
  }
  const em = Math.max(4, Math.ceil(widest));
  widestCache = { views, protocol, language, em };
  return em;
}

/** Where each node's caption is drawn, and the boxes the captions take (for the message labels). */
interface CaptionLayout {
  places: CaptionPlace[];
  boxes: Box[];
}

/** How many log entries the strip shows at most, and at least when the cluster needs its room. */
const STRIP_CELLS = { most: 10, least: 5 };

/** The longest log's length (Raft's views). */
function longestLog(views: readonly View[]): number {
  let longest = 0;
  for (const view of views) if (Array.isArray(view.log) && view.log.length > longest) longest = view.log.length;
  return longest;
}

/** Whether Raft's log strip lies over the cluster's corner (on a phone it is under the cluster: styles.css). */
const stripIsOverlay = () => typeof window === 'undefined' || !window.matchMedia?.('(max-width: 760px)').matches;

/** The log strip's box from the cluster's corner, in CSS px, with `cells` entries per row (as styles.css draws it). */
function stripSize(nodes: number, cells: number, rem: number): { width: number; height: number } {
  const cell = 1.05 * rem;
  // Its offset (6) and padding (6 + 6), the node's name (1.5 rem), "…" and the gaps, the cells and the commit bar (3).
  const width = 6 + 12 + 1.5 * rem + 2 + 0.75 * rem + 2 + cells * (cell + 2) + 3;
  const height = 6 + 8 + nodes * cell + (nodes - 1) * 2;
  return { width, height };
}

export function ClusterView() {
  const nodes = useAppStore((s) => s.scenario.nodes);
  const protocol = useAppStore((s) => s.scenario.protocol);
  const presenter = useAppStore((s) => s.presenter);
  const captionEm = useAppStore((s) => widestCaptionEm(s.scenario.protocol, s.snapshot.views as readonly View[]));
  const box = useRef<HTMLDivElement>(null);
  const { width: boxWidth, height: boxHeight } = useClusterBox(box);
  const positions = useMemo(() => nodePositions(nodes), [nodes]);
  const rem = remPx();
  const minimumRadiusPx = (presenter ? NODE_RADIUS_REM.presenter : NODE_RADIUS_REM.normal) * rem;
  const captionPx = (presenter ? CAPTION_REM.presenter : CAPTION_REM.normal) * rem;
  const lines = captionLines(protocol);
  const withStrip = protocol === 'raft' && stripIsOverlay();
  // A short log's strip is narrow: room is made for five entries until the log is longer, then
  // for the entries shown (the layout moves once, not at every entry).
  const longLog = useAppStore((s) => withStrip && longestLog(s.snapshot.views as readonly View[]) > STRIP_CELLS.least);
  // The strip's sizes with STRIP_CELLS.most down to .least entries (none without a strip).
  const strips = useMemo(() => {
    const out: { width: number; height: number }[] = [];
    if (withStrip) for (let cells = STRIP_CELLS.most; cells >= STRIP_CELLS.least; cells--) out.push(stripSize(nodes, longLog ? cells : STRIP_CELLS.least, rem));
    return out;
  }, [withStrip, longLog, nodes, rem]);
  // Raft's log strip takes the box's top-left corner: the drawing keeps clear of it (fewer
  // entries in the strip, the drawing pushed right, then scaled down), never under it.
  const fit = useMemo(
    () =>
      fitBesideOverlay(
        positions,
        boxWidth,
        boxHeight,
        strips,
        (scale) => screenRadius(nodes, scale, minimumRadiusPx) + 8,
        (scale) => lines * Math.max(13, captionPx / scale) * 1.2 + 6,
      ),
    [positions, boxWidth, boxHeight, strips, nodes, minimumRadiusPx, captionPx, lines],
  );
  const scale = fit.scale;
  const strip = strips[fit.overlay];
  const radius = screenRadius(nodes, scale, minimumRadiusPx);
  // Where the drawing's viewBox lies in the box, in CSS px.
  const left = drawingLeft(positions, boxWidth, scale, fit.align, radius + 8);
  const top = (boxHeight - VIEW_HEIGHT * scale) / 2;
  const captionFont = Math.max(13, captionPx / scale);
  const captions = useMemo<CaptionLayout>(() => {
    const size = { width: captionEm * captionFont + 4, height: lines * captionFont * 1.2 + 4 };
    // What is on screen, in viewBox units: the viewBox and the box's margins past it.
    const visible = { x: -left / scale, y: -top / scale, width: boxWidth / scale, height: boxHeight / scale };
    // The log strip over the box's corner, in viewBox units.
    const covered = strip ? [{ x: -left / scale, y: -top / scale, width: strip.width / scale, height: strip.height / scale }] : [];
    const sides = captionSides(positions, radius, size, visible, covered);
    return {
      boxes: sides.map((side, i) => captionBox(positions[i], radius, side, size)),
      places: sides.map((side, i) => captionPlace(positions[i], radius, side, size, lines)),
    };
  }, [positions, radius, captionEm, captionFont, lines, left, top, scale, boxWidth, boxHeight, strip]);
  const viewBox = `0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}`;
  // Text and hit areas are sized in rem times --svg-unit (see useClusterScale).
  const style = { '--svg-unit': (Math.ceil(1e5 / scale) / 1e5).toFixed(5) } as CSSProperties; // rounded up: never below the minimum
  // The layers take the drawing's own box (what is past it shows: the SVGs overflow).
  const placed: CSSProperties = { left: `${left}px`, top: `${top}px`, width: `${VIEW_WIDTH * scale}px`, height: `${VIEW_HEIGHT * scale}px` };
  return (
    <div className="cluster-wrap">
    <div className="cluster" ref={box} style={style} data-scale={scale.toFixed(3)}>
      <svg className="cluster-base" viewBox={viewBox} preserveAspectRatio="xMidYMid meet" role="group" aria-label={t('inspector.cluster')} style={placed}>
        <defs>
          {/* The arrowhead of a one-way cut: it points the way messages are lost. */}
          <marker id="cut-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse" markerUnits="strokeWidth">
            <path d="M0,0 L10,5 L0,10 z" className="cut-arrow-head" />
          </marker>
          <pattern id="hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="8" height="8" className="hatch-bg" />
            <line x1="0" y1="0" x2="0" y2="8" className="hatch-line" />
          </pattern>
        </defs>
        <PartitionGroups positions={positions} radius={radius} />
        <Links positions={positions} radius={radius} />
        <Nodes positions={positions} radius={radius} captions={captions} />
      </svg>
      {/* What moves every frame (messages, timer rings) is on its own layer: it repaints neither the links nor the nodes. */}
      <svg className="cluster-messages" viewBox={viewBox} preserveAspectRatio="xMidYMid meet" aria-hidden="true" style={placed}>
        <TimerRings positions={positions} radius={radius} />
        <Messages positions={positions} radius={radius} scale={scale} presenter={presenter} captions={captions} />
      </svg>
    </div>
    <RaftLogStrip cells={STRIP_CELLS.most - fit.overlay} />
    </div>
  );
}

// ------------------------------------------------------------------ links

function Links({ positions, radius }: { positions: Point[]; radius: number }) {
  const n = positions.length;
  const cut = useAppStore((s) => s.snapshot.cut);
  const selected = useAppStore(useShallow((s) => (s.selectedLink ? [s.selectedLink.from, s.selectedLink.to] : [])));
  const selectLink = useAppStore((s) => s.selectLink);
  const pointedLinks = useAppStore((s) => lessonHighlight(s).links);
  const markSize = n <= 5 ? 6 : 4;
  const lanes = [];
  for (let from = 1; from <= n; from++) {
    for (let to = 1; to <= n; to++) {
      if (from === to) continue;
      const l = lane(positions[from - 1], positions[to - 1], radius + 10);
      const isCut = cut[(from - 1) * n + (to - 1)] === true;
      const oneWay = isCut && cut[(to - 1) * n + (from - 1)] !== true;
      const isSelected = selected[0] === from && selected[1] === to;
      const isPointed = pointedLinks?.some(([a, b]) => a === from && b === to) ?? false;
      const mark = along(l, 0.28);
      lanes.push(
        <g key={`${from}-${to}`} className={`link${isCut ? ' cut' : ''}${isSelected ? ' selected' : ''}${isPointed ? ' lesson-highlight' : ''}`} data-link={`${from}-${to}`}>
          <line x1={l.from.x} y1={l.from.y} x2={l.to.x} y2={l.to.y} className="link-line" markerEnd={oneWay ? 'url(#cut-arrow)' : undefined} />
          {isCut && (
            <g className="cut-mark" transform={`translate(${mark.x},${mark.y})`}>
              <line x1={-markSize} y1={-markSize} x2={markSize} y2={markSize} />
              <line x1={-markSize} y1={markSize} x2={markSize} y2={-markSize} />
            </g>
          )}
          <line
            x1={l.from.x}
            y1={l.from.y}
            x2={l.to.x}
            y2={l.to.y}
            className="link-hit"
            onClick={() => selectLink({ from, to })}
          >
            <title>{t(isCut ? 'inspector.linkTitleCut' : 'inspector.linkTitle', { from, to })}</title>
          </line>
        </g>,
      );
    }
  }
  return (
    <g className="links" aria-hidden="true">
      {lanes}
    </g>
  );
}

// ------------------------------------------------------------------ partition

const GROUP_COLOURS = 4;

/**
 * A partition as groups: each group a shaded region (a halo around its nodes and a band along
 * the links inside it), one tint per group, under the links and nodes.
 */
function PartitionGroups({ positions, radius }: { positions: Point[]; radius: number }) {
  const nodes = positions.length;
  const cut = useAppStore((s) => s.snapshot.cut);
  const groups = useMemo(() => networkShape(cut, nodes).groups, [cut, nodes]);
  if (!groups) return null;
  const band = radius * 0.9;
  return (
    <g className="partition-groups" aria-hidden="true">
      {groups.map((members, g) => (
        <g key={g} className={`partition-group group-${g % GROUP_COLOURS}`} data-group={members.join(',')}>
          {members.map((a, i) =>
            members.slice(i + 1).map((b) => (
              <line key={`${a}-${b}`} x1={positions[a - 1].x} y1={positions[a - 1].y} x2={positions[b - 1].x} y2={positions[b - 1].y} strokeWidth={band} />
            )),
          )}
          {members.map((id) => (
            <circle key={id} cx={positions[id - 1].x} cy={positions[id - 1].y} r={radius + 22} />
          ))}
        </g>
      ))}
    </g>
  );
}

/**
 * The network's state in words: the partition's groups and the one-way cuts. On the stage's key
 * row (App), not over the cluster, where it hid the bottom node's caption.
 */
export function NetworkCaption() {
  const nodes = useAppStore((s) => s.scenario.nodes);
  const cut = useAppStore((s) => s.snapshot.cut);
  const shape = useMemo(() => networkShape(cut, nodes), [cut, nodes]);
  const parts: string[] = [];
  if (shape.groups) parts.push(t('classroom.partitioned', { groups: shape.groups.map((g) => `{${g.map((id) => `S${id}`).join(', ')}}`).join(' | ') }));
  for (const { from, to } of shape.oneWay) parts.push(t('classroom.oneWay', { from, to }));
  if (parts.length === 0) return null;
  return <p className="network-caption">{parts.join(' · ')}</p>;
}

// ------------------------------------------------------------------ messages

/** Label text sizes in CSS px (as styles.css: --message-rem), for placement. */
const LABEL_PX = { normal: 13, presenter: 15 };
/** While playing, placement runs every frame: above this many messages only the selected is labelled. */
const PLACE_WHILE_PLAYING_MAX = 40;

function Messages({ positions, radius, scale, presenter, captions }: { positions: Point[]; radius: number; scale: number; presenter: boolean; captions: CaptionLayout }) {
  const time = useAppStore((s) => s.time);
  const run = useAppStore((s) => s.run);
  const playing = useAppStore((s) => s.playing);
  const selectedMessage = useAppStore((s) => s.selectedMessage);
  const selectMessage = useAppStore((s) => s.selectMessage);
  const pointedTypes = useAppStore((s) => lessonHighlight(s).messageTypes);
  const color = useMemo(() => messageColorScale(run.protocol.messageTypes, run.messageTypes), [run]);
  const inFlight = messagesInFlight(run, time);
  const mode = presenter ? 'presenter' : 'normal';
  const fontSize = Math.max(11, LABEL_PX[mode] / scale);
  const obstacles = useMemo(() => nodeObstacles(positions, radius, captions.boxes), [positions, radius, captions]);
  const drawn = inFlight.flatMap((id) => {
    const m = run.messages.get(id);
    const from = positions[m.from - 1];
    const to = positions[m.to - 1];
    if (!from || !to) return [];
    const span = m.deliverAt - m.sentAt;
    const fraction = span > 0 ? Math.min(1, Math.max(0, (time - m.sentAt) / span)) : 1;
    const p = m.from === m.to ? selfLoop(from, radius, fraction, positions.length) : along(lane(from, to, radius + 10), fraction);
    return [{ m, p, ...describeMessage(run.protocol, m.payload) }];
  });
  // Labels by priority: the selected message, the types a lesson points at, the first of each type.
  const placeAll = !playing || drawn.length <= PLACE_WHILE_PLAYING_MAX;
  const seenTypes = new Set<string>();
  const requests: LabelRequest[] = [];
  for (const { m, p, type, label } of drawn) {
    const isSelected = m.id === selectedMessage;
    if (!placeAll && !isSelected) continue;
    const firstOfType = !seenTypes.has(type);
    seenTypes.add(type);
    const priority = isSelected ? -2 : pointedTypes?.includes(type) ? -1 : firstOfType ? 0 : 1;
    requests.push({ id: m.id, x: p.x, y: p.y, text: isSelected ? label : type, priority });
  }
  const placed = new Map(placeLabels(requests, obstacles, { width: VIEW_WIDTH, height: VIEW_HEIGHT, fontSize, budget: LABELS_MAX }).map((l) => [l.id, l]));
  // One listener for the whole layer (hundreds of messages may be on the wire).
  const onClick = (event: MouseEvent<SVGGElement>) => {
    const target = (event.target as Element).closest('[data-message-id]');
    if (target) selectMessage(Number(target.getAttribute('data-message-id')));
  };
  return (
    <g className="messages" aria-hidden="true" onClick={onClick}>
      {drawn.map(({ m, p, type, label }) => {
        const isSelected = m.id === selectedMessage;
        const className = `message${isSelected ? ' selected' : ''}${m.duplicateOf !== undefined ? ' duplicate' : ''}${pointedTypes?.includes(type) ? ' lesson-highlight' : ''}`;
        const spot = placed.get(m.id);
        if (playing && !isSelected && !spot) {
          // While playing, one element per unlabelled message: the frame budget goes to motion.
          return (
            <circle
              key={m.id}
              className={`${className} message-dot`}
              transform={`translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`}
              r={7}
              style={{ fill: color(type) }}
              data-message-id={m.id}
              data-from={m.from}
              data-to={m.to}
            />
          );
        }
        return (
          <g key={m.id} className={className} transform={`translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`} data-message-id={m.id} data-from={m.from} data-to={m.to}>
            <circle r={14} className="message-hit" />
            <circle r={isSelected ? 9 : 7} style={{ fill: color(type) }} className="message-dot" />
            {spot && (
              <text x={spot.dx.toFixed(1)} y={spot.dy.toFixed(1)} className="message-label">
                {isSelected ? label : type}
              </text>
            )}
            <title>{`#${m.id} S${m.from} → S${m.to} ${label}`}</title>
          </g>
        );
      })}
    </g>
  );
}

// ------------------------------------------------------------------ timers

/** Each node's next timer as a ring that empties until it fires (animated layer). */
function TimerRings({ positions, radius }: { positions: Point[]; radius: number }) {
  const timers = useAppStore((s) => s.snapshot.timers);
  const views = useAppStore((s) => s.snapshot.views);
  const time = useAppStore((s) => s.time);
  return (
    <g className="timer-rings">
      {positions.map((at, i) => {
        const timer = views[i]?.up ? nextTimer(timers[i] ?? []) : null;
        if (!timer) return null;
        const span = timer.firesAt - timer.setAt;
        const remaining = span > 0 ? Math.min(1, Math.max(0, (timer.firesAt - time) / span)) : 0;
        // data-timer keeps the protocol's own name (for tools); the title is what a person reads.
        return (
          <path key={i} d={ringPath(radius + 3, radius + 7, remaining)} transform={`translate(${at.x},${at.y})`} className="timer-ring" data-timer={timer.name}>
            <title>{t('controls.timerRing', { node: i + 1, timer: timerName(timer.name), at: timer.firesAt })}</title>
          </path>
        );
      })}
    </g>
  );
}

// ------------------------------------------------------------------ nodes

function Nodes({ positions, radius, captions }: { positions: Point[]; radius: number; captions: CaptionLayout }) {
  const protocol = useAppStore((s) => s.scenario.protocol);
  const views = useAppStore((s) => s.snapshot.views) as readonly View[];
  const selectedNode = useAppStore((s) => s.selectedNode);
  const highlighted = useAppStore(
    useShallow((s) => (s.selectedViolation !== null ? (s.run.violations[s.selectedViolation]?.nodes ?? []) : [])),
  );
  const pointed = useAppStore((s) => lessonHighlight(s).nodes);
  return (
    <g className="nodes">
      {views.map((view) => (
        <NodeGlyph
          key={view.id}
          view={view}
          protocol={protocol}
          at={positions[view.id - 1]}
          radius={radius}
          caption={captions.places[view.id - 1] ?? null}
          selected={selectedNode === view.id}
          highlighted={highlighted.includes(view.id)}
          pointed={pointed?.includes(view.id) ?? false}
        />
      ))}
    </g>
  );
}

function nextTimer(timers: readonly TimerInfo[]): TimerInfo | null {
  let best: TimerInfo | null = null;
  for (const t of timers) if (!best || t.firesAt < best.firesAt) best = t;
  return best;
}

/** A caption's anchor relative to its node's centre, and its first line's baseline offset (em). */
interface CaptionPlace {
  side: CaptionSide;
  x: number;
  y: number;
  /** A shift along x in em (beside the node: a gap that grows with the text). */
  dxEm: number;
  anchor: 'middle' | 'start' | 'end';
  firstEm: number;
}

/** A caption on `side` of the node at `at`, as NodeGlyph draws it. */
function captionPlace(at: Point, radius: number, side: CaptionSide, size: { width: number; height: number }, lines: number): CaptionPlace {
  // A block of `lines` lines centred on y = 0: the first baseline this far from it, in em.
  const centred = 0.35 - 0.575 * (lines - 1);
  switch (side) {
    case 'below':
      return { side, x: 0, y: radius + 9, dxEm: 0, anchor: 'middle', firstEm: 1 };
    case 'above':
      return { side, x: 0, y: -radius - 9, dxEm: 0, anchor: 'middle', firstEm: -(0.3 + 1.15 * (lines - 1)) };
    case 'outside': {
      const right = outsideIsRight(at);
      return { side, x: right ? radius + 10 : -radius - 10, y: 0, dxEm: right ? 0.3 : -0.3, anchor: right ? 'start' : 'end', firstEm: centred };
    }
    case 'inside': {
      const c = captionInsideCenter(at, radius, size);
      return { side, x: Math.round((c.x - at.x) * 10) / 10, y: Math.round((c.y - at.y) * 10) / 10, dxEm: 0, anchor: 'middle', firstEm: centred };
    }
  }
}

interface NodeGlyphProps {
  view: View;
  protocol: string;
  at: Point | undefined;
  radius: number;
  caption: CaptionPlace | null;
  selected: boolean;
  highlighted: boolean;
  /** The open lesson's step points at this node. */
  pointed: boolean;
}

/** The crash/restart button of the selected node that is on screen (the bar or the inspector). */
function firstVisibleNodeAction(): HTMLElement | null {
  const candidates = document.querySelectorAll<HTMLElement>('.selected-node-bar button, .inspector .node-actions button');
  for (const button of candidates) if (button.offsetParent !== null && !(button as HTMLButtonElement).disabled) return button;
  return null;
}


const NodeGlyph = memo(function NodeGlyph({ view, protocol, at, radius, caption, selected, highlighted, pointed }: NodeGlyphProps) {
  const selectNode = useAppStore((s) => s.selectNode);
  if (!at) return null;
  const summary = summarizeNode(protocol, view);
  const activate = () => selectNode(selected ? null : view.id);
  return (
    <g
      className={`node role-${summary.role}${view.up ? '' : ' crashed'}${selected ? ' selected' : ''}${highlighted ? ' highlighted' : ''}${pointed ? ' lesson-highlight' : ''}${summary.blocked ? ' blocked' : ''}`}
      transform={`translate(${at.x},${at.y})`}
      role="button"
      tabIndex={0}
      aria-label={summary.name}
      aria-pressed={selected}
      data-node={view.id}
      onClick={activate}
      onKeyDown={(event) => {
        // Enter selects; Space is play/pause everywhere (useShortcuts), never a second meaning here.
        if (event.key === 'Enter') {
          event.preventDefault();
          event.stopPropagation();
          activate();
        } else if (event.key === 'Tab' && !event.shiftKey && selected) {
          // The selected node's actions are the next stop, wherever the layout shows them.
          const first = firstVisibleNodeAction();
          if (first) {
            event.preventDefault();
            first.focus();
          }
        }
      }}
    >
      <circle r={radius + 12} className="node-focus" />
      {pointed && <circle r={radius + 16} className="lesson-mark" />}
      <circle r={radius + 5} className="ring-track" />
      <circle r={radius} className="node-body" />
      {!view.up && (
        <g className="crash-mark">
          <line x1={-radius * 0.55} y1={-radius * 0.55} x2={radius * 0.55} y2={radius * 0.55} />
          <line x1={-radius * 0.55} y1={radius * 0.55} x2={radius * 0.55} y2={-radius * 0.55} />
        </g>
      )}
      {/* The drawn words, in order, are contained in the accessible name (spaces keep them apart). */}
      {/* Offsets in em: the words keep their place inside the circle at any font size. */}
      <text className="node-label" dy="-0.2em">
        {`S${view.id} `}
      </text>
      <text className={`node-role${summary.word.length > 9 ? ' long' : ''}`} dy="0.95em">
        {`${summary.word} `}
      </text>
      {caption && summary.short && (
        <text className={`node-caption ${caption.anchor}`} x={caption.x} y={caption.y} dx={caption.dxEm ? `${caption.dxEm}em` : undefined} dy={`${caption.firstEm}em`} data-side={caption.side}>
          {summary.short}
        </text>
      )}
      {caption && summary.detail && view.up && (
        <text className={`node-caption node-detail ${caption.anchor}`} x={caption.x} y={caption.y} dx={caption.dxEm ? `${caption.dxEm}em` : undefined} dy={`${(caption.firstEm + 1.15).toFixed(2)}em`}>
          {summary.detail}
        </text>
      )}
    </g>
  );
});
