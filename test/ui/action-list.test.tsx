// @vitest-environment jsdom
// The Actions list and the Undo/Redo buttons, driven like a user over a real run: a row jumps
// to its time, moves or deletes its action; an invalid time shows the error and changes nothing;
// Undo and Redo are disabled when there is nothing to undo or redo.

import { afterEach, describe, expect, test } from 'vitest';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { ActionList } from '../../src/ui/ActionList';
import { ForkNotice, HistoryButtons } from '../../src/ui/HistoryButtons';
import { renderWithStore, scenarioOf } from './render';

afterEach(cleanup);

const scenario = scenarioOf('raft', { actions: [{ at: 400, do: 'crash', node: 3 }, { at: 1000, do: 'restart', node: 3 }] });

describe('action list', () => {
  test('jump, move, delete; a bad time is refused; Undo/Redo follow the history', () => {
    const { store } = renderWithStore(
      <>
        <HistoryButtons />
        <ForkNotice />
        <ActionList />
      </>,
      { scenario },
    );
    const undo = screen.getByRole('button', { name: 'Undo' }) as HTMLButtonElement;
    const redo = screen.getByRole('button', { name: 'Redo' }) as HTMLButtonElement;
    expect(undo.disabled).toBe(true);
    expect(redo.disabled).toBe(true);
    const list = within(screen.getByRole('region', { name: 'Actions' }));
    // Closed, the list holds no rows; opened, it shows them.
    expect(list.queryByRole('button', { name: 'Go to restart S3 at 1000 ms' })).toBeNull();
    fireEvent.click(list.getByText('Actions (2)'));
    fireEvent.click(list.getByRole('button', { name: 'Go to restart S3 at 1000 ms' }));
    expect(store.getState().time).toBe(1000);

    const time = list.getByRole('spinbutton', { name: 'Time of crash S3 (ms)' });
    fireEvent.change(time, { target: { value: '-3' } });
    fireEvent.keyDown(time, { key: 'Enter' });
    expect(list.getByRole('alert').textContent).toMatch(/at/);
    expect(store.getState().scenario).toBe(scenario);

    fireEvent.change(list.getByRole('spinbutton', { name: 'Time of crash S3 (ms)' }), { target: { value: '600' } });
    fireEvent.blur(list.getByRole('spinbutton', { name: 'Time of crash S3 (ms)' }));
    expect(store.getState().scenario.actions[0]).toEqual({ at: 600, do: 'crash', node: 3 });

    fireEvent.click(list.getByRole('button', { name: 'Delete restart S3 at 1000 ms' }));
    expect(store.getState().scenario.actions).toEqual([{ at: 600, do: 'crash', node: 3 }]);
    expect(undo.disabled).toBe(false);
    fireEvent.click(undo);
    fireEvent.click(undo);
    expect(store.getState().scenario).toEqual(scenario);
    expect(undo.disabled).toBe(true);
    expect(redo.disabled).toBe(false);

    // A fork in the past: the notice counts the replaced actions and its button brings them back.
    act(() => {
      store.getState().setTime(200);
      store.getState().act({ do: 'timeout', node: 1 });
    });
    const notice = screen.getByText('Acting here replaced 2 later actions.').parentElement!;
    fireEvent.click(within(notice).getByRole('button', { name: 'Bring them back' }));
    expect(store.getState().scenario).toEqual(scenario);
    expect(screen.queryByText(/later actions/)).toBeNull();
  });

  test('a long scenario shows its actions a page at a time', () => {
    const actions = Array.from({ length: 250 }, (_, i) => ({ at: 10 * (i + 1), do: 'request' as const, node: 1, value: `v${i}` }));
    renderWithStore(<ActionList />, { scenario: scenarioOf('raft', { actions, until: 5000 }) });
    const list = within(screen.getByRole('region', { name: 'Actions' }));
    fireEvent.click(list.getByText('Actions (250)'));
    expect(list.getAllByRole('listitem')).toHaveLength(100);
    fireEvent.click(list.getByRole('button', { name: 'Show 100 more (of 250)' }));
    expect(list.getAllByRole('listitem')).toHaveLength(200);
    fireEvent.click(list.getByRole('button', { name: 'Show 50 more (of 250)' }));
    expect(list.getAllByRole('listitem')).toHaveLength(250);
    expect(list.queryByRole('button', { name: /more/ })).toBeNull();
  });
});
