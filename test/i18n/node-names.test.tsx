// @vitest-environment jsdom
// Node accessible names keep their contract in every language (issue 12: outside checks rely on
// it): each node of the cluster is a button named "S<n>, …", in English and in Chinese, for every
// protocol, on real runs — with a node crashed and a leader elected or a transaction decided.

import { afterEach, describe, expect, test } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { App } from '../../src/ui/App';
import { createAppStore } from '../fixtures/app-store';
import { applyLanguage } from '../../src/i18n/language';
import { scenarioOf } from '../ui/render';
import type { Scenario } from '../../src/scenario/format';

afterEach(async () => {
  cleanup();
  await applyLanguage('en');
});

const PROTOCOLS: Scenario['protocol'][] = ['raft', 'paxos', '2pc', '3pc'];

/** The nodes' accessible names at 1500 ms of a run where S2 crashed at 1000 ms (five nodes). */
function nodeNames(protocol: Scenario['protocol']): string[] {
  const store = createAppStore({ scenario: scenarioOf(protocol, { nodes: 5, actions: [{ at: 1000, do: 'crash', node: 2 }] }) });
  render(<App store={store} syncUrl={false} />);
  act(() => store.getState().setTime(1500));
  return screen.getAllByRole('button', { name: /^S\d/ }).filter((b) => b.hasAttribute('data-node')).map((b) => b.getAttribute('aria-label')!);
}

describe('node accessible names start with "S<n>," in every language', () => {
  for (const protocol of PROTOCOLS) {
    test(`${protocol}: English and Chinese`, async () => {
      const english = nodeNames(protocol);
      cleanup();
      await applyLanguage('zh-CN');
      const chinese = nodeNames(protocol);
      for (const names of [english, chinese]) {
        expect(names).toHaveLength(5);
        names.forEach((name, i) => expect(name.startsWith(`S${i + 1},`)).toBe(true));
      }
      // The words after the name are the language's own: crashed / 已崩溃.
      expect(english[1]).toMatch(/^S2, crashed/);
      expect(chinese[1]).toMatch(/^S2, 已崩溃/);
      expect(chinese.join(' ')).not.toMatch(/\b(leader|follower|acceptor|proposer|participant|coordinator|term|promised)\b/);
    });
  }

  test('Raft in Chinese names the leader and the term with the glossary terms', async () => {
    await applyLanguage('zh-CN');
    const names = nodeNames('raft');
    expect(names.some((name) => /^S\d, 领导者, 任期 \d+$/.test(name))).toBe(true);
    expect(names.some((name) => /^S\d, 跟随者, 任期 \d+$/.test(name))).toBe(true);
  });
});
