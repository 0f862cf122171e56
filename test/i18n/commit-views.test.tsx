// @vitest-environment jsdom
// The 2PC/3PC inspector words the coordinator's vote tallies and every node's durable log in the
// page's language (issue 12): the view gives them as data, checked here against a real run.

import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { CommitNodeDetails } from '../../src/ui/protocol-views/CommitViews';
import { applyLanguage } from '../../src/i18n/language';
import { createSimulation } from '../../src/scenario/simulate';
import { scenarioOf } from '../ui/render';
import type { View } from '../../src/ui/protocol-views/fields';

afterEach(async () => {
  cleanup();
  await applyLanguage('en');
});

/** Node views of a 2PC run (four nodes): T1 decided, T2 still collecting votes at 60 ms. */
function viewsAt(time: number): View[] {
  const simulation = createSimulation(scenarioOf('2pc', { nodes: 4, actions: [{ at: 10, do: 'request', node: 1, value: 'T1' }, { at: 40, do: 'request', node: 1, value: 'T2' }] }));
  simulation.runUntil(time);
  return simulation.views() as View[];
}

const items = (container: HTMLElement, selector: string) => [...container.querySelectorAll(`${selector} li`)].map((li) => li.textContent);

describe('2PC inspector words', () => {
  test('the run the views come from: T1 committed with three yes votes, T2 open', () => {
    const [coordinator, participant] = viewsAt(60);
    expect(coordinator.votes).toEqual({ T1: { 2: 'yes', 3: 'yes', 4: 'yes' }, T2: {} });
    expect(coordinator.log).toContainEqual({ record: 'commit', t: 'T1', at: 55 });
    expect(participant.log).toEqual([{ record: 'yes', t: 'T1', at: 28 }]);
  });

  test('in English', () => {
    const [coordinator, participant] = viewsAt(60);
    const { container } = render(<CommitNodeDetails view={coordinator} />);
    expect(items(container, '.vote-tallies')).toEqual(['T1: S2 yes, S3 yes, S4 yes', 'T2: no votes yet']);
    expect(items(container, '.durable-log')).toEqual(['start T1 @10', 'start T2 @40', 'commit T1 @55']);
    cleanup();
    expect(items(render(<CommitNodeDetails view={participant} />).container, '.durable-log')).toEqual(['vote yes on T1 @28']);
  });

  test('in Chinese', async () => {
    await applyLanguage('zh-CN');
    const [coordinator, participant] = viewsAt(60);
    const { container } = render(<CommitNodeDetails view={coordinator} />);
    expect(items(container, '.vote-tallies')).toEqual(['T1：S2 赞成、S3 赞成、S4 赞成', 'T2：尚无投票']);
    expect(items(container, '.durable-log')).toEqual(['开始 T1 @10', '开始 T2 @40', '提交 T1 @55']);
    cleanup();
    expect(items(render(<CommitNodeDetails view={participant} />).container, '.durable-log')).toEqual(['对 T1 投赞成票 @28']);
  });
});
