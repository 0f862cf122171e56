// The commit lessons' titles, narration, questions and choices (2PC and 3PC).
export const lessonsCommit: Record<string, string> = {
  'lessons.2pc-commit.title': '2PC: a transaction commits',
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
    'Each participant commits and answers with Ack. Once every Ack is in, S1 writes an end record: it need not resend the decision any more. No invariant was violated.',

  'lessons.2pc-no-vote.title': '2PC: one “no” vote aborts everywhere',
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

  'lessons.2pc-blocking.title': '2PC: the coordinator crashes and participants block',
  'lessons.2pc-blocking.s1.title': 'Everyone votes yes',
  'lessons.2pc-blocking.s1.text':
    'S1 sent Prepare for T1; S2, S3 and S4 have voted yes and are prepared. Their votes are on the way to S1.',
  'lessons.2pc-blocking.s2.title': 'The coordinator crashes',
  'lessons.2pc-blocking.s2.text':
    'S1 crashes before any vote arrives, so the votes are lost. The participants do not know whether S1 decided anything.',
  'lessons.2pc-blocking.s2.q': 'What will the participants do without the coordinator?',
  'lessons.2pc-blocking.s3.title': 'Blocked',
  'lessons.2pc-blocking.s3.text':
    'After 500 ms without a decision, S2, S3 and S4 ask S1 with DecisionRequest, and keep asking. They cannot abort — for all they know S1 decided commit — nor commit, since someone might have voted no. They are blocked.',
  'lessons.2pc-blocking.s4.title': 'Still blocked',
  'lessons.2pc-blocking.s4.text':
    'A second after the crash, the participants are still prepared and still blocked: 2PC cannot finish while the coordinator is down. S1 is about to restart.',
  'lessons.2pc-blocking.s4.q': 'S1 restarts at 1100 ms. What will happen to T1?',
  'lessons.2pc-blocking.s5.title': 'Presumed abort',
  'lessons.2pc-blocking.s5.text':
    'S1’s log holds the start of T1 but no decision, and the votes it had not seen are gone. So it decides abort, which is safe: nobody can have learned a commit that was never logged. It sends Abort, and the participants are unblocked.',

  'lessons.2pc-cooperative.title': '2PC: cooperative termination',
  'lessons.2pc-cooperative.s1.title': 'The decision reaches only S3',
  'lessons.2pc-cooperative.s1.text':
    'Everyone voted yes, and S1 decided commit. But the links from S1 to S2 and to S4 are cut, so only S3 will receive Commit.',
  'lessons.2pc-cooperative.s2.title': 'The coordinator crashes',
  'lessons.2pc-cooperative.s2.text':
    'S1 crashes. S3 has committed T1; S2 and S4 are still prepared. The “Termination protocol” setting is “none”: a prepared participant asks only the coordinator.',
  'lessons.2pc-cooperative.s2.q': 'What will S2 and S4 do?',
  'lessons.2pc-cooperative.s3.title': 'Blocked, though S3 knows',
  'lessons.2pc-cooperative.s3.text':
    'S2 and S4 are blocked: they keep asking the crashed S1. S3 knows that T1 committed, but nobody asks it.',
  'lessons.2pc-cooperative.s4.title': 'Ask the other participants',
  'lessons.2pc-cooperative.s4.text':
    'With “Termination protocol” set to “cooperative”, the run starts again. A blocked participant now also sends DecisionRequest to the other participants. S2 and S4 have asked each other, but both are prepared, as uncertain as the asker: neither can answer, and both are still blocked.',
  'lessons.2pc-cooperative.s4.q': 'What will S2 and S4 do now?',
  'lessons.2pc-cooperative.s5.title': 'S3 knows the outcome',
  'lessons.2pc-cooperative.s5.text':
    'S3 has committed, so it answers Commit, and S2 and S4 commit without waiting for S1. Cooperative termination helps only when some reachable participant knows the outcome or has not voted yet.',
};
