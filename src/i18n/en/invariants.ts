// The invariants' words: one description per invariant (the invariants panel) and the
// sentences that explain a violation (its `detail`, a key with parameters; the CLI prints them
// in English). Invariant names themselves stay as the papers write them (ElectionSafety, …).

export const invariants = {
  'invariant.raft.ElectionSafety.description': 'At most one leader can be elected in a given term (§5.2), over the whole run.',
  'invariant.raft.LeaderAppendOnly.description': 'A leader never overwrites or deletes entries in its log; it only appends new ones (§5.3).',
  'invariant.raft.LogMatching.description':
    'If two logs contain an entry with the same index and term, the logs are identical in all entries up through that index (§5.3).',
  'invariant.raft.StateMachineSafety.description':
    'No two servers ever commit (and so apply) different entries at the same log index, and no server changes an entry it committed (§5.4.3).',
  'invariant.raft.LeaderCompleteness.description':
    'If an entry is committed in a given term, it is present in the logs of the leaders of all higher terms (§5.4).',
  'invariant.paxos.Agreement.description': 'At most one value is chosen: no two majorities of acceptors accept different values.',
  'invariant.paxos.Validity.description': 'Only a value that some client requested can be chosen or learned.',
  'invariant.paxos.LearnedIsChosen.description': 'A learner learns a value only if a majority of acceptors accepted it in one ballot.',
  'invariant.commit.Atomicity.description': 'No transaction is committed at one node and aborted at another (TCommit: TCConsistent).',
  'invariant.commit.Validity.description': 'A transaction commits only if every participant voted yes.',
  'invariant.echo.PongsNotAhead.description': 'A node never receives more pongs than it sent pings (pongs survive a crash, so only up nodes are checked).',

  'raft.entry.noop': 'no-op',
  'raft.entry.value': '"{{value}}"',
  'invariant.raft.twoLeaders': 'S{{node}} and S{{other}} were both leader in term {{term}}.',
  'invariant.raft.leaderShrank': 'S{{node}}, leader of term {{term}}, shrank its log from {{from}} to {{to}} entries.',
  'invariant.raft.leaderOverwrote': 'S{{node}}, leader of term {{term}}, overwrote entries at or before index {{index}}.',
  'invariant.raft.logsDiffer': 'S{{node}} and S{{other}} both hold an entry at index {{index}} of term {{term}}, but their logs differ up to it.',
  'invariant.raft.committedDiffer':
    'S{{other}} committed {{otherValue}} (term {{otherTerm}}) at index {{index}}, but S{{node}} committed {{value}} (term {{term}}) there.',
  'invariant.raft.committedLost': 'S{{node}} committed up to index {{checked}} but its log now ends at index {{length}}.',
  'invariant.raft.committedReplaced':
    'S{{node}} replaced an entry it had committed: index {{index}} now holds {{value}} (term {{term}}), but S{{other}} committed {{otherValue}} (term {{otherTerm}}) there.',
  'invariant.raft.committedChanged': 'S{{node}} changed entries at or below index {{checked}}, which it had committed.',
  'invariant.raft.commitBeyondLog': 'S{{node}} has commitIndex {{commitIndex}} but only {{length}} log entries.',
  'invariant.raft.leaderLacksEntry':
    'S{{node}} is leader of term {{term}} but lacks the entry at index {{index}} (term {{entryTerm}}), committed by S{{other}} in term {{commitTerm}}.',
  'invariant.paxos.chosen': "'{{value}}' in ballot {{ballot}} by {{by}}",
  'invariant.paxos.twoChosen': 'Two values were chosen: {{first}}, then {{second}}.',
  'invariant.paxos.chosenUnrequested': 'Value {{chosen}} was chosen but no client requested it.',
  'invariant.paxos.learnedUnrequested': "S{{node}} learned '{{value}}' but no client requested it.",
  'invariant.paxos.learnedNotChosen': "S{{node}} learned '{{value}}' but no majority of acceptors accepted it in any one ballot.",
  'invariant.commit.split': '{{t}} was committed at S{{committed}} but aborted at S{{aborted}}',
  'invariant.commit.committedWithoutYes': '{{t}} was committed at S{{node}} but {{missing}} did not vote yes',
  'echo.negativePongs': 'S{{node}} has a negative pong count',
} as const;
