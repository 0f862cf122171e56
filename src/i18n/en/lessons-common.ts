// Lesson panel words and the choice labels lessons share.
export const lessonsCommon = {
  'lessons.choice.node': 'S{{node}}',
  'lessons.choice.commit': 'Commit',
  'lessons.choice.abort': 'Abort',
  'lessons.choice.blocked': 'It waits (blocked)',
  'lessons.choice.yes': 'Yes',
  'lessons.choice.no': 'No',
  'lessons.choice.keepsLeading': 'S{{node}} keeps leading',
  'lessons.choice.stepsDown': 'S{{node}} steps down',
  'lessons.choice.value': '{{value}}',
  'lessons.choice.no-value': 'No value',
} as const;
