// Scenario and link errors are words as data: the English line the CLI prints is unchanged, the
// same problem reads in Chinese, and hostile values stay quoted, clipped and escaped in both.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWords, speakNow } from '../../src/i18n/translate';
import { zhCN } from '../../src/i18n/zh-CN';
import { decodeShareFragment } from '../../src/scenario/link';
import { parseScenario, parseScenarioText, problemText } from '../../src/scenario/validate';

const CJK = /[\u4e00-\u9fff]/;

function failed(result: { ok: boolean }) {
  if (result.ok) throw new Error('expected a failure');
  return result as { ok: false; error: string; problem: Parameters<typeof problemText>[0] };
}

describe('scenario errors in both languages', () => {
  beforeAll(() => addWords(zhCN, 'zh-CN'));
  afterAll(() => speakNow('en'));

  it('a missing node: the English line, and the same problem in Chinese', () => {
    const r = failed(parseScenario({ version: 1, protocol: 'raft', actions: [{ at: 0, do: 'crash', node: 9 }] }));
    expect(r.error).toBe('actions[0].node: node 9 does not exist (nodes are 1..5)');
    expect(problemText(r.problem, 'en')).toBe(r.error);
    expect(problemText(r.problem, 'zh-CN')).toBe('actions[0].node：节点 9 不存在（节点为 1..5）');
  });

  it('a hostile value is quoted, clipped to 60 characters and escaped in Chinese too', () => {
    const hostile = '\u001b[2J\u202e' + 'x'.repeat(200);
    const r = failed(parseScenario({ version: 1, protocol: hostile }));
    const zh = problemText(r.problem, 'zh-CN');
    expect(zh).toMatch(CJK);
    expect(zh).toContain('"\\u001b[2J\\u202e' + 'x'.repeat(55) + '…"');
    expect(zh).not.toMatch(/[\u0000-\u001f\u202e]/);
    expect(r.error).toContain('"\\u001b[2J\\u202e' + 'x'.repeat(55) + '…"');
  });

  it('kinds of values and nested problems (a link holding a bad scenario) read in Chinese', () => {
    const r = failed(parseScenarioText('{"version":1,"protocol":"raft","network":[]}'));
    expect(r.error).toBe('network: expected an object but received an array');
    expect(problemText(r.problem, 'zh-CN')).toBe('network：应为对象，实际为 数组');
    const link = failed(decodeShareFragment('#s=2.abc'));
    expect(link.error).toBe('link: unsupported link version "2"');
    expect(problemText(link.problem, 'zh-CN')).toBe('link：不支持的链接版本 "2"');
  });
});
