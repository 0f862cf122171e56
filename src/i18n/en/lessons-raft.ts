// The Raft lessons' titles, narration, questions and choices.
export const lessonsRaft: Record<string, string> = {
  'lessons.raft-election.title': 'Raft: a leader is elected',
  'lessons.raft-election.s1.title': 'Five followers, no leader',
  'lessons.raft-election.s1.text':
    'Every node starts as a follower in term 0. Each waits for a leader with its own randomized election timeout: the ring around a node shows how long it has left.',
  'lessons.raft-election.s1.q': 'Whose timer runs out first, making it a candidate?',
  'lessons.raft-election.s2.title': 'S5 becomes a candidate',
  'lessons.raft-election.s2.text':
    'S5 timed out first. It moves to term 1, votes for itself and asks every other node for its vote with RequestVote.',
  'lessons.raft-election.s3.title': 'A majority elects S5',
  'lessons.raft-election.s3.text':
    'Each follower grants one vote per term, to the first candidate whose log is at least as up to date as its own. With votes from a majority, S5 is leader of term 1 and sends AppendEntries heartbeats so that no one else times out.',
  'lessons.raft-election.s4.title': 'A client request reaches a follower',
  'lessons.raft-election.s4.text':
    'A client sends x=1 to S1. A follower does not append client values itself: S1 forwards the request to its leader, S5, which appends it to its log and replicates it with AppendEntries.',
  'lessons.raft-election.s5.title': 'Committed at the leader',
  'lessons.raft-election.s5.text':
    'A majority has stored x=1, so S5 commits it: its commit index now covers the entry. The followers have the entry but have not yet learned that it is committed.',
  'lessons.raft-election.s5.q': 'Where will x=1 be committed after the next heartbeat?',
  'lessons.raft-election.s5.q.all': 'On all five nodes',
  'lessons.raft-election.s5.q.leader': 'Still only on the leader',
  'lessons.raft-election.s6.title': 'Committed everywhere',
  'lessons.raft-election.s6.text':
    'The next AppendEntries carries the leader’s commit index, and every follower commits x=1 too. No invariant was violated.',
};
