// The Raft lessons' titles, narration, questions and choices.
export const lessonsRaft: Record<string, string> = {
  'lessons.raft-election.s1.title': 'Five followers, no leader',
  'lessons.raft-election.s1.text':
    'Every node starts as a follower in term 0. Each waits for a leader with its own randomized election timeout: the arc around a node shows the part of its timeout it has left.',
  'lessons.raft-election.s1.q': 'Whose timer runs out first, making it a candidate?',
  'lessons.raft-election.s2.title': 'S5 becomes a candidate',
  'lessons.raft-election.s2.text':
    'S5 timed out first. It moves to term 1, votes for itself and asks every other node for its vote with RequestVote.',
  'lessons.raft-election.s3.title': 'A majority elects S5',
  'lessons.raft-election.s3.text':
    'Each follower grants one vote per term, to the first candidate whose log is at least as up to date as its own. With votes from a majority, S5 is leader of term 1. As a new leader it appends an empty no-op entry of its term to its log, and sends AppendEntries heartbeats so that no one else times out.',
  'lessons.raft-election.s4.title': 'A client request reaches a follower',
  'lessons.raft-election.s4.text':
    'A client sent x=1 to S1. A follower does not append client values itself: S1 forwarded the request to its leader, S5, which appended x=1 to its log after its no-op, at index 2, and replicates it with AppendEntries.',
  'lessons.raft-election.s5.title': 'Committed at the leader',
  'lessons.raft-election.s5.text':
    'A majority has stored x=1, so S5 commits it: its commit index now covers the entry. The followers have the entry but have not yet learned that it is committed.',
  'lessons.raft-election.s5.q': 'Where will x=1 be committed after the next heartbeat?',
  'lessons.raft-election.s5.q.all': 'On all five nodes',
  'lessons.raft-election.s5.q.leader': 'Still only on the leader',
  'lessons.raft-election.s6.title': 'Committed everywhere',
  'lessons.raft-election.s6.text':
    'The next AppendEntries carries the leader’s commit index, and every follower commits x=1 too. No invariant was violated.',

  'lessons.raft-leader-crash.s1.title': 'S3 is elected',
  'lessons.raft-leader-crash.s1.text':
    'S3’s election timer ran out first. It asked for votes with RequestVote, got a majority, and is leader of term 1. It now sends AppendEntries heartbeats to the others.',
  'lessons.raft-leader-crash.s2.title': 'A value is committed everywhere',
  'lessons.raft-leader-crash.s2.text':
    'A client sent x=1 to S1, which forwarded it to S3. S3 replicated it with AppendEntries; it is committed on all five nodes.',
  'lessons.raft-leader-crash.s3.title': 'The leader crashes',
  'lessons.raft-leader-crash.s3.text':
    'S3, the leader we watched win, crashed at 300 ms. No leader is up now. The others still follow S3 in term 1, but without heartbeats their election timers run down: look at the arcs, each the part of a node’s timeout it has left.',
  'lessons.raft-leader-crash.s3.q': 'Which node becomes leader of term 2?',
  'lessons.raft-leader-crash.s4.title': 'S5 leads term 2',
  'lessons.raft-leader-crash.s4.text':
    'S5 timed out first, moved to term 2 and won the votes of S1, S2 and S4: three of five is a majority even with S3 down. A node votes only for a candidate whose log is at least as up to date as its own (§5.4.1), so S5 holds x=1, which stays committed; as a new leader, S5 appended a no-op of term 2.',
  'lessons.raft-leader-crash.s5.title': 'The cluster goes on without S3',
  'lessons.raft-leader-crash.s5.text':
    'A client sent y=2 to S2; S5 replicated it and it is committed on the four nodes that are up. S3 is still down, and its log ends with x=1: its no-op of term 1, then x=1.',
  'lessons.raft-leader-crash.s5.q': 'S3 restarts now, still in term 1. What does it do?',
  'lessons.raft-leader-crash.s5.q.leads': 'It leads again',
  'lessons.raft-leader-crash.s5.q.campaigns': 'It starts an election',
  'lessons.raft-leader-crash.s5.q.follows': 'It follows S5 in term 2',
  'lessons.raft-leader-crash.s6.title': 'S3 rejoins as a follower',
  'lessons.raft-leader-crash.s6.text':
    'A restarted node is a follower: it keeps its term, vote and log but not its leadership. The first AppendEntries from S5 carries term 2, so S3 moved to term 2, follows S5 and received the two entries it lacked: S5’s no-op of term 2 and y=2. No invariant was violated.',

  'lessons.raft-partition.s1.title': 'S1 is elected',
  'lessons.raft-partition.s1.text': 'S1 timed out first and won the election: it is leader of term 1.',
  'lessons.raft-partition.s2.title': 'The network splits',
  'lessons.raft-partition.s2.text':
    'a=1 is committed on all five nodes. Now a partition separates S1 and S2 from S3, S4 and S5. The leader, S1, is on the minority side.',
  'lessons.raft-partition.s3.title': 'A leader that cannot commit',
  'lessons.raft-partition.s3.text':
    'A client sent z=9 to S1, which is still leader: it appended z=9 to its log and S2 copied it. But two nodes are not a majority of five, so z=9 is not committed anywhere. On the other side, S3, S4 and S5 hear no heartbeats.',
  'lessons.raft-partition.s3.q': 'Which node becomes leader of term 2 on the majority side?',
  'lessons.raft-partition.s4.title': 'Two leaders, in different terms',
  'lessons.raft-partition.s4.text':
    'S3 timed out, moved to term 2 and won the votes of S4 and S5. S1 still believes it leads term 1: it cannot hear the new term. Raft allows one leader per term, and these are different terms.',
  'lessons.raft-partition.s5.title': 'Only the majority commits',
  'lessons.raft-partition.s5.text':
    'A client sent b=2 to S4, which forwarded it to S3. b=2 is committed on S3, S4 and S5, while on the minority side z=9 is still not committed. The links are still cut; the partition heals at 900 ms.',
  'lessons.raft-partition.s5.q': 'After the heal, what happens to z=9 on S1 and S2?',
  'lessons.raft-partition.s5.q.kept': 'It is committed too',
  'lessons.raft-partition.s5.q.replaced': 'It is replaced by S3’s entries',
  'lessons.raft-partition.s6.title': 'The old leader steps down',
  'lessons.raft-partition.s6.text':
    'S1 saw term 2 and stepped down to follower. S3’s AppendEntries showed that index 3 conflicts: S1 and S2 hold z=9 of term 1 there, S3 its no-op of term 2, so they deleted z=9 and copied S3’s entries. b=2 is committed everywhere; z=9 was never committed, so nothing committed was lost.',

  'lessons.raft-log-repair.s1.title': 'S5 falls behind, with an extra entry',
  'lessons.raft-log-repair.s1.text':
    'S5 led term 1 and committed x=1. Then it was cut off, appended z=9, which no other node received, and crashed. A crashed node keeps its log: S5’s holds its no-op of term 1, x=1 and z=9, which was never committed.',
  'lessons.raft-log-repair.s2.title': 'The others go on',
  'lessons.raft-log-repair.s2.text':
    'S1 was elected for term 2, appended its no-op, and replicated x=2 and x=3 to S2, S3 and S4, a majority, so S1 committed both. S5, still down, has neither.',
  'lessons.raft-log-repair.s3.title': 'A new leader, a follower far behind',
  'lessons.raft-log-repair.s3.text':
    'S1 crashed and restarted; meanwhile S2 was elected for term 3 and committed x=4. S2’s log has 7 entries: x=1 to x=4 and one no-op per new leader (terms 1, 2 and 3). For S5 it keeps nextIndex 6: it will send entries from index 6 on, saying that its entry at index 5 has term 2.',
  'lessons.raft-log-repair.s3.q': 'S5 restarts now. Will it accept S2’s first AppendEntries?',
  'lessons.raft-log-repair.s3.q.accepts': 'Yes, and its log becomes S2’s',
  'lessons.raft-log-repair.s3.q.refuses': 'No, it refuses',
  'lessons.raft-log-repair.s4.title': 'Refused: nothing at index 5',
  'lessons.raft-log-repair.s4.text':
    'S5 has no entry at index 5, so the consistency check fails and it refuses. S2 backs nextIndex for S5 off to 4, just past S5’s last entry, and tries again.',
  'lessons.raft-log-repair.s5.title': 'Refused again: a conflict at index 3',
  'lessons.raft-log-repair.s5.text':
    'At index 3, S5 holds z=9 of term 1 where S2 holds the no-op of term 2. The logs disagree there, so S5 refuses again and S2 moves nextIndex back to 3.',
  'lessons.raft-log-repair.s6.title': 'The logs agree, and S5 is repaired',
  'lessons.raft-log-repair.s6.text':
    'At index 2 both logs hold x=1 of term 1, so S5 accepted. It deleted z=9 and copied entries 3 to 7 from the leader: its log now equals S2’s, and x=4 is committed on all five nodes. No invariant was violated.',

  'lessons.raft-figure-8.s1.title': 'Replaying Figure 8',
  'lessons.raft-figure-8.s1.text':
    'In this lesson a node starts an election only when the lesson fires its timer, and the setting “New leader appends a no-op entry” is off, as in the paper’s figure. S2 led term 1: x=1 is committed at index 1 on all five nodes.',
  'lessons.raft-figure-8.s2.title': '(a) S1 leads term 2',
  'lessons.raft-figure-8.s2.text':
    'S1 was elected for term 2, then a partition kept it with S2 only. Its entry x=2 of term 2, at index 2, reached S2 and no one else. It is not committed.',
  'lessons.raft-figure-8.s3.title': '(b) S5 leads term 3',
  'lessons.raft-figure-8.s3.text':
    'S1 crashed. S5 was elected for term 3 with the votes of S3, S4 and itself, and appended x=3 of term 3 at index 2. It was cut off at once, so only S5 holds x=3.',
  'lessons.raft-figure-8.s4.title': '(c) S1 leads term 4',
  'lessons.raft-figure-8.s4.text':
    'S5 crashed. S1 restarted, was elected for term 4 by S2 and S3, and copied x=2 to S3; the link S1→S4 is cut, so S4 misses x=2. The term-2 entry is on S1, S2 and S3, a majority, yet S1 does not commit it: a leader counts replicas only for entries of its own term (§5.4.2).',
  'lessons.raft-figure-8.s4.q': 'Now S1 crashes and S5 restarts and campaigns. Will x=2 stay at index 2 on S3?',
  'lessons.raft-figure-8.s4.q.survives': 'Yes: it is on a majority',
  'lessons.raft-figure-8.s4.q.overwritten': 'No: S5 overwrites it with x=3',
  'lessons.raft-figure-8.s5.title': '(d) S5 overwrites x=2',
  'lessons.raft-figure-8.s5.text':
    'S5 won term 5 with S2, S3 and S4: its last entry has term 3, newer than the last entries of S2 and S3 (term 2) and S4 (term 1), so its log counts as more up to date. It replaced x=2 with x=3 on all three. Had S1 committed x=2, a committed entry would now be gone; it had not, and no invariant is violated.',
  'lessons.raft-figure-8.s6.title': 'The old entry commits with a new one',
  'lessons.raft-figure-8.s6.text':
    'A client sent x=5 to S5. Once x=5, of the current term 5, was on a majority, S5 committed it, and x=3 before it with it. Older entries are committed only this way.',
  'lessons.raft-figure-8.s7.title': 'The unsafe rule, caught',
  'lessons.raft-figure-8.s7.text':
    'This step replays the run with “Teaching: commit older-term entries by counting replicas (unsafe, breaks Figure 8)” on — press ⏮ (Home) then ▶ to watch it from the start. In (c) S1 committed x=2 because three nodes held it; in (d) S5 overwrote it on S2, S3 and S4. The invariants panel marks LeaderCompleteness and StateMachineSafety with a red ✗.',

  'lessons.raft-rejoin.heal.q': 'When the network heals, will S1 still lead?',
  'lessons.raft-rejoin.s1.title': 'S1 leads term 1',
  'lessons.raft-rejoin.s1.text':
    'S1 was elected for term 1, and x=1 is committed on all five nodes. The setting “PreVote (ask before disrupting)” is off.',
  'lessons.raft-rejoin.s2.title': 'S5 is cut off and campaigns alone',
  'lessons.raft-rejoin.s2.text':
    'A partition cut S5 off from the others. Hearing no heartbeats, S5 timed out, moved to term 2, voted for itself and sent RequestVote, which no one receives. S1 still leads term 1.',
  'lessons.raft-rejoin.s3.title': 'Terms pile up',
  'lessons.raft-rejoin.s3.text':
    'Each time S5’s timer runs out it starts a new election in a new term: it is in term 4 now. Meanwhile S1 committed x=2 on S1 to S4; S5’s log lacks it. S5 is still cut off; the partition heals at 1100 ms.',
  'lessons.raft-rejoin.s4.title': 'A healthy leader is deposed',
  'lessons.raft-rejoin.s4.text':
    'S5 answered S1’s AppendEntries with its term, 4. A higher term always wins, so S1 stepped down to follower in term 4. Nobody leads now, although nothing was wrong with S1.',
  'lessons.raft-rejoin.s4.q': 'S5 has the highest term. Will it win the next election?',
  'lessons.raft-rejoin.s5.title': 'S5 cannot win',
  'lessons.raft-rejoin.s5.text':
    'S5 started an election for term 5, and every node moved to term 5 but refused its vote: S5’s log lacks x=2, so it is less up to date than theirs (§5.4.1). Still no leader.',
  'lessons.raft-rejoin.s6.title': 'A needless election',
  'lessons.raft-rejoin.s6.text':
    'S2 and S3 both timed out and campaigned for term 6; S3 gathered a majority first and leads. The cluster had a working leader all along.',
  'lessons.raft-rejoin.s7.title': 'Back to normal',
  'lessons.raft-rejoin.s7.text':
    'A client’s x=3 is committed on all five nodes, and S5’s log was repaired with x=2, S3’s no-op of term 6 and x=3. No invariant was violated: the cost was an election nobody needed.',
  'lessons.raft-rejoin.s8.title': 'The same run with PreVote',
  'lessons.raft-rejoin.s8.text':
    'This step replays the run with “PreVote (ask before disrupting)” on — press ⏮ (Home) then ▶ to watch it from the start. Cut off, S5 only asked whether it could win and never raised its term. After the heal S1 still leads term 1, S5 follows it, and x=3 is committed on all five nodes.',

  'lessons.raft-rejoin-prevote.s1.title': 'S1 leads term 1',
  'lessons.raft-rejoin-prevote.s1.text':
    'The setting “PreVote (ask before disrupting)” is on. S1 first asked the others with PreVote whether they would vote for it; hearing yes from a majority, it ran the real election and leads term 1. Every log holds S1’s no-op of term 1 and x=1.',
  'lessons.raft-rejoin-prevote.s2.title': 'S5 asks before it campaigns',
  'lessons.raft-rejoin-prevote.s2.text':
    'A partition cut S5 off. Its timer ran out, but instead of starting an election it became a precandidate and sent PreVote for term 2. Its own term stays 1.',
  'lessons.raft-rejoin-prevote.s3.title': 'No answer, no new term',
  'lessons.raft-rejoin-prevote.s3.text':
    'No majority can answer S5, so it keeps asking and stays in term 1. Meanwhile S1 committed x=2 on S1 to S4; S5’s log lacks it. S5 is still cut off; the partition heals at 1100 ms.',
  'lessons.raft-rejoin-prevote.s4.title': 'S5 simply follows',
  'lessons.raft-rejoin-prevote.s4.text':
    'S5 received AppendEntries from S1, leader of term 1, stopped being a precandidate and follows S1. It copied x=2. S1 kept leading throughout.',
  'lessons.raft-rejoin-prevote.s5.title': 'No disruption',
  'lessons.raft-rejoin-prevote.s5.text':
    'A client’s x=3 is committed on all five nodes, still in term 1. No election was needed and no invariant was violated.',
};
