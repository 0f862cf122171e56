// The words of a run exist in both languages: every key a protocol or the engine emits (notes,
// action outcomes, reasons nested in them, timer names, fates, invariant descriptions, violation
// details), collected from real runs of every protocol — each lesson's scenario and random fault
// schedules from src/explore over the protocols' parameter variants — is in the English and the
// Chinese catalogs; a real run renders in Chinese in zh-CN and in English for the CLI.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRACE_KINDS } from '../../src/engine/trace-log';
import type { Note } from '../../src/engine/types';
import { renderNote } from '../../src/i18n/note';
import { addWords, ownText, speakNow } from '../../src/i18n/translate';
import { zhCN } from '../../src/i18n/zh-CN';
import { runWords as enRunWords } from '../../src/i18n/en/run-words';
import { errors as enErrors } from '../../src/i18n/en/errors';
import { runWords as zhRunWords } from '../../src/i18n/zh-CN/run-words';
import { errors as zhErrors } from '../../src/i18n/zh-CN/errors';

const enTraceWords = { ...enRunWords, ...enErrors };
const zhTraceWords = { ...zhRunWords, ...zhErrors };
import { lessonScenarioAt } from '../../src/lessons/check';
import { LESSONS } from '../../src/lessons/library';
import { createSimulation } from '../../src/scenario/simulate';
import { computeRun } from '../../src/store/compute-run';
import { traceLine } from '../../src/ui/trace-lines';
import { chainStepText, violationChain } from '../../src/ui/violation-chain';
import { PROTOCOL_NAMES } from '../../src/protocols/registry';
import { runKeys, runScenarios } from './run-scenarios';

const CJK = /[\u4e00-\u9fff]/;

describe('the words of a run, in both languages', () => {
  const keys = new Set<string>();
  const protocolsSeen = new Set<string>();
  const invariantsBroken = new Set<string>();

  beforeAll(() => {
    addWords(zhCN, 'zh-CN');
    for (const scenario of runScenarios()) {
      const sim = createSimulation(scenario);
      sim.runUntil(scenario.until);
      runKeys(sim, keys);
      protocolsSeen.add(scenario.protocol);
      for (const v of sim.violations) invariantsBroken.add(v.invariant);
    }
  }, 240_000);

  afterAll(() => speakNow('en'));

  it('the runs reach every protocol, most notes and some violations', () => {
    expect([...protocolsSeen].sort()).toEqual([...PROTOCOL_NAMES].sort());
    expect(keys.size).toBeGreaterThan(120);
    expect(invariantsBroken.size).toBeGreaterThanOrEqual(4);
  });

  it('every key a run emits is in the English catalog', () => {
    expect([...keys].filter((key) => ownText(key, 'en') === undefined)).toEqual([]);
  });

  it('every key a run emits is in the Chinese catalog', () => {
    expect([...keys].filter((key) => ownText(key, 'zh-CN') === undefined)).toEqual([]);
  });

  it('the two catalogs of run words have the same keys, each with the same placeholders', () => {
    expect(Object.keys(zhTraceWords).sort()).toEqual(Object.keys(enTraceWords).sort());
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const en: Record<string, string> = enTraceWords;
    const zh: Record<string, string> = zhTraceWords;
    for (const key of Object.keys(en)) expect(placeholders(zh[key] ?? ''), key).toEqual(placeholders(en[key]));
  });
});

describe('rendering a real run', () => {
  beforeAll(() => addWords(zhCN, 'zh-CN'));
  afterAll(() => speakNow('en'));

  const lesson = LESSONS.find((l) => l.id === '3pc-partition')!;
  const run = computeRun(lessonScenarioAt(lesson, lesson.steps.length - 1)!).record;

  it('in zh-CN: notes, actions and timers read in Chinese, with no placeholder left', () => {
    speakNow('zh-CN');
    let lines = 0;
    for (let i = 0; i < run.trace.count; i++) {
      const kind = TRACE_KINDS[run.trace.kind[i]];
      const { text } = traceLine(run, i);
      expect(text).not.toMatch(/\{\{|\}\}|\[object/);
      if (kind === 'note' || kind === 'action' || kind === 'timer' || kind === 'lost') {
        expect(text, text).toMatch(CJK);
        lines++;
      }
    }
    expect(lines).toBeGreaterThan(5);
    const violation = run.violations.find((v) => v.invariant === 'Atomicity')!;
    expect(renderNote(violation.detail)).toBe('T1 在 S1 上提交，却在 S2 上中止');
    const chain = violationChain(run, violation);
    // The chain's own frames (chain.*) are the classroom catalog's; what this layer fills in is Chinese.
    expect(chainStepText(chain.steps[3])).toContain('T1 决定');
    expect(chainStepText(chain.steps[4])).toMatch(/S2 在 T1 上处于不确定状态时超时.*中止/);
  });

  it('in English, whatever the page speaks, when asked for English', () => {
    speakNow('zh-CN');
    for (let i = 0; i < run.trace.count; i++) expect(traceLine(run, i, 'en').text).not.toMatch(CJK);
    const violation = run.violations.find((v) => v.invariant === 'Atomicity')!;
    expect(renderNote(violation.detail, 'en')).toBe('T1 was committed at S1 but aborted at S2');
  });

  it('nested reasons render in the same language as their sentence', () => {
    const note: Note = {
      key: 'raft.rejects',
      params: { node: 2, value: 'x', why: { key: 'raft.why.electionInProgress', params: { role: { key: 'raft.role.candidate' } } } },
    };
    expect(renderNote(note, 'en')).toBe('S2 rejects request "x": an election is in progress (candidate)');
    expect(renderNote(note, 'zh-CN')).toBe('S2 拒绝请求“x”：选举正在进行（候选人）');
    const list: Note = { key: 'commit.why.voteTimeout', params: { missing: [3, 4] } };
    expect(renderNote(list, 'en')).toBe('vote timeout (no vote from S3, S4)');
    expect(renderNote(list, 'zh-CN')).toBe('投票超时（没有收到 S3、S4 的投票）');
  });
});

describe('the command line speaks English', () => {
  it('prints the violation of the 3PC partition lesson in English', () => {
    const lesson = LESSONS.find((l) => l.id === '3pc-partition')!;
    const dir = mkdtempSync(join(tmpdir(), 'consensus-lab-words-'));
    const path = join(dir, 'scenario.json');
    writeFileSync(path, JSON.stringify(lessonScenarioAt(lesson, lesson.steps.length - 1)));
    const shiviz = join(dir, 'run.log');
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'run', path, '--export', 'shiviz', shiviz], {
      cwd: join(__dirname, '..', '..'),
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, LANG: 'zh_CN.UTF-8', LC_ALL: 'zh_CN.UTF-8', LANGUAGE: 'zh_CN' },
    });
    expect(result.status).toBe(1);
    const summary = JSON.parse(result.stdout);
    expect(summary.violations).toContainEqual({ at: expect.any(Number), invariant: 'Atomicity', detail: 'T1 was committed at S1 but aborted at S2' });
    expect(result.stdout).not.toMatch(CJK);
    const log = spawnSync('cat', [shiviz], { encoding: 'utf8' }).stdout;
    expect(log).toContain('S2 timed out uncertain on T1, no PreCommit: aborts (Skeen: w → abort)');
    expect(log).not.toMatch(CJK);
  }, 60_000);
});
