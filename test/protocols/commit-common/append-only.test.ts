// The append-only stores checkpoints share (append-only.ts, CommitLog): a saved store never sees
// what is written after it; a restored store replays the same records without copying; one that
// writes something else (a fork) copies its own prefix and leaves every other holder intact.

import { describe, expect, it } from 'vitest';
import { AppendOnlyMap } from '../../../src/protocols/commit-common/append-only';
import { CommitLog } from '../../../src/protocols/commit-common/log';

const entries = (map: AppendOnlyMap) => map.entries();
const records = (log: CommitLog) => Array.from({ length: log.length }, (_, i) => [log.kind(i), log.at(i), log.label(i)]);

describe('AppendOnlyMap', () => {
  it('keeps the first value per key, for any label (`__proto__` too)', () => {
    const map = AppendOnlyMap.empty();
    expect(map.add('__proto__', 1)).toBe(true);
    expect(map.add('__proto__', 2)).toBe(false);
    expect(map.add('constructor', 3)).toBe(true);
    expect([map.get('__proto__'), map.get('constructor'), map.get('toString')]).toEqual([1, 3, undefined]);
    expect(entries(map)).toEqual([['__proto__', 1], ['constructor', 3]]);
  });

  it('a saved store does not see later additions; a restored one replays them without copying, or forks', () => {
    const live = AppendOnlyMap.empty();
    live.add('a', 10);
    const saved = live.share();
    live.add('b', 11);
    live.add('c', 12);
    expect([saved.size, saved.get('b'), saved.has('c')]).toEqual([1, undefined, false]);

    // Restored from `saved`: the same next record is stepped over (and then seen).
    const replay = saved.share();
    expect(replay.add('b', 11)).toBe(true);
    expect(entries(replay)).toEqual([['a', 10], ['b', 11]]);
    expect(replay.get('c')).toBeUndefined();

    // Restored from `saved` again, writing something else: a fork of its own.
    const fork = saved.share();
    fork.add('c', 99);
    fork.add('d', 13);
    expect(entries(fork)).toEqual([['a', 10], ['c', 99], ['d', 13]]);
    expect(fork.get('b')).toBeUndefined();
    // Nobody else changed.
    expect(entries(saved)).toEqual([['a', 10]]);
    expect(entries(live)).toEqual([['a', 10], ['b', 11], ['c', 12]]);
    expect(live.get('c')).toBe(12);
    expect(fork.get('c')).toBe(99);
  });
});

describe('CommitLog', () => {
  it('shares its columns with a saved copy, which keeps its records whatever is appended later', () => {
    const live = CommitLog.empty();
    live.append('start', 0, 't1');
    const saved = live.share();
    live.append('commit', 20, 't1');
    expect(records(saved)).toEqual([['start', 0, 't1']]);

    const replay = saved.share();
    replay.append('commit', 20, 't1');
    expect(records(replay)).toEqual(records(live));

    const fork = saved.share();
    fork.append('abort', 25, 't1');
    fork.append('end', 30, 't1');
    expect(records(fork)).toEqual([['start', 0, 't1'], ['abort', 25, 't1'], ['end', 30, 't1']]);
    expect(records(live)).toEqual([['start', 0, 't1'], ['commit', 20, 't1']]);
    expect(records(saved)).toEqual([['start', 0, 't1']]);
  });
});
