// The lessons' titles: in the page's first load, for the lesson picker. Everything else a lesson
// says (src/i18n/en/lessons-*.ts) loads with the lesson library, when a lesson is opened.
export const lessonTitles: Record<string, string> = {
  'lessons.raft-election.title': 'Raft: a leader is elected',
  'lessons.raft-leader-crash.title': 'Raft: the leader crashes',
  'lessons.raft-partition.title': 'Raft: the leader is cut off in a minority',
  'lessons.raft-log-repair.title': 'Raft: repairing a follower’s log',
  'lessons.raft-figure-8.title': 'Raft: Figure 8, why old-term entries are not committed by counting',
  'lessons.raft-rejoin.title': 'Raft: a rejoining node disrupts the leader (no PreVote)',
  'lessons.raft-rejoin-prevote.title': 'Raft: PreVote keeps a rejoining node from disrupting',
  'lessons.paxos-single.title': 'Paxos: one proposer, one value chosen',
  'lessons.paxos-dueling.title': 'Paxos: dueling proposers',
  'lessons.paxos-livelock.title': 'Paxos: livelock without back-off',
  'lessons.paxos-p2c.title': 'Paxos: a chosen value stays chosen (P2c)',
  'lessons.paxos-acceptor-crash.title': 'Paxos: acceptors crash and recover',
  'lessons.2pc-commit.title': '2PC: a transaction commits',
  'lessons.2pc-no-vote.title': '2PC: one “no” vote aborts everywhere',
  'lessons.2pc-blocking.title': '2PC: the coordinator crashes and participants block',
  'lessons.2pc-cooperative.title': '2PC: cooperative termination',
  'lessons.3pc-commit.title': '3PC: CanCommit, PreCommit, DoCommit',
  'lessons.3pc-coordinator-crash.title': '3PC: the coordinator crashes and participants still decide',
  'lessons.3pc-partition.title': '3PC: a partition splits the decision',
  'lessons.3pc-quorum.title': '3PC with quorum termination: the minority blocks instead',
};
