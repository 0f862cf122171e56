// 课程共用的选项文字 (the choice labels lessons share, in Simplified Chinese; same keys as
// ../en/lessons-common.ts).
export const lessonsCommon = {
  'lessons.choice.node': 'S{{node}}',
  'lessons.choice.commit': '提交',
  'lessons.choice.abort': '中止',
  'lessons.choice.blocked': '等待（阻塞）',
  'lessons.choice.yes': '会',
  'lessons.choice.no': '不会',
  'lessons.choice.keepsLeading': 'S{{node}} 继续担任领导者',
  'lessons.choice.stepsDown': 'S{{node}} 退位',
  'lessons.choice.value': '{{value}}',
  'lessons.choice.no-value': '没有任何值',
} as const;
