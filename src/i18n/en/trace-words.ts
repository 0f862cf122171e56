// The words of the run itself, in one record for index.ts: the event log (trace.ts), the
// invariants (invariants.ts) and the errors a scenario or a run can end with (errors.ts).
import { errors } from './errors';
import { invariants } from './invariants';
import { trace } from './trace';

export const traceWords = { ...trace, ...invariants, ...errors } as const;
