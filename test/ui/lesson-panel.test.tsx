// @vitest-environment jsdom
// The lesson panel: "Step k of n", Next / Previous, a question answered from the run, and the
// off-script notice with the way back.

import { afterEach, describe, expect, test } from 'vitest';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { LessonPanel } from '../../src/ui/LessonPanel';
import { renderWithStore } from './render';
import { lessonById } from '../../src/lessons/library';

const lesson = lessonById('raft-election')!;

afterEach(cleanup);

describe('lesson panel', () => {
  test('steps with Next and Previous; the region says Step k of n', () => {
    const { store } = renderWithStore(<LessonPanel />);
    act(() => void store.getState().startLesson('raft-election'));
    const region = screen.getByRole('region', { name: 'Lesson' });
    expect(region.textContent).toContain(`Step 1 of ${lesson.steps.length}`);
    fireEvent.click(within(region).getByRole('button', { name: 'Next step' }));
    expect(region.textContent).toContain(`Step 2 of ${lesson.steps.length}`);
    expect(store.getState().time).toBe(lesson.steps[1].at);
    fireEvent.click(within(region).getByRole('button', { name: 'Previous step' }));
    expect(region.textContent).toContain(`Step 1 of ${lesson.steps.length}`);
  });

  test('a question: the run decides which answer is right', () => {
    const { store } = renderWithStore(<LessonPanel />);
    act(() => void store.getState().startLesson('raft-election'));
    const region = screen.getByRole('region', { name: 'Lesson' });
    fireEvent.click(within(region).getByRole('button', { name: 'S2' }));
    expect(within(region).getByRole('status').textContent).toBe('Not this time: the run gives S5.');
    act(() => void store.getState().startLesson('raft-election'));
    fireEvent.click(within(region).getByRole('button', { name: 'S5' }));
    expect(within(region).getByRole('status').textContent).toBe('Right: S5.');
  });

  test('acting leaves the script; Back to the lesson returns', () => {
    const { store } = renderWithStore(<LessonPanel />);
    act(() => void store.getState().startLesson('raft-election', 1));
    act(() => void store.getState().act({ do: 'crash', node: 5 }));
    const region = screen.getByRole('region', { name: 'Lesson' });
    fireEvent.click(within(region).getByRole('button', { name: 'Back to the lesson' }));
    expect(within(region).queryByRole('button', { name: 'Back to the lesson' })).toBeNull();
    expect(store.getState().time).toBe(lesson.steps[1].at);
  });
});
