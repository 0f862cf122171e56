// The app shell's words.
export const app = {
  'app.scenarioSettings': 'Scenario settings',
  'eventLog.nothingYet': 'Nothing has happened yet at this point of the run.',
} as const;
