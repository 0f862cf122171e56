// Transaction labels (user strings) as dense ids 0, 1, 2, ... in order of first use, so that the
// stores that keep a small number per transaction for the whole run (append-only.ts) index typed
// arrays instead of hashing the label into a Map each time. A run of 10 minutes holds some 12 000
// transactions; with a Map per store (a node's decided phases, the invariants' decisions and yes
// votes), a 3PC transaction cost some 70 lookups in tables of that size, each likely a cache miss,
// and the cost per simulated second grew with the run (issue 13). Now a label is looked up once
// in the table's Map, when it is first seen or has left the small ring of recent labels in front
// of it; a transaction's handlers and checks meet the same few labels in a row.
// Contract: a label's id never changes, and the table only grows, so every holder of a checkpoint
// may share it (ids of labels first used later than a checkpoint are simply not read by it).

/** Recent labels kept in front of the Map (a power of two): more than a run has in progress at once. */
const RECENT = 8;

export class Labels {
  /** The label of each id. */
  readonly names: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly recent: (string | undefined)[] = new Array<string | undefined>(RECENT).fill(undefined);
  private readonly recentIds = new Int32Array(RECENT);
  private next = 0;

  /** The id of `label`, given it on first use. Any string is a label (`__proto__` too: a Map key). */
  id(label: string): number {
    const recent = this.recent;
    // Newest first: a transaction's handlers and checks ask for its label several times in a row.
    for (let k = 1; k <= RECENT; k++) {
      const i = (this.next - k) & (RECENT - 1);
      if (recent[i] === label) return this.recentIds[i];
    }
    return this.lookUp(label);
  }

  /** id, for a label not among the recent ones (apart, so that V8 inlines id where labels are asked). */
  private lookUp(label: string): number {
    let id = this.ids.get(label);
    if (id === undefined) {
      id = this.names.length;
      this.names.push(label);
      this.ids.set(label, id);
    }
    const recent = this.recent;
    recent[this.next] = label;
    this.recentIds[this.next] = id;
    this.next = (this.next + 1) & (RECENT - 1);
    return id;
  }
}

/** One table per run, keyed by the run's parameters object: the one object every node and invariant of a run is handed. */
const perRun = new WeakMap<object, Labels>();

/**
 * The label table of the run whose parameters are `params`, so that a label is given its id
 * once per run, not once per node and store. Stores keep the table they were made with, so a
 * caller handing other objects (a test's fresh `{}`) gets tables of its own, still consistent.
 */
export function runLabels(params: object): Labels {
  let labels = perRun.get(params);
  if (labels === undefined) {
    labels = new Labels();
    perRun.set(params, labels);
  }
  return labels;
}
