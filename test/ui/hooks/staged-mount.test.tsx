// @vitest-environment jsdom
// The page mounts in stages, one frame apart: the header and the stage first, the left panel a
// frame later, the right one after it; without staging (tests, the default) all at once.

import { afterEach, describe, expect, test, vi } from 'vitest';
import { act, cleanup, render, renderHook, screen } from '@testing-library/react';
import { App } from '../../../src/ui/App';
import { useStagedMount } from '../../../src/ui/hooks/useStagedMount';
import { createAppStore } from '../../fixtures/app-store';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** Timers and animation frames under the test's control. */
function fakeFrames(): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
}

/** Draws one frame (the animation frame callbacks), then runs the task queued after it. */
async function nextFrame(): Promise<void> {
  await act(async () => {
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(1);
  });
}

describe('staged mount', () => {
  test('disabled, every stage is there from the first render', () => {
    const { result } = renderHook(() => useStagedMount(2, false));
    expect(result.current).toBe(2);
  });

  test('enabled, one stage per frame, and no further than the last', async () => {
    fakeFrames();
    const { result } = renderHook(() => useStagedMount(2, true));
    expect(result.current).toBe(0);
    await nextFrame();
    expect(result.current).toBe(1);
    await nextFrame();
    expect(result.current).toBe(2);
    await nextFrame();
    expect(result.current).toBe(2);
  });

  test('a page that draws no frame (hidden) still comes whole', async () => {
    fakeFrames();
    const { result } = renderHook(() => useStagedMount(2, true));
    // Timers only, never a frame.
    await act(async () => vi.advanceTimersByTime(100));
    expect(result.current).toBe(1);
    await act(async () => vi.advanceTimersByTime(100));
    expect(result.current).toBe(2);
  });

  test('the staged app: the cluster and the inspector first, the settings a frame later, the event log after them', async () => {
    fakeFrames();
    const store = createAppStore();
    render(<App store={store} syncUrl={false} staged />);
    expect(screen.getAllByRole('button', { name: /^S\d,/ })).toHaveLength(5);
    expect(screen.queryByRole('heading', { name: 'Scenario' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Event log' })).toBeNull();
    await nextFrame();
    expect(screen.getByRole('heading', { name: 'Scenario' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Event log' })).toBeNull();
    await nextFrame();
    expect(screen.getByRole('heading', { name: 'Event log' })).toBeTruthy();
  });

  test('a remount of a page that came whole (a language switch) is not staged again', async () => {
    fakeFrames();
    const store = createAppStore();
    const first = render(<App store={store} syncUrl={false} staged />);
    await nextFrame();
    await nextFrame();
    expect(screen.getByRole('heading', { name: 'Event log' })).toBeTruthy();
    first.unmount();
    render(<App store={store} syncUrl={false} staged />);
    expect(screen.getByRole('heading', { name: 'Scenario' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Event log' })).toBeTruthy();
  });
});
