// `sim run --export shiviz|json FILE`: the summary as before on stdout, and the run in the file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseShivizLog } from '../../src/export/shiviz';

const root = join(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'consensus-lab-export-'));
const input = join(dir, 'paxos.json');
writeFileSync(input, JSON.stringify({ version: 1, protocol: 'paxos', seed: 5, nodes: 3, until: 2000, actions: [{ at: 100, do: 'request', node: 1, value: 'v' }] }));

const sim = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });

describe('sim run --export', () => {
  it('writes a ShiViz log that parses back', () => {
    const out = join(dir, 'run.log');
    const result = sim(['run', input, '--export', 'shiviz', out]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).protocol).toBe('paxos');
    const events = parseShivizLog(readFileSync(out, 'utf8'));
    expect(events.slice(0, 3).map((e) => e.host)).toEqual(['S1', 'S2', 'S3']);
    expect(events.length).toBeGreaterThan(10);
  });

  it('writes the JSON of events and messages', () => {
    const out = join(dir, 'run.json');
    expect(sim(['run', '--export', 'json', out, input]).status).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.protocol).toBe('paxos');
    expect(json.messages.length).toBeGreaterThan(0);
  });

  it('rejects an unknown export kind as bad input', () => {
    const result = sim(['run', input, '--export', 'xml', join(dir, 'x')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--export/);
  });
});
