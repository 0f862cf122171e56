// Message labels (protocol describe() → Note), for the event log, the diagram, the inspector and
// the cluster; the CLI and the exports print this English text, byte for byte the labels they
// printed when labels were strings. Type names stay as the papers write them in every language.
// Parameters: {{vote}}, {{entries}}, {{accepted}}, {{state}} are nested notes; values arrive bare
// and the catalog quotes them.

export const messageLabels = {
  'label.typed': '{{type}}({{t}})',

  'label.raft.RequestVote': 'RequestVote(term {{term}})',
  'label.raft.Vote': 'Vote(term {{term}}, {{vote}})',
  'label.raft.PreVote': 'PreVote(term {{term}})',
  'label.raft.PreVoteReply': 'PreVote reply(term {{term}}, {{vote}})',
  'label.raft.granted': 'granted',
  'label.raft.denied': 'denied',
  'label.raft.AppendEntries': 'AppendEntries(term {{term}}, {{entries}})',
  'label.raft.heartbeat': 'heartbeat',
  'label.raft.oneEntry': '1 entry',
  'label.raft.entries': '{{n}} entries',
  'label.raft.AppendEntriesOk': 'AppendEntries reply(term {{term}}, ok, match {{index}})',
  'label.raft.AppendEntriesRefused': 'AppendEntries reply(term {{term}}, refused at {{index}})',
  'label.raft.ClientRequest': 'ClientRequest("{{value}}")',

  'label.paxos.Prepare': 'Prepare({{ballot}})',
  'label.paxos.Promise': 'Promise({{ballot}}, {{accepted}})',
  'label.paxos.noneAccepted': 'none accepted',
  'label.paxos.accepted': "accepted {{ballot}}='{{value}}'",
  'label.paxos.Nack': 'Nack({{ballot}} {{relation}} {{promised}})',
  'label.paxos.Accept': "Accept({{ballot}}, '{{value}}')",
  'label.paxos.Accepted': "Accepted({{ballot}}, '{{value}}')",

  'label.3pc.Ack': 'Ack({{t}}, {{of}})',
  'label.3pc.StateReply': 'StateReply({{t}}, {{state}})',
  'label.phase.working': 'working',
  'label.phase.prepared': 'prepared',
  'label.phase.precommitted': 'precommitted',
  'label.phase.preaborted': 'preaborted',
  'label.phase.committed': 'committed',
  'label.phase.aborted': 'aborted',
} as const;
