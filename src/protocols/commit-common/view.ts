// The view of a 2PC/3PC node. Contract fields (CLI): `role` and `transactions` (label → one of
// working, prepared, precommitted, committed, aborted; a participant that never heard of a
// transaction omits it). Quorum termination's `preaborted` is still undecided, so the contract
// field says `prepared` and the extra field `preaborted` lists those transactions. Extra fields for the UI: `blocked`
// (label → since when the node has been uncertain and unable to decide), `votes` (coordinator:
// the tallies of transactions in progress and of the last few decided), `log` (the newest
// durable records, as data: what, which transaction, when) and `logLength`.

import { keyed } from './keyed';
import { COORDINATOR, logEntry, type LogEntryView, type Phase } from './log';
import { voteRecord, type CommitState } from './state';

/** The view shows at most this many log lines (the newest). */
const LOG_LINES_MAX = 40;

export interface CommitView extends Record<string, unknown> {
  role: 'coordinator' | 'participant';
  transactions: Record<string, Exclude<Phase, 'preaborted'>>;
  preaborted?: string[];
  blocked: Record<string, number>;
  votes?: Record<string, Record<string, string>>;
  log: LogEntryView[];
  logLength: number;
}

export function commitView(state: CommitState): CommitView {
  const log = state.log;
  const view: CommitView = {
    role: state.self === COORDINATOR ? 'coordinator' : 'participant',
    // Keyed by label, like the state: a label may be `__proto__` or `constructor`.
    transactions: keyed(),
    blocked: state.blocked.toRecord(),
    log: [],
    logLength: log.length,
  };
  for (let i = Math.max(0, log.length - LOG_LINES_MAX); i < log.length; i++) view.log.push(logEntry(log, i));
  state.phases.forEach((t, phase) => {
    if (phase === 'preaborted') (view.preaborted ??= []).push(t);
    view.transactions[t] = phase === 'preaborted' ? 'prepared' : phase;
  }, log);
  if (state.self === COORDINATOR) {
    const votes = keyed<Record<string, string>>();
    for (const [t, tally] of state.tallies) votes[t] = voteRecord(tally);
    state.open.forEach((t, txn) => {
      if (txn.votes !== undefined) votes[t] = voteRecord(txn.votes);
    });
    view.votes = votes;
  }
  return view;
}
