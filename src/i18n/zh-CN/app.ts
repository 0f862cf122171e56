// 应用外壳的文字 (the app shell's words in Simplified Chinese; same keys as ../en/app.ts).
export const app = {
  'app.scenarioSettings': '场景设置',
  'eventLog.nothingYet': '运行到这一刻，还什么都没有发生。',
} as const;
