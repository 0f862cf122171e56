// The words of a run, for the event log and the invariants: trace.ts and invariants.ts in one
// record. Not part of the first load (en/index.ts): src/i18n/run-words.ts loads them with the
// page's first run (the log has nothing to show before it); Node (CLI, worker, tests) adds them at
// once (src/i18n/run-words-now.ts).
import { invariants } from './invariants';
import { messageLabels } from './message-labels';
import { trace } from './trace';

export const runWords = { ...trace, ...invariants, ...messageLabels } as const;
