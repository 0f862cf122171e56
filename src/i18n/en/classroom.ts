// Words of the classroom work: presenter mode, the panel switcher on small screens and in
// presenter mode, the skip link, shortcuts help, inspector wording and the violation chain.
export const classroom = {
  'classroom.presenter': 'Presenter mode',
  'classroom.presenterHint': 'The cluster and the lesson fill the screen (P)',
  'classroom.panels': 'Panels',
  'classroom.panel.left': 'Scenario and invariants',
  'classroom.panel.leftShort': 'Scenario',
  'classroom.panel.right': 'Inspector and event log',
  'classroom.panel.rightShort': 'Inspector',
  'classroom.skipToPlayback': 'Skip to the playback controls',
  'classroom.nodeActions': 'Actions of S{node}',
  'classroom.crashed': 'crashed',
  'classroom.crashedWas': 'crashed (was {role})',
  'classroom.entries.one': '1 entry',
  'classroom.entries.other': '{count} entries',
  'classroom.logSummary': '{entries}, committed up to {commitIndex}',
  'classroom.logLabel': 'Log of S{node}: {entries}, commit index {commitIndex}',
  'classroom.request': '“{value}”: {outcome}',
  'classroom.nodes.none': 'none yet',
  'classroom.clearFilters': 'Clear filters',
  'classroom.filtersReset': 'New scenario: the log filters were cleared.',
} as const;
