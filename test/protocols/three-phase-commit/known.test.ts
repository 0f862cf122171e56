// What a 3PC node knows of the others' phases is one number (state.ts): it must read back as the
// node id → phase record it replaced.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Phase } from '../../../src/protocols/commit-common/log';
import { NOTHING_KNOWN, knownPhase, wasSent, withKnown, withSent } from '../../../src/protocols/three-phase-commit/state';

const PHASES: Phase[] = ['working', 'prepared', 'precommitted', 'preaborted', 'committed', 'aborted'];

describe('3PC known phases and sends', () => {
  it('hold the last phase learned of each node and every node sent to', () => {
    const step = fc.tuple(fc.integer({ min: 1, max: 9 }), fc.constantFrom(...PHASES));
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        let known = NOTHING_KNOWN;
        let sent = 0;
        const record: Record<string, Phase> = {};
        for (const [id, phase] of steps) {
          known = withKnown(known, id, phase);
          sent = withSent(sent, id);
          record[id] = phase;
        }
        for (let id = 1; id <= 9; id++) {
          expect(knownPhase(known, id)).toBe(record[id]);
          expect(wasSent(sent, id)).toBe(id in record);
        }
      }),
      { numRuns: 300 },
    );
  });
});
