// What the space-time diagram draws, derived once per run record (memoized by the record, so a
// run growing in chunks is derived again for each new record): each message's colour slot, the
// nodes' down intervals, the intervals of cut links, and the trace entries drawn as marks.
// Contract: a pure function of the RunRecord; no DOM, no protocol rules (actions are read from the
// scenario by the index the trace gives, with the engine's own up/down and cut semantics).

import { ACTION_ENTRY, NOTE_ENTRY, TIMER_ENTRY } from '../../engine/trace-log';
import { vectorClocks, type VectorClocks } from '../../engine/vector-clocks';
import { describeMessage, type RunRecord } from '../../store/run';
import { messageColorSlot } from '../cluster/message-colors';

export interface Interval {
  from: number;
  /** Infinity while it lasts to the end of what has been computed. */
  to: number;
}

export interface CutInterval extends Interval {
  /** Directed links cut during the interval, [from, to]. */
  links: [number, number][];
  /** Nodes with a cut link (drawn shaded). */
  nodes: number[];
}

export interface DiagramData {
  readonly run: RunRecord;
  readonly nodes: number;
  readonly until: number;
  /** Colour slot of each message (its type as the cluster colours it). */
  readonly colorSlot: Uint8Array;
  /** Down intervals per node (index node - 1). */
  readonly down: Interval[][];
  readonly cuts: CutInterval[];
  /** Trace entries drawn as ticks (timers) and as labelled dots (notes, actions on a node). */
  readonly timerEntries: Int32Array;
  readonly markEntries: Int32Array;
  /** Trace entries of actions on the whole network (partition, heal, ...): a line across the lanes. */
  readonly networkEntries: Int32Array;
  /** Messages changed by a `delay` action. */
  readonly delayed: ReadonlySet<number>;
  /** Vector clocks, computed on first use (selecting an event). */
  clocks(): VectorClocks;
}

const cache = new WeakMap<RunRecord, DiagramData>();

export function diagramData(run: RunRecord): DiagramData {
  let data = cache.get(run);
  if (!data) cache.set(run, (data = derive(run)));
  return data;
}

function derive(run: RunRecord): DiagramData {
  const { messages, trace, scenario } = run;
  const n = scenario.nodes;
  const slotOf = messageColorSlot(run.protocol.messageTypes, run.messageTypes);
  const colorSlot = new Uint8Array(messages.count);
  for (let id = 0; id < messages.count; id++) colorSlot[id] = slotOf(describeMessage(run.protocol, messages.payloads.get(id)).type);

  const down: Interval[][] = Array.from({ length: n }, () => []);
  const up = new Array<boolean>(n + 1).fill(true);
  const cut = new Uint8Array((n + 1) * (n + 1));
  const cuts: CutInterval[] = [];
  const timers: number[] = [];
  const marks: number[] = [];
  const network: number[] = [];
  const delayed = new Set<number>();
  const setLink = (from: number, to: number, isCut: boolean) => {
    if (from !== to && from >= 1 && to >= 1 && from <= n && to <= n) cut[from * (n + 1) + to] = isCut ? 1 : 0;
  };
  for (let i = 0; i < trace.count; i++) {
    const kind = trace.kind[i];
    if (kind === TIMER_ENTRY) timers.push(i);
    else if (kind === NOTE_ENTRY) marks.push(i);
    else if (kind === ACTION_ENTRY) {
      const action = scenario.actions[trace.ref[i]];
      if (trace.node[i] !== 0) marks.push(i);
      else network.push(i);
      if (!action) continue;
      const at = trace.at[i];
      let cutChanged = false;
      switch (action.do) {
        case 'crash':
          if (up[action.node]) down[action.node - 1].push({ from: at, to: Infinity });
          up[action.node] = false;
          break;
        case 'restart': {
          const open = down[action.node - 1].at(-1);
          if (!up[action.node] && open) open.to = at;
          up[action.node] = true;
          break;
        }
        case 'partition': {
          const group = new Array<number>(n + 1).fill(-1);
          action.groups.forEach((members, g) => members.forEach((id) => (group[id] = g)));
          for (let id = 1; id <= n; id++) if (group[id] === -1) group[id] = action.groups.length;
          for (let a = 1; a <= n; a++) for (let b = 1; b <= n; b++) setLink(a, b, group[a] !== group[b]);
          cutChanged = true;
          break;
        }
        case 'heal':
          cut.fill(0);
          cutChanged = true;
          break;
        case 'cut':
        case 'restore':
          setLink(action.from, action.to, action.do === 'cut');
          cutChanged = true;
          break;
        case 'delay':
          delayed.add(action.message);
          break;
      }
      if (cutChanged) {
        const open = cuts.at(-1);
        if (open && open.to === Infinity) open.to = at;
        const links: [number, number][] = [];
        const involved = new Set<number>();
        for (let a = 1; a <= n; a++)
          for (let b = 1; b <= n; b++)
            if (cut[a * (n + 1) + b] === 1) {
              links.push([a, b]);
              involved.add(a);
              involved.add(b);
            }
        if (links.length > 0) cuts.push({ from: at, to: Infinity, links, nodes: [...involved].sort((a, b) => a - b) });
      }
    }
  }
  let clocks: VectorClocks | null = null;
  return {
    run,
    nodes: n,
    until: scenario.until,
    colorSlot,
    down,
    cuts,
    timerEntries: Int32Array.from(timers),
    markEntries: Int32Array.from(marks),
    networkEntries: Int32Array.from(network),
    delayed,
    clocks: () => (clocks ??= vectorClocks(trace, messages, n)),
  };
}
