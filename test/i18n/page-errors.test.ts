// The page's error frames read in its language, problem included: a rejected act, an edit that
// does not validate and a broken link show Chinese on a Chinese page (the English `error` field
// is the CLI's), and English on an English one.

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addWords, speakNow } from '../../src/i18n/translate';
import { zhCN } from '../../src/i18n/zh-CN';
import { decodeShareFragment } from '../../src/scenario/link';
import { starterScenario } from '../../src/scenario/starters';
import { createAppStore } from '../fixtures/app-store';
import { optionsFromDecodedLink } from '../../src/store/url-sync';

const CJK = /[\u4e00-\u9fff]/;
const BAD_LINK = '#s=not-a-scenario';

describe('errors on the page, in its language', () => {
  beforeAll(() => addWords(zhCN, 'zh-CN'));
  afterAll(() => speakNow('en'));

  test('a rejected act: the frame and the problem in Chinese', () => {
    speakNow('zh-CN');
    const store = createAppStore({ scenario: starterScenario('raft'), language: 'zh-CN' });
    expect(store.getState().act({ do: 'crash', node: 9 })).toBe(false);
    const error = store.getState().error ?? '';
    expect(error).toContain('节点 9 不存在');
    expect(error).not.toMatch(/does not exist/);
  });

  test('an edit that does not validate explains itself in Chinese', () => {
    speakNow('zh-CN');
    const store = createAppStore({ scenario: starterScenario('raft'), language: 'zh-CN' });
    const message = store.getState().updateScenario((scenario) => ({ ...scenario, actions: [{ at: 0, do: 'crash', node: 9 }] }));
    expect(message).toContain('节点 9 不存在');
  });

  test('a broken link, in Chinese on a Chinese page and in English on an English one', () => {
    const decoded = decodeShareFragment(BAD_LINK);
    expect(decoded.ok).toBe(false);
    speakNow('zh-CN');
    const chinese = optionsFromDecodedLink(BAD_LINK, decoded).error ?? '';
    expect(chinese).toMatch(CJK);
    expect(chinese).not.toContain(decoded.ok ? '' : decoded.error);
    speakNow('en');
    const english = optionsFromDecodedLink(BAD_LINK, decoded).error ?? '';
    expect(english).not.toMatch(CJK);
    expect(english).toContain(decoded.ok ? '' : decoded.error);
  });
});
