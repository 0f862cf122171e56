// The budget notice: one sentence per reason, with the stop time and the limit grouped by thousands.

import { describe, expect, test } from 'vitest';
import { budgetNotice } from '../../src/ui/budget-notice';

describe('budget notice', () => {
  test('says where the run stopped, what ran over, and what to do', () => {
    expect(budgetNotice({ at: 12345, reason: 'events', limit: 1_000_000 })).toBe(
      'Stopped at 12\u2009345 ms: more than 1\u2009000\u2009000 events; shorten the run or slow the timers',
    );
    expect(budgetNotice({ at: 250, reason: 'inFlight', limit: 50_000 })).toBe('Stopped at 250 ms: more than 50\u2009000 messages in flight; shorten the run or slow the timers');
    expect(budgetNotice({ at: 600000, reason: 'checkpointMemory', limit: 256_000_000 })).toBe(
      'Stopped at 600\u2009000 ms: more than 256 MB of checkpoints; shorten the run or slow the timers',
    );
  });
});
