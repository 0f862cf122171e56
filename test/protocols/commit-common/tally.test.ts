// The coordinator's vote tally is one number (state.ts): what it holds must read back as the
// node id → vote record the view has always shown.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NO_VOTES, hasVoted, voteCount, voteRecord, withVote } from '../../../src/protocols/commit-common/state';
import type { Vote } from '../../../src/protocols/commit-common/params';

describe('vote tally', () => {
  it('holds the last vote of each node, as a record keyed by node id would', () => {
    const vote = fc.tuple(fc.integer({ min: 1, max: 9 }), fc.constantFrom<Vote>('yes', 'no'));
    fc.assert(
      fc.property(fc.array(vote, { maxLength: 20 }), (votes) => {
        let tally = NO_VOTES;
        const record: Record<string, Vote> = {};
        for (const [id, v] of votes) {
          tally = withVote(tally, id, v);
          record[id] = v;
        }
        expect(voteRecord(tally)).toEqual(record);
        expect(Object.keys(voteRecord(tally))).toEqual(Object.keys(record));
        for (let id = 1; id <= 9; id++) expect(hasVoted(tally, id)).toBe(id in record);
        expect(voteCount(tally, 9)).toBe(Object.keys(record).filter((id) => id !== '1').length);
      }),
      { numRuns: 300 },
    );
  });
});
