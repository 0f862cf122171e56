// The help dialog's words: what the app is, and the keyboard shortcuts with their key caps.
export const help = {
  'help.title': 'Consensus Lab — help',
  'help.intro': 'A deterministic simulation of Raft, Paxos, 2PC and 3PC. Select a node, a link or a message to act on it; every act becomes part of the scenario at the current moment. Acting after stepping back forks the timeline. The link in the address bar always reproduces what you see.',
  'help.keyboard': 'Keyboard',
  'help.key.space': 'Space',
  'help.key.pageDown': 'PgDn',
  'help.key.pageUp': 'PgUp',
  'help.key.home': 'Home',
  'help.key.end': 'End',
  'help.key.escape': 'Esc',
  'help.playPause': 'Play or pause',
  'help.step': 'Step to the next / previous event',
  'help.startEnd': 'Go to the start / end of the run',
  'help.selectNode': 'Select node S1–S9',
  'help.clearSelection': 'Clear the selection',
  'help.thisHelp': 'This help',
} as const;
