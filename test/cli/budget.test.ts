// `sim run` reports a budget stop in its JSON and exits as usual (issue 16): a hostile scenario
// ends quickly with exit 0 and a `budget` object; a normal run prints `budget: null`.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');

function run(scenario: unknown) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'run', '-'], {
    cwd: root,
    input: JSON.stringify(scenario),
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, out: result.stdout ? JSON.parse(result.stdout) : null, stderr: result.stderr };
}

describe('sim run under the budget', () => {
  it('a 60 s-latency flood ends early: budget { at, reason, limit }, exit 0', () => {
    const { code, out, stderr } = run({
      version: 1,
      protocol: 'raft',
      nodes: 9,
      until: 600000,
      network: { latencyMsMin: 60000, latencyMsMax: 60000, duplicateRatio: 1 },
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(out.budget).toEqual({ at: out.time, reason: 'inFlight', limit: 5000 });
    expect(out.time).toBeLessThan(600000);
  });

  it('a run that fits prints budget: null', () => {
    const { code, out } = run({ version: 1, protocol: 'paxos', nodes: 3, until: 2000 });
    expect(code).toBe(0);
    expect(out.budget).toBeNull();
    expect(out.time).toBe(2000);
  });
});
