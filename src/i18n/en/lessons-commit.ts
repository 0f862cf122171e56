// The commit lessons' titles, narration, questions and choices (2PC and 3PC).
export const lessonsCommit: Record<string, string> = {
  'lessons.2pc-commit.s1.title': 'The coordinator asks for votes',
  'lessons.2pc-commit.s1.text':
    'A client asks the coordinator S1 to run transaction T1. S1 writes the start of T1 to its log and sends Prepare to the participants S2, S3 and S4.',
  'lessons.2pc-commit.s2.title': 'Every participant votes yes',
  'lessons.2pc-commit.s2.text':
    'Each participant writes its yes vote to its log, then sends VoteYes. From now on it is prepared: it has promised to commit if told to, so it may no longer abort on its own.',
  'lessons.2pc-commit.s2.q': 'What will S1 decide?',
  'lessons.2pc-commit.s3.title': 'The decision is in the coordinator’s log',
  'lessons.2pc-commit.s3.text':
    'All three votes are yes, so S1 decides commit. It writes the decision to its log first — that is the moment T1 commits — and then sends Commit to every participant.',
  'lessons.2pc-commit.s4.title': 'Committed everywhere',
  'lessons.2pc-commit.s4.text':
    'Each participant committed and answered with Ack. Every Ack is in, so S1 wrote an end record: it need not resend the decision any more. No invariant was violated.',

  'lessons.2pc-no-vote.s1.title': 'S3 votes no',
  'lessons.2pc-no-vote.s1.text':
    'In the “Participant votes” setting, S3 votes no. It aborts T1 at once: a participant that votes no has promised nothing, so it may abort on its own.',
  'lessons.2pc-no-vote.s2.title': 'One no is enough',
  'lessons.2pc-no-vote.s2.text':
    'S3’s VoteNo reaches S1, which decides abort without waiting for S2’s vote: T1 can no longer commit. S1 writes the abort to its log and sends Abort. S2 and S4 voted yes and are still prepared.',
  'lessons.2pc-no-vote.s2.q': 'S4 voted yes. What will S4 do?',
  'lessons.2pc-no-vote.s3.title': 'Aborted everywhere',
  'lessons.2pc-no-vote.s3.text':
    'S2 and S4 abort on S1’s word: a yes vote means “ready to commit”, not “committed”. T1 is aborted on all four nodes, and no invariant was violated.',

  'lessons.2pc-blocking.s1.title': 'Everyone votes yes',
  'lessons.2pc-blocking.s1.text':
    'S1 sent Prepare for T1; S2, S3 and S4 have voted yes and are prepared. Their votes are on the way to S1.',
  'lessons.2pc-blocking.s2.title': 'The coordinator crashes',
  'lessons.2pc-blocking.s2.text':
    'S1 crashed before any vote reached it. The votes are still on the wire, but a crashed node receives nothing. The participants do not know whether S1 decided anything.',
  'lessons.2pc-blocking.s2.q': 'What will the participants do without the coordinator?',
  'lessons.2pc-blocking.s3.title': 'Blocked',
  'lessons.2pc-blocking.s3.text':
    'After 500 ms without a decision, S2, S3 and S4 asked S1 with DecisionRequest, and they will keep asking. They cannot abort — for all they know S1 decided commit — nor commit, since someone might have voted no. They are blocked.',
  'lessons.2pc-blocking.s4.title': 'Still blocked',
  'lessons.2pc-blocking.s4.text':
    'A second after the crash, the participants are still prepared and still blocked: 2PC cannot finish while the coordinator is down. S1 is about to restart.',
  'lessons.2pc-blocking.s4.q': 'S1 restarts at 1100 ms. What will happen to T1?',
  'lessons.2pc-blocking.s5.title': 'Presumed abort',
  'lessons.2pc-blocking.s5.text':
    'S1’s log holds the start of T1 but no decision, and the votes it had not seen are gone. So it decides abort, which is safe: nobody can have learned a commit that was never logged. It sent Abort, and the participants are unblocked.',

  'lessons.2pc-cooperative.s1.title': 'The decision reaches only S3',
  'lessons.2pc-cooperative.s1.text':
    'Everyone voted yes, and S1 decided commit. But the links from S1 to S2 and to S4 are cut, so of the three Commit messages only the one to S3 is on its way.',
  'lessons.2pc-cooperative.s2.title': 'The coordinator crashes',
  'lessons.2pc-cooperative.s2.text':
    'S1 crashed. S3 has committed T1; S2 and S4 are still prepared. The “Termination protocol” setting is “none”: a prepared participant asks only the coordinator.',
  'lessons.2pc-cooperative.s2.q': 'What will S2 and S4 do?',
  'lessons.2pc-cooperative.s3.title': 'Blocked, though S3 knows',
  'lessons.2pc-cooperative.s3.text':
    'S2 and S4 are blocked: they keep asking the crashed S1. S3 knows that T1 committed, but nobody asks it.',
  'lessons.2pc-cooperative.s4.title': 'Ask the other participants',
  'lessons.2pc-cooperative.s4.text':
    'This step sets “Termination protocol” to “cooperative” and replays the run — press ⏮ (Home) then ▶ to watch it from the start. A blocked participant now also sends DecisionRequest to the other participants: S2 and S4 have asked S1, S3 and each other. But S2 and S4 are prepared, as uncertain as the asker, so neither can answer the other, and both are still blocked.',
  'lessons.2pc-cooperative.s4.q': 'What will S2 and S4 do now?',
  'lessons.2pc-cooperative.s5.title': 'S3 knows the outcome',
  'lessons.2pc-cooperative.s5.text':
    'S3 has committed, so it answered Commit, and S2 and S4 committed without waiting for S1. Cooperative termination helps only when some reachable participant knows the outcome or has not voted yet.',

  'lessons.3pc-commit.s1.title': 'Phase 1: CanCommit',
  'lessons.3pc-commit.s1.text':
    'The coordinator S1 sent CanCommit for T1. Each participant wrote its yes vote to its log and answers VoteYes. It is now prepared (uncertain): it does not know whether the others voted yes.',
  'lessons.3pc-commit.s2.title': 'Phase 2: PreCommit',
  'lessons.3pc-commit.s2.text':
    'Every vote is yes. Instead of committing, S1 wrote precommit to its log and sends PreCommit: “everyone voted yes, get ready to commit”. S1 is precommitted; nothing is committed yet.',
  'lessons.3pc-commit.s3.title': 'Everyone is precommitted',
  'lessons.3pc-commit.s3.text':
    'The participants are precommitted and answer with Ack. A precommitted node knows that every node voted yes, so no one is uncertain any more.',
  'lessons.3pc-commit.s3.q': 'What will S1 do once every Ack is in?',
  'lessons.3pc-commit.s4.title': 'Phase 3: DoCommit',
  'lessons.3pc-commit.s4.text':
    'Every participant acknowledged PreCommit, so S1 commits T1 and sends DoCommit.',
  'lessons.3pc-commit.s5.title': 'Committed everywhere',
  'lessons.3pc-commit.s5.text':
    'Each participant commits on DoCommit. Three phases cost one more round trip than 2PC; the next lessons show what it buys. No invariant was violated.',

  'lessons.3pc-coordinator-crash.s1.title': 'Two transactions, then a crash',
  'lessons.3pc-coordinator-crash.s1.text':
    'Every participant voted yes on T1, so S1 precommitted T1 and sent PreCommit. S1 had also started T2 and sent CanCommit for it. Then S1 crashed.',
  'lessons.3pc-coordinator-crash.s2.title': 'Precommitted on T1, prepared (uncertain) on T2',
  'lessons.3pc-coordinator-crash.s2.text':
    'The messages already sent still arrive. S2, S3 and S4 are precommitted on T1. They voted yes on T2, but a crashed S1 receives no vote: on T2 they are prepared (uncertain).',
  'lessons.3pc-coordinator-crash.s2.q': 'S1 stays down. What will the participants do?',
  'lessons.3pc-coordinator-crash.s2.q.split': 'Commit T1, abort T2',
  'lessons.3pc-coordinator-crash.s2.q.commit': 'Commit both',
  'lessons.3pc-coordinator-crash.s2.q.abort': 'Abort both',
  'lessons.3pc-coordinator-crash.s3.title': 'Decided without the coordinator',
  'lessons.3pc-coordinator-crash.s3.text':
    'After 600 ms without news, each participant applies Skeen’s timeout rules. Precommitted on T1, it commits, since every node voted yes; prepared (uncertain) on T2, it aborts, since nobody can commit T2 before everyone is precommitted. No one is blocked.',
  'lessons.3pc-coordinator-crash.s4.title': 'The coordinator agrees',
  'lessons.3pc-coordinator-crash.s4.text':
    'S1 restarted. Its log shows T1 precommitted, so it committed T1 and sends DoCommit; T2 was only started, so it aborted T2 and sends Abort. Every node reached the same decisions, and no invariant was violated.',

  'lessons.3pc-partition.s1.title': 'PreCommit is on its way',
  'lessons.3pc-partition.s1.text':
    'All four participants voted yes on T1. S1 is precommitted and has sent PreCommit to every participant.',
  'lessons.3pc-partition.s2.title': 'A partition at the worst moment',
  'lessons.3pc-partition.s2.text':
    'The network splits into {S1, S3, S4} and {S2, S5}. PreCommit had reached S3 and S4, so they are precommitted, but the copies to S2 and S5 were lost: those two are still prepared (uncertain), on the other side.',
  'lessons.3pc-partition.s2.q': 'S1 gets no Ack from S2 and S5. What will S1 do?',
  'lessons.3pc-partition.s3.title': 'The precommitted side commits',
  'lessons.3pc-partition.s3.text':
    'In Skeen’s protocol a precommitted coordinator commits when an Ack does not come: it takes the silent nodes for crashed. S1 committed T1, and S3 and S4 followed. But S2 and S5 are alive, and still prepared (uncertain).',
  'lessons.3pc-partition.s3.q': 'Will S2 commit or abort?',
  'lessons.3pc-partition.s4.title': 'The prepared (uncertain) side aborts',
  'lessons.3pc-partition.s4.text':
    'S2 and S5 timed out without a PreCommit, and the rule for a prepared (uncertain) node is to abort. T1 is now committed on S1, S3 and S4 and aborted on S2 and S5: the invariants panel marks Atomicity with a red ✗. 3PC is non-blocking only when failures are crashes, not partitions.',

  'lessons.3pc-quorum.s1.title': 'The same partition',
  'lessons.3pc-quorum.s1.text':
    'The same run as before: S1, S3 and S4 are precommitted, and S2 and S5, prepared (uncertain), are cut off from them. This time the “Termination protocol” setting is “quorum”: a node commits only when it knows that a majority, 3 of 5, is precommitted.',
  'lessons.3pc-quorum.s1.q': 'What will S1 do?',
  'lessons.3pc-quorum.s2.title': 'The majority side commits',
  'lessons.3pc-quorum.s2.text':
    'S1 got Acks from S3 and S4: with itself, 3 of 5 nodes are precommitted, a majority. So S1 committed T1 at once, without waiting for a timeout, and S3 and S4 committed on DoCommit.',
  'lessons.3pc-quorum.s2.q': 'What will S2 and S5 do?',
  'lessons.3pc-quorum.s3.title': 'The minority waits',
  'lessons.3pc-quorum.s3.text':
    'When their timers ran out, S2 and S5 did not abort. They sent StateRequest to every node, but only each other can answer, and the StateReply messages on the wire say prepared (uncertain). Two of five is no majority, so they may neither commit nor abort: they are blocked, and no invariant is violated.',
  'lessons.3pc-quorum.s4.title': 'After the heal',
  'lessons.3pc-quorum.s4.text':
    'The partition healed at 1000 ms. On their next round of StateRequest, S2 and S5 heard that T1 committed, and committed it too: the same outcome everywhere. Quorum termination trades blocking on the minority side for safety under partitions.',
};
