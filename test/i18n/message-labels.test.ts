// Message labels are words as data (issue 12): protocols describe a message as its type and a
// Note. Rendered in English, every label of real runs (each lesson's scenario, random fault
// schedules over the protocols' parameter variants) is byte for byte the string the protocols
// built before (the old describe functions are kept below as the fixture), so the CLI and the
// exports do not change; rendered in Chinese, every label key exists, the words around the type
// name are Chinese, and the type name stays as the paper writes it. The store's label cache
// follows a language switch.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { englishNote, renderNote } from '../../src/i18n/note';
import { addWords, ownText, speakNow } from '../../src/i18n/translate';
import { zhCN } from '../../src/i18n/zh-CN';
import { messageLabels as enLabels } from '../../src/i18n/en/message-labels';
import { messageLabels as zhLabels } from '../../src/i18n/zh-CN/message-labels';
import { lessonScenarioAt } from '../../src/lessons/check';
import { LESSONS } from '../../src/lessons/library';
import { PROTOCOL_NAMES, type ProtocolName } from '../../src/protocols/registry';
import type { Scenario } from '../../src/scenario/format';
import { describeMessage, type RunRecord } from '../../src/store/run';
import { computeRun } from '../../src/store/compute-run';
import { traceLine } from '../../src/ui/trace-lines';
import { collectNote, randomSchedules } from './run-scenarios';

// ---------------------------------------------------------------------------------------------
// The fixture: the describe functions as they were when labels were English strings.
type Ballot = [number, number];
const formatBallot = (b: Ballot | null) => (b === null ? 'none' : `${b[0]}.${b[1]}`);
const compareBallots = (a: Ballot, b: Ballot) => a[0] - b[0] || a[1] - b[1];
const quote = (value: string) => `'${value}'`;
const entriesLabel = (count: number) => (count === 0 ? 'heartbeat' : count === 1 ? '1 entry' : `${count} entries`);

/* eslint-disable @typescript-eslint/no-explicit-any */
const OLD: Record<ProtocolName, (message: any) => string> = {
  raft(message) {
    switch (message.type) {
      case 'RequestVote':
        return `RequestVote(term ${message.term})`;
      case 'RequestVoteResponse':
        return `Vote(term ${message.term}, ${message.voteGranted ? 'granted' : 'denied'})`;
      case 'PreVote':
        return `PreVote(term ${message.term})`;
      case 'PreVoteResponse':
        return `PreVote reply(term ${message.term}, ${message.voteGranted ? 'granted' : 'denied'})`;
      case 'AppendEntries':
        return `AppendEntries(term ${message.term}, ${entriesLabel(message.entries.length)})`;
      case 'AppendEntriesResponse':
        return message.success
          ? `AppendEntries reply(term ${message.term}, ok, match ${message.index})`
          : `AppendEntries reply(term ${message.term}, refused at ${message.index})`;
      case 'ClientRequest':
        return `ClientRequest("${message.value}")`;
    }
    throw new Error(message.type);
  },
  paxos(message) {
    const b = formatBallot(message.ballot);
    switch (message.type) {
      case 'Prepare':
        return `Prepare(${b})`;
      case 'Promise': {
        const accepted = message.accepted;
        const detail = accepted === null ? 'none accepted' : `accepted ${formatBallot(accepted.ballot)}=${quote(accepted.value)}`;
        return `Promise(${b}, ${detail})`;
      }
      case 'Nack': {
        const relation = compareBallots(message.ballot, message.promised) < 0 ? '<' : '≤';
        return `Nack(${b} ${relation} ${formatBallot(message.promised)})`;
      }
      case 'Accept':
        return `Accept(${b}, ${quote(message.value)})`;
      case 'Accepted':
        return `Accepted(${b}, ${quote(message.value)})`;
    }
    throw new Error(message.type);
  },
  '2pc': (message) => `${message.type}(${message.t})`,
  '3pc'(message) {
    if (message.type === 'Ack') return `Ack(${message.t}, ${message.of})`;
    if (message.type === 'StateReply') return `StateReply(${message.t}, ${message.state})`;
    return `${message.type}(${message.t})`;
  },
};
/* eslint-enable @typescript-eslint/no-explicit-any */

// ---------------------------------------------------------------------------------------------
// Real runs.

function scenarios(): Scenario[] {
  const out: Scenario[] = [];
  for (const lesson of LESSONS) {
    const scenario = lessonScenarioAt(lesson, lesson.steps.length - 1);
    if (scenario) out.push(scenario);
  }
  for (const protocol of PROTOCOL_NAMES) out.push(...randomSchedules(protocol, 2000));
  return out;
}

const CJK = /[\u4e00-\u9fff]/;

describe('message labels', () => {
  const runs: RunRecord[] = [];
  const keys = new Set<string>();
  const types = new Set<string>();
  let compared = 0;
  const mismatches: string[] = [];

  beforeAll(() => {
    addWords(zhCN, 'zh-CN');
    for (const scenario of scenarios()) {
      const { record } = computeRun(scenario);
      runs.push(record);
      const old = OLD[scenario.protocol as ProtocolName];
      for (let id = 0; id < record.messages.count; id++) {
        const payload = record.messages.payloads.get(id);
        const { type, label } = record.protocol.describe(payload);
        collectNote(label, keys);
        types.add(`${scenario.protocol}:${type}`);
        const english = englishNote(label);
        if (english !== old(payload) && mismatches.length < 10) mismatches.push(`${english} ≠ ${old(payload)}`);
        compared++;
      }
    }
  }, 240_000);

  afterAll(() => speakNow('en'));

  it('the runs send every kind of message, many times', () => {
    expect(compared).toBeGreaterThan(10_000);
    for (const type of ['raft:RequestVote', 'raft:RequestVoteResponse', 'raft:PreVote', 'raft:PreVoteResponse', 'raft:AppendEntries', 'raft:AppendEntriesResponse', 'raft:ClientRequest'])
      expect(types).toContain(type);
    for (const type of ['Prepare', 'Promise', 'Nack', 'Accept', 'Accepted']) expect(types).toContain(`paxos:${type}`);
    for (const type of ['Ack', 'StateReply', 'PreCommit', 'DoCommit']) expect(types).toContain(`3pc:${type}`);
    expect(keys).toContain('label.raft.heartbeat');
    expect(keys).toContain('label.raft.oneEntry');
    expect(keys).toContain('label.paxos.accepted');
    expect(keys).toContain('label.paxos.noneAccepted');
  });

  it('in English, every label is byte for byte the string the protocols built before', () => {
    expect(mismatches).toEqual([]);
  });

  it('every label key of the runs is in both catalogs, with the same placeholders', () => {
    expect([...keys].filter((key) => ownText(key, 'en') === undefined)).toEqual([]);
    expect([...keys].filter((key) => ownText(key, 'zh-CN') === undefined)).toEqual([]);
    expect(Object.keys(zhLabels).sort()).toEqual(Object.keys(enLabels).sort());
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(enLabels)) expect(placeholders((zhLabels as Record<string, string>)[key]), key).toEqual(placeholders(text));
  });

  it('in Chinese, the words around the type name are Chinese and the type name stays', () => {
    const seen = new Set<string>();
    for (const run of runs.filter((r) => r.scenario.protocol === 'raft' || r.scenario.protocol === 'paxos')) {
      for (let id = 0; id < run.messages.count; id++) {
        const { type, label } = run.protocol.describe(run.messages.payloads.get(id));
        const zh = renderNote(label, 'zh-CN');
        expect(zh).not.toMatch(/\{\{|\}\}|\[object|label\./);
        // Labels with words (not "Prepare(1.2)", "Accept(2.1，“x”)"…) read in Chinese.
        if (!/^(Prepare|Nack|Accept|Accepted|RequestVote|PreVote|ClientRequest)$/.test(type)) expect(zh, zh).toMatch(CJK);
        expect(zh.startsWith(type === 'RequestVoteResponse' ? 'Vote' : type === 'PreVoteResponse' ? 'PreVote' : type === 'AppendEntriesResponse' ? 'AppendEntries' : type), zh).toBe(true);
        seen.add(zh);
      }
    }
    expect(seen).toContain('AppendEntries(任期 1，心跳)');
    expect([...seen].some((label) => /^Vote\(任期 \d+，同意\)$/.test(label))).toBe(true);
    expect([...seen].some((label) => /^Vote\(任期 \d+，拒绝\)$/.test(label))).toBe(true);
    expect([...seen].some((label) => /^Promise\(\d+\.\d+，未接受任何值\)$/.test(label))).toBe(true);
  });

  it('the store renders labels in the language asked for, and follows a language switch', () => {
    const run = runs.find((r) => r.scenario.protocol === 'raft')!;
    const id = [...Array(run.messages.count).keys()].find((i) => run.protocol.describe(run.messages.payloads.get(i)).type === 'AppendEntries')!;
    const payload = run.messages.payloads.get(id);
    speakNow('en');
    const english = describeMessage(run.protocol, payload).label;
    expect(english).toMatch(/^AppendEntries\(term \d+, /);
    speakNow('zh-CN');
    expect(describeMessage(run.protocol, payload).label).toMatch(/^AppendEntries\(任期 \d+，/);
    expect(describeMessage(run.protocol, payload, 'en').label).toBe(english);
    const deliver = [...Array(run.trace.count).keys()].find((i) => run.trace.ref[i] === id && run.trace.kind[i] !== undefined && traceLine(run, i).type === 'AppendEntries')!;
    expect(traceLine(run, deliver).text).toMatch(/任期/);
    expect(traceLine(run, deliver, 'en').text).toContain(english);
    speakNow('en');
    expect(describeMessage(run.protocol, payload).label).toBe(english);
  });
});
