import { describe, expect, it } from 'vitest';
import { defaultScenario, parseScenario, parseScenarioText } from '../../src/scenario/validate';

const base = { version: 1, protocol: 'raft' };
const error = (input: unknown) => {
  const result = parseScenario(input);
  if (result.ok) throw new Error('expected a rejection');
  return result.error;
};

describe('scenario format v1: defaults', () => {
  it('fills every omitted field', () => {
    const result = parseScenario(base);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario).toMatchObject({
      version: 1,
      protocol: 'raft',
      seed: 1,
      nodes: 5,
      until: 10_000,
      network: { latencyMsMin: 10, latencyMsMax: 30, dropRatio: 0, duplicateRatio: 0 },
      actions: [],
    });
  });

  it('accepts the DESIGN.md example', () => {
    const result = parseScenario({
      version: 1,
      protocol: 'raft',
      seed: 42,
      nodes: 5,
      until: 10000,
      network: { latencyMsMin: 10, latencyMsMax: 30, dropRatio: 0, duplicateRatio: 0 },
      params: {},
      actions: [
        { at: 1000, do: 'crash', node: 1 },
        { at: 3000, do: 'restart', node: 1 },
        { at: 1500, do: 'partition', groups: [[1, 2], [3, 4, 5]] },
        { at: 2500, do: 'heal' },
        { at: 1200, do: 'cut', from: 1, to: 2 },
        { at: 1300, do: 'restore', from: 1, to: 2 },
        { at: 700, do: 'timeout', node: 3 },
        { at: 500, do: 'request', node: 1, value: 'x=1' },
        { at: 900, do: 'drop', message: 17 },
        { at: 2000, do: 'network', dropRatio: 0.1 },
        { at: 2100, do: 'duplicate', message: 20 },
        { at: 2200, do: 'delay', message: 21, byMs: 100 },
      ],
    });
    expect(result.ok ? 'ok' : result.error).toBe('ok');
  });

  it('gives every protocol a default scenario', () => {
    for (const protocol of ['raft', 'paxos', '2pc', '3pc'] as const) expect(defaultScenario(protocol).protocol).toBe(protocol);
  });
});

describe('scenario format v1: bad input names the field', () => {
  it('wrong types', () => {
    expect(error({ ...base, seed: 'x' })).toMatch(/^seed: /);
    expect(error({ ...base, nodes: 2.5 })).toMatch(/^nodes: expected an integer/);
    expect(error({ ...base, network: { dropRatio: '0.1' } })).toMatch(/^network\.dropRatio: /);
    expect(error({ ...base, actions: {} })).toMatch(/^actions: /);
    expect(error({ ...base, actions: [{ at: 1, do: 'crash', node: '1' }] })).toMatch(/^actions\[0\]\.node: /);
    expect(error(null)).toMatch(/^scenario: /);
    expect(error([])).toMatch(/^scenario: /);
  });

  it('missing version or protocol', () => {
    expect(error({ protocol: 'raft' })).toMatch(/^version: /);
    expect(error({ version: 2, protocol: 'raft' })).toMatch(/^version: expected 1/);
    expect(error({ version: 1 })).toMatch(/^protocol: /);
  });

  it('unknown fields, at any depth', () => {
    expect(error({ ...base, colour: 'red' })).toBe('colour: unknown field');
    expect(error({ ...base, network: { jitter: 3 } })).toBe('network.jitter: unknown field');
    expect(error({ ...base, actions: [{ at: 1, do: 'heal', node: 1 }] })).toBe('actions[0].node: unknown field');
    expect(error({ ...base, params: { speed: 1 } })).toMatch(/^params\.speed: unknown parameter for raft/);
  });

  it('unknown protocol and unknown action', () => {
    expect(error({ version: 1, protocol: 'zab' })).toMatch(/^protocol: expected .*"raft".* but received "zab"/);
    expect(error({ ...base, actions: [{ at: 1, do: 'explode' }] })).toMatch(/^actions\[0\]\.do: /);
  });

  it('out-of-range node ids and values', () => {
    expect(error({ ...base, nodes: 3, actions: [{ at: 1, do: 'crash', node: 4 }] })).toBe('actions[0].node: node 4 does not exist (nodes are 1..3)');
    expect(error({ ...base, actions: [{ at: 1, do: 'cut', from: 1, to: 1 }] })).toMatch(/^actions\[0\]\.to: /);
    expect(error({ ...base, nodes: 3, actions: [{ at: 1, do: 'partition', groups: [[1], [2, 9]] }] })).toMatch(/^actions\[0\]\.groups\[1\]\[1\]: /);
    expect(error({ ...base, actions: [{ at: 1, do: 'partition', groups: [[1, 2], [2, 3]] }] })).toMatch(/node 2 is in two groups/);
    expect(error({ ...base, nodes: 0 })).toMatch(/^nodes: /);
    expect(error({ ...base, network: { dropRatio: 1.5 } })).toMatch(/^network\.dropRatio: 1\.5 is above the maximum 1/);
    expect(error({ ...base, network: { latencyMsMin: 50, latencyMsMax: 10 } })).toMatch(/^network\.latencyMsMax: /);
    expect(error({ ...base, until: 1000, actions: [{ at: 2000, do: 'heal' }] })).toMatch(/^actions\[0\]\.at: 2000 is after the end/);
    expect(error({ version: 1, protocol: '2pc', nodes: 1 })).toMatch(/^nodes: 2pc needs at least 2 nodes/);
    expect(error({ ...base, actions: [{ at: -1, do: 'heal' }] })).toMatch(/^actions\[0\]\.at: /);
    expect(error({ ...base, actions: [{ at: 1, do: 'network' }] })).toMatch(/^actions\[0\]: a network action changes/);
  });

  it('oversized scenarios: limits keep a hostile file harmless', () => {
    expect(error({ ...base, nodes: 10 })).toBe('nodes: 10 is above the maximum 9');
    expect(error({ ...base, until: 600_001 })).toMatch(/^until: /);
    const many = Array.from({ length: 10_001 }, () => ({ at: 1, do: 'heal' }));
    expect(error({ ...base, actions: many })).toMatch(/^actions: too long \(at most 10000\)/);
    expect(error({ ...base, actions: [{ at: 1, do: 'request', node: 1, value: 'x'.repeat(65) }] })).toMatch(/^actions\[0\]\.value: too long/);
    expect(parseScenarioText('{' + ' '.repeat(2_000_001) + '}')).toMatchObject({ ok: false, error: expect.stringMatching(/larger than/) });
  });

  it('text that is not JSON gets a one-line message', () => {
    const result = parseScenarioText('{"version": 1,\n oops');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(/^scenario: not valid JSON/);
      expect(result.error).not.toContain('\n');
    }
  });

  it('never throws, whatever it is given', () => {
    const inputs: unknown[] = [undefined, 0, 'raft', true, { version: 1, protocol: { toString: 1 } }, { __proto__: { version: 1 } }];
    for (const input of inputs) expect(() => parseScenario(input)).not.toThrow();
  });
});

describe('scenario format v1: arrays are not objects', () => {
  it('rejects an array where an object belongs', () => {
    expect(error({ ...base, network: [] })).toBe('network: expected an object but received an array');
    expect(error({ ...base, params: [] })).toBe('params: expected an object but received an array');
    expect(error({ ...base, actions: [{ at: 1, do: 'heal' }, []] })).toBe('actions[1]: expected an object but received an array');
  });
});

describe('scenario format v1: hostile keys and values', () => {
  it('params rejects every unknown key, the prototype-looking ones included, naming it', () => {
    for (const key of ['__proto__', 'constructor', 'prototype', 'toString']) {
      const input = JSON.parse(`{"version":1,"protocol":"raft","params":{"${key}":{"polluted":1}}}`);
      expect(error(input)).toMatch(new RegExp(`^params\\.${key}: unknown parameter for raft`));
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a key with a newline or control characters is quoted and escaped, on one line', () => {
    const message = error({ ...base, ['bad\nkey\x1b[2J' + 'k'.repeat(100)]: 1 });
    expect(message).toMatch(/^\["bad\\nkey\\u001b\[2Jk+…"\]: unknown field$/);
    expect(message.length).toBeLessThan(100);
  });

  it('quotes at most ~60 characters of an offending value', () => {
    const message = error({ version: 1, protocol: 'zab'.repeat(100_000) });
    expect(message.length).toBeLessThan(150);
    expect(error({ ...base, actions: [{ at: 1, do: 'x'.repeat(1000) }] }).length).toBeLessThanOrEqual(200);
  });

  it('network actions keep latencyMsMin ≤ latencyMsMax in force at every point of the run', () => {
    const network = { latencyMsMin: 10, latencyMsMax: 30 };
    expect(error({ ...base, network, actions: [{ at: 5, do: 'network', latencyMsMin: 50 }] })).toMatch(/^actions\[0\]\.latencyMsMin: from 5 ms the latency would be 50\.\.30 ms/);
    expect(error({ ...base, network, actions: [{ at: 5, do: 'network', latencyMsMax: 5 }] })).toMatch(/^actions\[0\]\.latencyMsMax: /);
    // Applied in time order, not list order: the raise of the maximum comes first.
    expect(parseScenario({ ...base, network, actions: [{ at: 9, do: 'network', latencyMsMin: 50 }, { at: 3, do: 'network', latencyMsMax: 80 }] }).ok).toBe(true);
    expect(error({ ...base, network, actions: [{ at: 3, do: 'network', latencyMsMin: 50 }, { at: 9, do: 'network', latencyMsMax: 80 }] })).toMatch(/^actions\[0\]\./);
    // Equal times: in list order, as the engine applies them.
    expect(error({ ...base, network, actions: [{ at: 3, do: 'network', latencyMsMin: 50 }, { at: 3, do: 'network', latencyMsMax: 80 }] })).toMatch(/^actions\[0\]\./);
    expect(parseScenario({ ...base, network, actions: [{ at: 3, do: 'network', latencyMsMin: 50, latencyMsMax: 80 }, { at: 4, do: 'network', latencyMsMin: 5, latencyMsMax: 6 }] }).ok).toBe(true);
  });

  it("a protocol's parameter ranges keep their minimum at or below their maximum", () => {
    expect(error({ version: 1, protocol: 'raft', params: { electionTimeoutMsMin: 400 } })).toBe('params.electionTimeoutMsMax: 300 is below params.electionTimeoutMsMin (400)');
    expect(error({ version: 1, protocol: 'raft', params: { electionTimeoutMsMin: 300, electionTimeoutMsMax: 200 } })).toMatch(/^params\.electionTimeoutMsMax: 200 is below/);
    expect(parseScenario({ version: 1, protocol: 'raft', params: { electionTimeoutMsMin: 300, electionTimeoutMsMax: 300 } }).ok).toBe(true);
    expect(error({ version: 1, protocol: 'paxos', params: { retryMsMin: 50, retryMsMax: 20 } })).toMatch(/^params\.retryMsMax: 20 is below params\.retryMsMin/);
    expect(parseScenario({ version: 1, protocol: 'paxos', params: { retryMsMin: 0, retryMsMax: 0 } }).ok).toBe(true);
  });

  it('a leading byte order mark is dropped', () => {
    expect(parseScenarioText('\ufeff{"version":1,"protocol":"raft"}').ok).toBe(true);
  });

  it('the nodeMap parameter keeps only checked node ids', () => {
    const result = parseScenario({ version: 1, protocol: '2pc', nodes: 3, params: { votes: { 2: 'no' } } });
    expect(result.ok && result.scenario.params.votes).toEqual({ 2: 'no' });
    expect(error(JSON.parse('{"version":1,"protocol":"2pc","params":{"votes":{"__proto__":"no"}}}'))).toMatch(/^params\.votes\.__proto__: not a node id/);
  });
});
