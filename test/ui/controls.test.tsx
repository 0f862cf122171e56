// @vitest-environment jsdom
// Playback controls, the timeline, the cluster's nodes and the event log, driven like a user.

import { afterEach, describe, expect, test } from 'vitest';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { PlaybackBar } from '../../src/ui/PlaybackBar';
import { ClusterView } from '../../src/ui/cluster/ClusterView';
import { EventLog } from '../../src/ui/EventLog';
import { layoutRows } from '../../src/ui/log-rows';
import { lastAtOrBefore, nextEventTime } from '../../src/store/run';
import { InvariantsPanel } from '../../src/ui/InvariantsPanel';
import { SettingsPanel } from '../../src/ui/SettingsPanel';
import { renderWithStore, scenarioOf } from './render';
import { addWords, speakNow } from '../../src/i18n/translate';
import { zhCN } from '../../src/i18n/zh-CN';

afterEach(cleanup);

describe('playback controls', () => {
  test('Play and Pause toggle playback; the button is renamed', () => {
    const { store } = renderWithStore(<PlaybackBar />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(store.getState().playing).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(store.getState().playing).toBe(false);
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
  });

  test('Step forward and Step back move between event times', () => {
    const { store } = renderWithStore(<PlaybackBar />);
    act(() => store.getState().setTime(700));
    const next = nextEventTime(store.getState().run, 700)!;
    fireEvent.click(screen.getByRole('button', { name: 'Step forward' }));
    expect(store.getState().time).toBe(next);
    fireEvent.click(screen.getByRole('button', { name: 'Step back' }));
    expect(store.getState().time).toBeLessThan(next);
  });

  test('the Timeline slider seeks and shows the playhead', () => {
    const { store } = renderWithStore(<PlaybackBar />);
    const slider = screen.getByRole('slider', { name: 'Timeline' });
    fireEvent.change(slider, { target: { value: '1500' } });
    expect(store.getState().time).toBe(1500);
    expect(screen.getByLabelText('Simulated time').textContent).toContain('1,500 ms');
  });

  test('clicking an action marker on the timeline goes to that action', () => {
    const { store, container } = renderWithStore(<PlaybackBar />, {
      scenario: scenarioOf('raft', { actions: [{ at: 1234, do: 'crash', node: 2 }] }),
      showWholeRun: true,
    });
    const marker = container.querySelector('.action-marker.action-crash')!;
    expect(marker.getAttribute('title')).toContain('crash at 1234 ms');
    fireEvent.click(marker);
    expect(store.getState().time).toBe(1234);
    expect(store.getState().playing).toBe(false);
  });

  test('hiding the future: no action or violation marker past the playhead until it gets there', () => {
    const { store, container } = renderWithStore(<PlaybackBar />, {
      scenario: scenarioOf('raft', { actions: [{ at: 1234, do: 'crash', node: 2 }] }),
    });
    expect(container.querySelector('.action-marker')).toBeNull();
    act(() => store.getState().setTime(1234));
    expect(container.querySelector('.action-marker.action-crash')).not.toBeNull();
    act(() => store.getState().setTime(1000));
    expect(container.querySelector('.action-marker')).toBeNull();
    act(() => store.getState().setShowWholeRun(true));
    expect(container.querySelector('.action-marker.action-crash')).not.toBeNull();
  });
});

describe('cluster view', () => {
  test('every node is a focusable button named "S<n>," and its state', () => {
    const { store } = renderWithStore(<ClusterView />);
    act(() => store.getState().setTime(0));
    const nodes = screen.getAllByRole('button', { name: /^S\d,/ });
    expect(nodes).toHaveLength(5);
    for (const node of nodes) expect(node.getAttribute('tabindex')).toBe('0');
  });

  test('clicking a node selects it; Enter does too', () => {
    const { store } = renderWithStore(<ClusterView />);
    fireEvent.click(screen.getByRole('button', { name: /^S2,/ }));
    expect(store.getState().selectedNode).toBe(2);
    fireEvent.keyDown(screen.getByRole('button', { name: /^S4,/ }), { key: 'Enter' });
    expect(store.getState().selectedNode).toBe(4);
  });

  test('a crashed node says so in its name', () => {
    const { store } = renderWithStore(<ClusterView />);
    act(() => store.getState().setTime(500));
    act(() => store.getState().act({ do: 'crash', node: 3 }));
    expect(screen.getByRole('button', { name: /^S3, crashed/ })).toBeTruthy();
  });

  test('cut links are drawn per direction', () => {
    const { store, container } = renderWithStore(<ClusterView />);
    act(() => store.getState().act({ do: 'cut', from: 1, to: 2 }));
    expect(container.querySelector('[data-link="1-2"]')?.classList.contains('cut')).toBe(true);
    expect(container.querySelector('[data-link="2-1"]')?.classList.contains('cut')).toBe(false);
  });

  test("a node's timer ring names its timer as people read it, in the page's language; data-timer keeps the protocol's name", () => {
    addWords(zhCN, 'zh-CN');
    const { store, container } = renderWithStore(<ClusterView />);
    act(() => store.getState().setTime(10));
    const ring = container.querySelector('.timer-ring[data-timer="election"]');
    expect(ring?.querySelector('title')?.textContent).toMatch(/^S\d’s election timer: fires at \d+ ms$/);
    act(() => speakNow('zh-CN'));
    cleanup();
    const chinese = renderWithStore(<ClusterView />, { language: 'zh-CN' });
    act(() => chinese.store.getState().setTime(10));
    const title = chinese.container.querySelector('.timer-ring[data-timer="election"] title')?.textContent ?? '';
    speakNow('en');
    expect(title).toMatch(/^S\d 的计时器：选举超时，\d+ ms 到期$/);
  });

  test('messages in flight are drawn and can be selected', () => {
    const { store, container } = renderWithStore(<ClusterView />);
    act(() => store.getState().setTime(1000));
    const message = container.querySelector('[data-message-id]');
    expect(message).not.toBeNull();
    fireEvent.click(message!);
    expect(store.getState().selectedMessage).toBe(Number(message!.getAttribute('data-message-id')));
  });
});

describe('event log', () => {
  test('lines read as sentences; selecting one seeks to its time', () => {
    const { store } = renderWithStore(<EventLog />);
    act(() => store.getState().setTime(400));
    const lines = screen.getAllByRole('listitem');
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThan(60); // windowed
    const line = lines.find((li) => /S\d → S\d/.test(li.textContent ?? ''))!;
    expect(line).toBeDefined();
    fireEvent.click(within(line).getByRole('button'));
    expect(store.getState().time).toBe(Number(within(line).getByRole('button').querySelector('.log-time')!.textContent));
  });

  test('hiding the future: the log ends at the playhead', () => {
    const { store } = renderWithStore(<EventLog />);
    act(() => store.getState().setTime(400));
    const times = screen.getAllByRole('listitem').map((li) => Number(li.querySelector('.log-time')!.textContent));
    expect(times.length).toBeGreaterThan(0);
    expect(Math.max(...times)).toBeLessThanOrEqual(400);
    act(() => store.getState().setShowWholeRun(true));
    const all = screen.getAllByRole('listitem').map((li) => Number(li.querySelector('.log-time')!.textContent));
    expect(Math.max(...all)).toBeGreaterThan(400);
  });

  test('hiding the future on a long run: wherever the playhead goes, the list is as tall as the whole layout says up to it', () => {
    // Far more rows than the log lays out ahead of the playhead (it lays out as far as it can show).
    const { store, container } = renderWithStore(<EventLog />, { scenario: scenarioOf('raft', { until: 60_000, params: { heartbeatMs: 10, electionTimeoutMsMin: 40, electionTimeoutMsMax: 80 } }) });
    const run = store.getState().run;
    expect(run.trace.count).toBeGreaterThan(10_000);
    // jsdom has no layout: the log assumes 360 px, 40 characters per line.
    const whole = layoutRows(run, null, run.trace.count, 40);
    for (const time of [500, 59_000, 20_000, 60_000, 500]) {
      act(() => store.getState().setTime(time));
      const rowCount = lastAtOrBefore(run.trace.at, time, run.trace.count) + 1;
      expect(parseFloat((container.querySelector('ol.log-lines') as HTMLElement).style.height)).toBe(whole.tops[rowCount]);
      expect(rowCount).toBeGreaterThan(0);
      const current = container.querySelector('[aria-current="true"]')!;
      expect(Number(current.querySelector('.log-time')!.textContent)).toBe(run.trace.at[rowCount - 1]);
    }
  });

  test('measured wider than first assumed, the log still draws the lines around the playhead', () => {
    // The first render lays rows out for 360 px; the scroller then measures 900 px, where lines
    // wrap less and the rows are shorter. A scroll position kept from the first layout lay past
    // the end of the new one, and no line was drawn until the next scroll event.
    const width = Object.getOwnPropertyDescriptor(Element.prototype, 'clientWidth')!;
    Object.defineProperty(Element.prototype, 'clientWidth', {
      configurable: true,
      get(this: Element) {
        return this.classList.contains('log-scroller') ? 900 : 0;
      },
    });
    try {
      const { store, container } = renderWithStore(<EventLog />, { time: 2900 });
      const run = store.getState().run;
      const current = lastAtOrBefore(run.trace.at, 2900, run.trace.count);
      expect(current).toBeGreaterThan(100);
      expect(container.querySelectorAll('ol.log-lines li').length).toBeGreaterThan(0);
      expect(container.querySelector(`[data-row="${current}"]`)).not.toBeNull();
    } finally {
      Object.defineProperty(Element.prototype, 'clientWidth', width);
    }
  });

  test('the node filter keeps only lines about that node', () => {
    const { store } = renderWithStore(<EventLog />, { showWholeRun: true });
    fireEvent.change(screen.getByLabelText('Filter by node'), { target: { value: '2' } });
    expect(store.getState().logFilter.node).toBe(2);
    for (const li of screen.getAllByRole('listitem')) expect(li.textContent).toMatch(/S2\b/);
  });

  test('a new scenario clears the filters and says so; an act on the same scenario keeps them', () => {
    const { store } = renderWithStore(<EventLog />, { showWholeRun: true });
    fireEvent.change(screen.getByLabelText('Filter by node'), { target: { value: '2' } });
    act(() => store.getState().setTime(600));
    act(() => void store.getState().act({ do: 'crash', node: 3 }));
    expect(store.getState().logFilter.node).toBe(2);
    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeTruthy();
    act(() => store.getState().setProtocol('paxos'));
    expect(store.getState().logFilter).toEqual({ node: null, type: null });
    expect(screen.getByText('New scenario: the log filters were cleared.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
  });
});

describe('invariants panel', () => {
  test('is a region named Invariants listing the protocol invariants with their status', () => {
    const { store } = renderWithStore(<InvariantsPanel />);
    const region = screen.getByRole('region', { name: 'Invariants' });
    for (const invariant of store.getState().run.protocol.invariants) {
      expect(within(region).getByText(invariant.name)).toBeTruthy();
    }
    expect(within(region).getAllByText('holds').length).toBe(store.getState().run.protocol.invariants.length);
  });
});

describe('settings', () => {
  test('changing the node count recomputes the run', () => {
    const { store } = renderWithStore(<SettingsPanel />);
    const nodes = screen.getByLabelText('Nodes');
    fireEvent.change(nodes, { target: { value: '7' } });
    fireEvent.blur(nodes);
    expect(store.getState().scenario.nodes).toBe(7);
    expect(store.getState().snapshot.views).toHaveLength(7);
  });

  test("editing one end of a parameter's range moves the other, so the scenario stays valid", () => {
    const { store } = renderWithStore(<SettingsPanel />);
    expect(store.getState().scenario.protocol).toBe('raft');
    const min = screen.getByLabelText(/Election timeout, min/);
    fireEvent.change(min, { target: { value: '500' } });
    fireEvent.blur(min);
    expect(store.getState().scenario.params).toMatchObject({ electionTimeoutMsMin: 500, electionTimeoutMsMax: 500 });
    const max = screen.getByLabelText(/Election timeout, max/);
    fireEvent.change(max, { target: { value: '120' } });
    fireEvent.blur(max);
    expect(store.getState().scenario.params).toMatchObject({ electionTimeoutMsMin: 120, electionTimeoutMsMax: 120 });
    expect(store.getState().error).toBeNull();
  });

  test("the protocol's parameters are generated from its ParamSpec list, teaching toggles marked", () => {
    const { store } = renderWithStore(<SettingsPanel />);
    for (const spec of store.getState().run.protocol.params) {
      expect(screen.getByText(spec.label, { exact: false })).toBeTruthy();
    }
    const teaching = store.getState().run.protocol.params.filter((p) => p.kind === 'boolean' && p.teaching);
    expect(screen.queryAllByText('teaching')).toHaveLength(teaching.length);
  });
});
