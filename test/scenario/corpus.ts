// The hostile corpus: scenario texts as an attacker (or a careless editor) writes them, each
// with what the validator must say. Shared by hostile.test.ts (every door) and schema.test.ts
// (the JSON Schema agrees with the validator). `validatorOnly` names the rule, spanning fields
// or beyond JSON Schema, that only the validator applies: the schema accepts those.

export interface CorpusCase {
  name: string;
  /** The text of a file or an inflated link. */
  text: string;
  /** Whether the validator accepts it. */
  ok: boolean;
  /** Rejected by a rule the JSON Schema cannot express (the schema accepts the case). */
  validatorOnly?: string;
}

const base = { version: 1, protocol: 'raft' };
const json = (value: unknown) => JSON.stringify(value);
const good = (name: string, value: unknown): CorpusCase => ({ name, text: typeof value === 'string' ? value : json(value), ok: true });
const bad = (name: string, value: unknown, validatorOnly?: string): CorpusCase => ({
  name,
  text: typeof value === 'string' ? value : json(value),
  ok: false,
  ...(validatorOnly ? { validatorOnly } : {}),
});

const x64 = 'x'.repeat(64);
const heals = (count: number) => Array.from({ length: count }, (_, i) => ({ at: i % 1000, do: 'heal' }));

export const CORPUS: CorpusCase[] = [
  // Accepted: the smallest scenarios, limits reached exactly, odd but legal spellings.
  good('minimal raft', base),
  good('minimal paxos', { version: 1, protocol: 'paxos' }),
  good('minimal 2pc', { version: 1, protocol: '2pc' }),
  good('minimal 3pc', { version: 1, protocol: '3pc' }),
  good('with $schema for editors', { $schema: 'https://example.org/scenario.schema.json', ...base }),
  good('leading BOM', '\ufeff' + json(base)),
  good('numbers at the top of their ranges', { ...base, seed: 4294967295, nodes: 9, until: 600000, network: { latencyMsMin: 60000, latencyMsMax: 60000, dropRatio: 1, duplicateRatio: 1 } }),
  good('numbers at the bottom of their ranges', { ...base, seed: 0, nodes: 1, until: 1, network: { latencyMsMin: 0, latencyMsMax: 0, dropRatio: 0, duplicateRatio: 0 } }),
  good('negative zero', '{"version":1,"protocol":"raft","seed":-0,"network":{"dropRatio":-0}}'),
  good('an integer written as 1.0 and 1e3', '{"version":1,"protocol":"raft","seed":1.0,"until":1e3}'),
  good('a 64-character value', { ...base, actions: [{ at: 1, do: 'request', node: 1, value: x64 }] }),
  good('control characters and bidi in a value', { ...base, actions: [{ at: 1, do: 'request', node: 1, value: '\u001b]0;t\u0007\u202e\n' }] }),
  good('2pc transactions named like prototype keys', { version: 1, protocol: '2pc', actions: ['__proto__', 'constructor', 'toString'].map((value, i) => ({ at: i, do: 'request', node: 1, value })) }),
  good('every raft parameter', { ...base, params: { electionTimeoutMsMin: 1, electionTimeoutMsMax: 60000, heartbeatMs: 1, maxEntriesPerAppend: 1000, leaderNoop: false, preVote: true, checkQuorum: true, unsafeCommitOldTerms: false } }),
  good('2pc votes and termination', { version: 1, protocol: '2pc', nodes: 9, params: { votes: { 2: 'no', 9: 'yes' }, termination: 'cooperative' } }),
  good('3pc quorum termination', { version: 1, protocol: '3pc', params: { termination: 'quorum', votes: {} } }),
  good('every action kind', {
    ...base,
    actions: [
      { at: 1, do: 'crash', node: 1 },
      { at: 2, do: 'restart', node: 1 },
      { at: 3, do: 'partition', groups: [[1, 2], [3, 4, 5]] },
      { at: 4, do: 'heal' },
      { at: 5, do: 'cut', from: 1, to: 2 },
      { at: 6, do: 'restore', from: 1, to: 2 },
      { at: 7, do: 'timeout', node: 3 },
      { at: 8, do: 'request', node: 1, value: 'x=1' },
      { at: 9, do: 'drop', message: 0 },
      { at: 10, do: 'duplicate', message: 100000000 },
      { at: 11, do: 'delay', message: 3, byMs: 60000 },
      { at: 12, do: 'network', dropRatio: 0.5 },
    ],
  }),
  good('10 000 actions', { ...base, actions: heals(10_000) }),
  good('network actions raising the maximum first', { ...base, actions: [{ at: 5, do: 'network', latencyMsMax: 500 }, { at: 6, do: 'network', latencyMsMin: 400 }] }),

  // Rejected by the shape: the JSON Schema says no too.
  bad('not an object', '[]'),
  bad('a string', '"raft"'),
  bad('null', 'null'),
  bad('missing version', { protocol: 'raft' }),
  bad('version 2', { version: 2, protocol: 'raft' }),
  bad('version as text', { version: '1', protocol: 'raft' }),
  bad('unknown protocol', { version: 1, protocol: 'zab' }),
  bad('protocol with an escape sequence', { version: 1, protocol: 'raft\u001b[2J' }),
  bad('a 2 MB-ish protocol name', { version: 1, protocol: 'p'.repeat(100_000) }),
  bad('seed -1', { ...base, seed: -1 }),
  bad('seed MAX+1', { ...base, seed: 4294967296 }),
  bad('seed 1e308', { ...base, seed: 1e308 }),
  bad('seed NaN as text', { ...base, seed: 'NaN' }),
  bad('seed fractional', { ...base, seed: 1.5 }),
  bad('nodes 0', { ...base, nodes: 0 }),
  bad('nodes 10', { ...base, nodes: 10 }),
  bad('until 0', { ...base, until: 0 }),
  bad('until MAX+1', { ...base, until: 600001 }),
  bad('latency MAX+1', { ...base, network: { latencyMsMax: 60001 } }),
  bad('dropRatio 1.5', { ...base, network: { dropRatio: 1.5 } }),
  bad('dropRatio -0.1', { ...base, network: { dropRatio: -0.1 } }),
  bad('unknown top-level field', { ...base, colour: 'red' }),
  bad('__proto__ at the top', '{"version":1,"protocol":"raft","__proto__":{"polluted":true}}'),
  bad('constructor at the top', '{"version":1,"protocol":"raft","constructor":{"prototype":{"polluted":true}}}'),
  bad('a key with a newline', { ...base, 'bad\nkey': 1 }),
  bad('a 10 000-character key', { ...base, ['k'.repeat(10_000)]: 1 }),
  bad('unknown network field', { ...base, network: { jitter: 3 } }),
  bad('network as an array', { ...base, network: [] }),
  bad('params as an array', { ...base, params: [] }),
  bad('actions as an object', { ...base, actions: {} }),
  bad('an action as an array', { ...base, actions: [[]] }),
  bad('unknown action', { ...base, actions: [{ at: 1, do: 'explode' }] }),
  bad('action without at', { ...base, actions: [{ do: 'heal' }] }),
  bad('action with an extra field', { ...base, actions: [{ at: 1, do: 'heal', node: 1 }] }),
  bad('action __proto__ field', '{"version":1,"protocol":"raft","actions":[{"at":1,"do":"heal","__proto__":{"polluted":true}}]}'),
  bad('a 65-character value', { ...base, actions: [{ at: 1, do: 'request', node: 1, value: x64 + 'x' }] }),
  bad('empty partition', { ...base, actions: [{ at: 1, do: 'partition', groups: [] }] }),
  bad('10 001 actions', { ...base, actions: heals(10_001) }),
  bad('a network action that changes nothing', { ...base, actions: [{ at: 1, do: 'network' }] }),
  bad('unknown raft parameter', { ...base, params: { speed: 1 } }),
  bad('params __proto__', '{"version":1,"protocol":"raft","params":{"__proto__":{"polluted":true}}}'),
  bad('params constructor', '{"version":1,"protocol":"raft","params":{"constructor":1}}'),
  bad('params prototype', '{"version":1,"protocol":"raft","params":{"prototype":1}}'),
  bad('a parameter of another protocol', { ...base, params: { termination: 'quorum' } }),
  bad('parameter as text', { ...base, params: { heartbeatMs: '50' } }),
  bad('parameter out of range', { ...base, params: { heartbeatMs: 0 } }),
  bad('boolean parameter as a number', { ...base, params: { preVote: 1 } }),
  bad('enum parameter unknown', { version: 1, protocol: '2pc', params: { termination: 'maybe' } }),
  bad('votes key not a node id', { version: 1, protocol: '2pc', params: { votes: { 0: 'no' } } }),
  bad('votes __proto__ key', '{"version":1,"protocol":"2pc","params":{"votes":{"__proto__":"no"}}}'),
  bad('votes value unknown', { version: 1, protocol: '2pc', params: { votes: { 2: 'maybe' } } }),
  bad('2pc with one node', { version: 1, protocol: '2pc', nodes: 1 }),
  bad('deep nesting in actions (100 000 levels)', '{"version":1,"protocol":"raft","actions":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}'),
  bad('deep nesting in a parameter', '{"version":1,"protocol":"raft","params":{"heartbeatMs":' + '['.repeat(50_000) + ']'.repeat(50_000) + '}}'),
  bad('deep nesting of objects', '{"version":1,"protocol":"raft","network":' + '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000) + '}'),
  bad('a huge array of numbers', '{"version":1,"protocol":"raft","actions":[' + '0,'.repeat(600_000) + '0]}'),

  // Rejected by rules across fields or beyond JSON Schema: the validator alone says no.
  bad('node id above nodes', { ...base, nodes: 3, actions: [{ at: 1, do: 'crash', node: 5 }] }, 'node ids within nodes'),
  bad('action after the end of the run', { ...base, until: 1000, actions: [{ at: 2000, do: 'heal' }] }, 'at within until'),
  bad('latencyMsMin above latencyMsMax', { ...base, network: { latencyMsMin: 50, latencyMsMax: 10 } }, 'latencyMsMin ≤ latencyMsMax'),
  bad('a network action raising the minimum above the maximum', { ...base, actions: [{ at: 5, do: 'network', latencyMsMin: 500 }] }, 'latency range in force at every point'),
  bad('a link from a node to itself', { ...base, actions: [{ at: 1, do: 'cut', from: 2, to: 2 }] }, 'from ≠ to'),
  bad('a node in two partition groups', { ...base, actions: [{ at: 1, do: 'partition', groups: [[1, 2], [2, 3]] }] }, 'groups are disjoint'),
  bad('votes for a node beyond nodes', { version: 1, protocol: '2pc', nodes: 3, params: { votes: { 9: 'no' } } }, 'node ids within nodes'),
  bad('a value of 64 astral characters (128 UTF-16 units)', { ...base, actions: [{ at: 1, do: 'request', node: 1, value: '😀'.repeat(64) }] }, 'lengths in UTF-16 units'),

  // Not JSON at all: the text door says no before any schema applies.
  bad('truncated', json(base).slice(0, 20)),
  bad('empty', ''),
  bad('NaN literal', '{"version":1,"protocol":"raft","seed":NaN}'),
  bad('Infinity literal', '{"version":1,"protocol":"raft","seed":Infinity}'),
  bad('trailing comma', '{"version":1,"protocol":"raft",}'),
  bad('raw control character in a string', '{"version":1,"protocol":"raft\u001b[2J"}'),
  bad('raw newline in a key', '{"version":1,"protocol":"raft","a\nb":1}'),
  bad('two BOMs', '\ufeff\ufeff' + json(base)),
  bad('a lone surrogate escape', '{"version":1,"protocol":"\\ud800"}'),
  bad('comments', '// scenario\n' + json(base)),
  bad('100 000 levels of [', '['.repeat(100_000)),
];

/** The texts that are JSON (after a leading BOM), parsed: what the JSON Schema is checked on. */
export function parsedJson(text: string): { json: unknown } | null {
  try {
    return { json: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch {
    return null;
  }
}
