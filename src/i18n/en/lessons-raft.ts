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

  'lessons.raft-leader-crash.title': 'Raft: the leader crashes',
  'lessons.raft-leader-crash.s1.title': 'S3 is elected',
  'lessons.raft-leader-crash.s1.text':
    'S3’s election timer ran out first. It asked for votes with RequestVote, got a majority, and is leader of term 1. It now sends AppendEntries heartbeats to the others.',
  'lessons.raft-leader-crash.s2.title': 'A value is committed everywhere',
  'lessons.raft-leader-crash.s2.text':
    'A client sent x=1 to S1, which forwarded it to S3. S3 replicated it with AppendEntries; it is committed on all five nodes.',
  'lessons.raft-leader-crash.s3.title': 'The leader crashes',
  'lessons.raft-leader-crash.s3.text':
    'S3, the leader we watched win, has crashed. No leader is up now. The others still follow S3 in term 1, but without heartbeats their election timers will run out.',
  'lessons.raft-leader-crash.s3.q': 'Which node becomes leader of term 2?',
  'lessons.raft-leader-crash.s4.title': 'S5 leads term 2',
  'lessons.raft-leader-crash.s4.text':
    'S5 timed out first, moved to term 2 and won the votes of S1, S2 and S4: three of five is a majority even with S3 down. Every voter holds x=1, so the new leader holds it too, and x=1 stays committed.',
  'lessons.raft-leader-crash.s5.title': 'The cluster goes on without S3',
  'lessons.raft-leader-crash.s5.text':
    'A client sent y=2 to S2; S5 replicated it and it is committed on the four nodes that are up. S3 is still down, and its log stops at x=1.',
  'lessons.raft-leader-crash.s5.q': 'S3 restarts now, still in term 1. What does it do?',
  'lessons.raft-leader-crash.s5.q.leads': 'It leads again',
  'lessons.raft-leader-crash.s5.q.campaigns': 'It starts an election',
  'lessons.raft-leader-crash.s5.q.follows': 'It follows S5 in term 2',
  'lessons.raft-leader-crash.s6.title': 'S3 rejoins as a follower',
  'lessons.raft-leader-crash.s6.text':
    'A restarted node is a follower: it keeps its term, vote and log but not its leadership. The first AppendEntries from S5 carries term 2, so S3 moves to term 2, follows S5 and receives y=2. No invariant was violated.',

  'lessons.raft-partition.title': 'Raft: the leader is cut off in a minority',
  'lessons.raft-partition.s1.title': 'S1 is elected',
  'lessons.raft-partition.s1.text': 'S1 timed out first and won the election: it is leader of term 1.',
  'lessons.raft-partition.s2.title': 'The network splits',
  'lessons.raft-partition.s2.text':
    'a=1 is committed on all five nodes. Now a partition separates S1 and S2 from S3, S4 and S5. The leader, S1, is on the minority side.',
  'lessons.raft-partition.s3.title': 'A leader that cannot commit',
  'lessons.raft-partition.s3.text':
    'A client sent lost to S1. S1 is still leader: it appended lost to its log and S2 copied it. But two nodes are not a majority of five, so lost is not committed anywhere. On the other side, S3, S4 and S5 hear no heartbeats.',
  'lessons.raft-partition.s3.q': 'Which node becomes leader of term 2 on the majority side?',
  'lessons.raft-partition.s4.title': 'Two leaders, in different terms',
  'lessons.raft-partition.s4.text':
    'S3 timed out, moved to term 2 and won the votes of S4 and S5. S1 still believes it leads term 1: it cannot hear the new term. Raft allows one leader per term, and these are different terms.',
  'lessons.raft-partition.s5.title': 'Only the majority commits',
  'lessons.raft-partition.s5.text':
    'A client sent b=2 to S4, which forwarded it to S3. b=2 is committed on S3, S4 and S5. On the minority side, lost is still not committed. Now the partition heals.',
  'lessons.raft-partition.s5.q': 'After the heal, what happens to lost on S1 and S2?',
  'lessons.raft-partition.s5.q.kept': 'It is committed too',
  'lessons.raft-partition.s5.q.replaced': 'It is replaced by S3’s entries',
  'lessons.raft-partition.s6.title': 'The old leader steps down',
  'lessons.raft-partition.s6.text':
    'S1 saw term 2 and stepped down to follower. S3’s AppendEntries found that entry 3 of S1 and S2 conflicts with its own, so they deleted lost and copied S3’s entries. b=2 is committed everywhere; lost was never committed, so nothing committed was lost.',
};
