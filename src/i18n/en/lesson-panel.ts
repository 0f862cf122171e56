// The lesson panel's own words (the lessons' words are in lessons-*.ts).
export const lessonPanel = {
  'lessonPanel.region': 'Lesson',
  'lessonPanel.progress': 'Step {{k}} of {{n}}',
  // The buttons are named "Next step" / "Previous step" and show the first word, so that both
  // fit beside "Step k of n" in a narrow column (the shown word starts the name: WCAG 2.5.3).
  'lessonPanel.next': 'Next step',
  'lessonPanel.nextShort': 'Next',
  'lessonPanel.previous': 'Previous step',
  'lessonPanel.previousShort': 'Previous',
  'lessonPanel.close': 'Close the lesson',
  'lessonPanel.offScript': 'You have acted on the run, so it has left the script: what the lesson says may no longer be true of it.',
  'lessonPanel.backToLesson': 'Back to the lesson',
  'lessonPanel.right': 'Right: {{answer}}.',
  'lessonPanel.wrong': 'Not this time: the run gives {{answer}}.',
  'lessonPanel.turnOn': 'Turn it on',
  'lessonPanel.changeIt': 'Change it',
  'lessonPanel.nextStepChanges': 'The next step {{changes}} and replays the run.',
  'lessonPanel.turnsOn': 'turns on “{{setting}}”',
  'lessonPanel.turnsOff': 'turns off “{{setting}}”',
  'lessonPanel.sets': 'sets “{{setting}}” to “{{value}}”',
  'lessonPanel.picker': 'Lesson',
  'lessonPanel.pickerNone': 'Lessons…',
  'lessonPanel.showWholeRun': 'Show the whole run',
  'lessonPanel.showWholeRunHint': 'Off: the event log, invariants and timeline show only what has happened up to the playhead.',
  'lessonPanel.done': 'End of the lesson.',
  'lessonPanel.loadFailed': 'The lessons could not be loaded. Check the connection and try again.',
} as const;
