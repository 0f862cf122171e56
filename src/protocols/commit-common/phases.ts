// Every transaction a 2PC/3PC node has a record of → its phase there. Contract: a decided
// phase (committed, aborted) never changes, so decided transactions live in an append-only
// store that checkpoints share (append-only.ts); the undecided ones, few at any time, are
// copied. A checkpoint therefore costs what is in progress, not every transaction of the run.
// Keyed by transaction label, a user string (`__proto__`, `constructor`): the undecided ones in
// a SmallMap, the decided ones by the label's id in the run's label table (labels.ts).

import { SmallMap } from '../../engine/small-map';
import { AppendOnlyMap } from './append-only';
import { inObjectOrder } from './keyed';
import { Labels } from './labels';
import type { CommitLog, Phase } from './log';

/** Decided phases as the store's codes. */
const DECIDED: readonly Phase[] = ['aborted', 'committed'];

/** The undecided map of every saved table with none: never written (a saved table is only copied). */
const NOTHING_UNDECIDED = new SmallMap<Phase>();

export class PhaseTable {
  private readonly decided: AppendOnlyMap;

  constructor(
    /** The run's label table (labels.ts), or the decided store to share. */
    decided: Labels | AppendOnlyMap = new Labels(),
    /** Few at a time, and each comes and goes: a SmallMap (small-map.ts). */
    private readonly undecided: SmallMap<Phase> = new SmallMap(),
  ) {
    this.decided = decided instanceof Labels ? AppendOnlyMap.empty(decided) : decided;
  }

  /** The label table its decided store uses. */
  get labels(): Labels {
    return this.decided.labels;
  }

  get(t: string): Phase | undefined {
    const phase = this.undecided.get(t);
    if (phase !== undefined) return phase;
    const code = this.decided.get(t);
    return code === undefined ? undefined : DECIDED[code];
  }

  /** Move t to `phase`. A decided transaction stays decided (callers never change a decision). */
  set(t: string, phase: Phase): void {
    if (phase === 'committed' || phase === 'aborted') {
      this.undecided.delete(t);
      this.decided.add(t, phase === 'committed' ? 1 : 0);
    } else if (!this.decided.has(t)) this.undecided.set(t, phase);
  }

  /** A table for a checkpoint: shares the decided store, and the empty map when nothing is undecided. */
  save(): PhaseTable {
    return new PhaseTable(this.decided.share(), this.undecided.size === 0 ? NOTHING_UNDECIDED : this.undecided.copy());
  }

  /** A live table from a checkpoint's (or any table): shares the decided store, copies the rest. */
  copy(): PhaseTable {
    return new PhaseTable(this.decided.share(), this.undecided.copy());
  }

  /**
   * Every transaction with its phase, in the order a plain object keyed by label lists them
   * when the labels were added in the order of the log (array-index-like labels first): the
   * order the view and a restart have always used, since it orders messages and the JSON.
   */
  forEach(visit: (t: string, phase: Phase) => void, log: CommitLog): void {
    const labels: string[] = [];
    for (let i = 0; i < log.length; i++) labels.push(log.label(i));
    for (const t of inObjectOrder(labels)) {
      const phase = this.get(t);
      if (phase !== undefined) visit(t, phase);
    }
  }
}
