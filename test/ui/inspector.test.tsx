// @vitest-environment jsdom
// The inspector: acting on a node, links and messages; protocol views rendered from view data,
// defensively (missing fields never crash).

import { afterEach, describe, expect, test } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Inspector } from '../../src/ui/inspector/Inspector';
import { messagesInFlight } from '../../src/store/run';
import { RaftClusterTable, RaftNodeDetails } from '../../src/ui/protocol-views/RaftViews';
import { PaxosClusterTable, PaxosNodeDetails } from '../../src/ui/protocol-views/PaxosViews';
import { CommitClusterTable, CommitNodeDetails } from '../../src/ui/protocol-views/CommitViews';
import { summarizeNode } from '../../src/ui/protocol-views/summary';
import { renderWithStore } from './render';

afterEach(cleanup);

describe('acting from the inspector', () => {
  test('crash and restart a node at the playhead', () => {
    const { store } = renderWithStore(<Inspector />);
    act(() => store.getState().setTime(800));
    act(() => store.getState().selectNode(2));
    fireEvent.click(screen.getByRole('button', { name: 'Crash S2' }));
    expect(store.getState().scenario.actions).toEqual([{ at: 800, do: 'crash', node: 2 }]);
    fireEvent.click(screen.getByRole('button', { name: 'Restart S2' }));
    expect(store.getState().scenario.actions.map((a) => a.do)).toEqual(['crash', 'restart']);
  });

  test('fire a timeout and send a request with a value', () => {
    const { store } = renderWithStore(<Inspector />);
    act(() => store.getState().setTime(600));
    act(() => store.getState().selectNode(1));
    fireEvent.click(screen.getByRole('button', { name: 'Fire timeout' }));
    fireEvent.change(screen.getByLabelText('Request value for S1'), { target: { value: 'k=v' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send request' }));
    expect(store.getState().scenario.actions).toEqual([
      { at: 600, do: 'timeout', node: 1 },
      { at: 600, do: 'request', node: 1, value: 'k=v' },
    ]);
  });

  test('cut and restore one direction of a link', () => {
    const { store } = renderWithStore(<Inspector />);
    act(() => store.getState().selectLink({ from: 3, to: 1 }));
    fireEvent.click(screen.getByRole('button', { name: 'Cut S3 → S1' }));
    expect(store.getState().snapshot.cut[(3 - 1) * 5 + 0]).toBe(true);
    expect(store.getState().snapshot.cut[0 * 5 + 2]).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Restore S3 → S1' }));
    expect(store.getState().snapshot.cut[(3 - 1) * 5 + 0]).toBe(false);
  });

  test('drop a message in flight, chosen from the in-flight list', () => {
    const { store } = renderWithStore(<Inspector />);
    act(() => store.getState().setTime(1000));
    const [id] = messagesInFlight(store.getState().run, 1000);
    fireEvent.click(screen.getByRole('button', { name: new RegExp(`^#${id} `) }));
    fireEvent.click(screen.getByRole('button', { name: 'Drop message' }));
    expect(store.getState().run.messages.get(id).fate).toBe('user-dropped');
  });

  test('the All nodes tab shows the protocol table', () => {
    renderWithStore(<Inspector />);
    fireEvent.click(screen.getByRole('tab', { name: 'All nodes' }));
    expect(screen.getByText(/Logs of all nodes/)).toBeTruthy();
  });
});

describe('protocol views', () => {
  const base = { up: true };
  test('Raft: role, term, log coloured by term with the commit index, replication on a leader', () => {
    const view = {
      ...base,
      id: 1,
      role: 'leader',
      term: 3,
      votedFor: 1,
      log: [{ term: 1, value: 'a' }, { term: 3, value: 'b' }],
      commitIndex: 1,
      leaderId: 1,
      nextIndex: { '2': 3 },
      matchIndex: { '2': 2 },
    };
    const { container } = render(<RaftNodeDetails view={view} />);
    expect(screen.getByText('leader')).toBeTruthy();
    expect(container.querySelectorAll('.log-cell.committed')).toHaveLength(1);
    expect(container.querySelectorAll('.log-cell.uncommitted')).toHaveLength(1);
    expect(container.querySelector('.log-cell.term-3')).not.toBeNull();
    expect(screen.getByRole('row', { name: /S2 3 2/ })).toBeTruthy();
    render(<RaftClusterTable views={[view, { id: 2, up: false }]} />);
    expect(summarizeNode('raft', view).name).toBe('S1, leader, term 3');
  });

  test('Paxos: promised, accepted, learned; acceptor table', () => {
    const view = { ...base, id: 2, promised: [2, 1], accepted: { ballot: [2, 1], value: 'v=A' }, learned: 'v=A', round: 0, proposal: null };
    render(<PaxosNodeDetails view={view} />);
    expect(screen.getByText('v=A at 2.1')).toBeTruthy(); // the protocol's ballot notation (formatBallot)
    render(<PaxosClusterTable views={[view]} />);
    expect(screen.getByRole('table', { name: 'Acceptors' })).toBeTruthy();
  });

  test('2PC/3PC: transactions per node, blocked since t, the durable log', () => {
    const view = { ...base, id: 2, role: 'participant', transactions: { T1: 'prepared' }, blocked: { T1: 150 }, log: ['T1 prepared'], votes: {} };
    render(<CommitNodeDetails view={view} />);
    expect(screen.getByText('blocked since 150 ms')).toBeTruthy();
    render(<CommitClusterTable views={[{ ...view, id: 1, role: 'coordinator' }, view]} />);
    expect(screen.getByText(/S2 is blocked on T1 since 150 ms/)).toBeTruthy();
    expect(summarizeNode('2pc', view).name).toBe('S2, participant, T1 prepared, blocked');
  });

  test('missing or odd fields render as dashes, never crash', () => {
    const odd = { id: 3, up: true, role: 42, log: 'nope', transactions: [1, 2], promised: {}, accepted: 'x' };
    render(<RaftNodeDetails view={odd} />);
    render(<PaxosNodeDetails view={odd} />);
    render(<CommitNodeDetails view={odd} />);
    for (const protocol of ['raft', 'paxos', '2pc', '3pc', 'echo']) expect(summarizeNode(protocol, odd).name).toMatch(/^S3, /);
    expect(summarizeNode('raft', { id: 2, up: false }).name).toMatch(/^S2, crashed/);
  });
});
