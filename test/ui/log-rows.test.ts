// Wrapped event log lines: a long note takes several lines, the tops are prefix sums, and the
// row under a scroll position is found by binary search; Chinese lines are estimated in columns
// (a CJK character is two). Real runs of the 3PC lesson scenario.

import { describe, expect, test } from 'vitest';
import { computeRun } from '../../src/store/compute-run';
import { traceLine } from '../../src/ui/trace-lines';
import { layoutRows, LINE_HEIGHT_PX, lineLength, rowAt, ROW_PADDING_PX } from '../../src/ui/log-rows';
import { starterScenario } from '../../src/scenario/starters';
import { addWords } from '../../src/i18n/translate';
import { zhCN } from '../../src/i18n/zh-CN';

describe('event log rows', () => {
  const run = computeRun({ ...starterScenario('3pc'), until: 2000 }).record;

  test('the estimated length never falls short of the sentence', () => {
    for (let i = 0; i < run.trace.count; i++) expect(lineLength(run, i)).toBeGreaterThanOrEqual(traceLine(run, i).text.length);
  });

  test('in Chinese, the estimate covers the sentence with each CJK character counted two columns wide', () => {
    addWords(zhCN, 'zh-CN');
    const columns = (text: string) => [...text].reduce((n, c) => n + (c.charCodeAt(0) >= 0x2e80 ? 2 : 1), 0);
    let chinese = 0;
    for (let i = 0; i < run.trace.count; i++) {
      const text = traceLine(run, i, 'zh-CN').text;
      if (/[\u4e00-\u9fff]/.test(text)) chinese++;
      expect(lineLength(run, i, 'zh-CN'), text).toBeGreaterThanOrEqual(columns(text));
    }
    expect(chinese).toBeGreaterThanOrEqual(5);
  });

  test('long lines get more room; tops are prefix sums; rowAt finds the row', () => {
    const layout = layoutRows(run, null, run.trace.count, 30);
    let multi = 0;
    for (let row = 0; row < layout.count; row++) {
      const height = layout.tops[row + 1] - layout.tops[row];
      const lines = Math.ceil(lineLength(run, row) / 30);
      expect(height).toBe(Math.max(1, lines) * LINE_HEIGHT_PX + ROW_PADDING_PX);
      if (lines > 1) multi++;
      expect(rowAt(layout, layout.tops[row])).toBe(row);
      expect(rowAt(layout, layout.tops[row + 1] - 1)).toBe(row);
    }
    expect(multi).toBeGreaterThan(0);
    expect(rowAt(layout, -5)).toBe(0);
    expect(rowAt(layout, layout.tops[layout.count] + 100)).toBe(layout.count - 1);
  });

  test('a growing run laid out step by step gives the same tops as all at once', () => {
    const whole = layoutRows(run, null, run.trace.count, 30);
    let layout = layoutRows(run, null, 0, 30);
    for (let count = 1; count <= run.trace.count; count += 7) layout = layoutRows(run, null, count, 30, layout);
    layout = layoutRows(run, null, run.trace.count, 30, layout);
    expect(layout.count).toBe(whole.count);
    expect([...layout.tops.subarray(0, layout.count + 1)]).toEqual([...whole.tops.subarray(0, whole.count + 1)]);
  });
});
