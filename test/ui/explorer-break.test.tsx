// @vitest-environment jsdom
// "Break the protocol" says what it takes: ticking Figure 8's toggle (a bug about 1 run in 5 000
// shows) sets the search's knobs and turns the leader's no-op off with it, and the panel says so;
// the search it then runs is the one test/explore/break.test.ts finds the bug with.

import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { ExplorerPanel, planOf } from '../../src/ui/ExplorerPanel';
import { BREAK_PRESETS } from '../../src/explore/break-presets';
import { renderWithStore, scenarioOf } from './render';

afterEach(cleanup);

describe('the Explorer breaking Raft', () => {
  test("ticking Figure 8's toggle sets the knobs for it and says why", () => {
    renderWithStore(<ExplorerPanel onClose={() => {}} />, { scenario: scenarioOf('raft') });
    const panel = within(screen.getByRole('region', { name: 'Explorer' }));
    expect(panel.queryByRole('note')).toBeNull();
    fireEvent.click(panel.getByRole('checkbox', { name: 'Commit older-term entries by counting replicas (breaks Figure 8)' }));
    expect((panel.getByRole('spinbutton', { name: 'Faults per run' }) as HTMLInputElement).value).toBe('10');
    expect((panel.getByRole('spinbutton', { name: 'Requests per run' }) as HTMLInputElement).value).toBe('12');
    expect((panel.getByRole('spinbutton', { name: 'Budget amount' }) as HTMLInputElement).value).toBe('10000');
    expect(panel.getByRole('note').textContent).toMatch(/1 run in 5 000/);
  });

  test("the plan with the toggle ticked has the leader's no-op off; unticked, the scenario's", () => {
    const scenario = scenarioOf('raft');
    const knobs = { crash: 2, partition: 2, cut: 1, timeout: 1, faults: 10, requests: 12, lossPercent: 0, duplicationPercent: 0, untilMs: 4000, seed: 1, budgetKind: 'runs' as const, budgetAmount: 10_000 };
    const on = planOf(scenario, knobs, { unsafeCommitOldTerms: true });
    expect(on.schedule?.params).toMatchObject({ ...BREAK_PRESETS.unsafeCommitOldTerms.params, unsafeCommitOldTerms: true });
    const off = planOf(scenario, knobs, { unsafeCommitOldTerms: false });
    expect(off.schedule?.params?.leaderNoop).toBe(scenario.params.leaderNoop);
  });
});
