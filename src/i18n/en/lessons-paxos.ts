// The Paxos lessons' titles, narration, questions and choices.
export const lessonsPaxos: Record<string, string> = {
  'lessons.paxos-single.s1.title': 'A proposer starts ballot 1.1',
  'lessons.paxos-single.s1.text':
    'A client asks S1 to propose v=A. S1 picks ballot 1.1 (round 1, node 1) and sends Prepare to every acceptor, itself included: phase 1 asks them to promise to ignore any lower ballot.',
  'lessons.paxos-single.s2.title': 'Promises from a majority',
  'lessons.paxos-single.s2.text':
    'Promises for ballot 1.1 from S1, S2 and S3 have reached S1, each reporting that it has accepted nothing yet. With promises from a majority, S1 may propose its own value: it sends Accept(1.1, v=A) to every acceptor.',
  'lessons.paxos-single.s3.title': 'Chosen, but nobody knows yet',
  'lessons.paxos-single.s3.text':
    'S2, S3 and S5 have accepted v=A in ballot 1.1. Three of five is a majority, so v=A is chosen now, although no node has learned it yet. Each acceptor sends Accepted to every learner.',
  'lessons.paxos-single.s3.q': 'Which nodes will learn v=A?',
  'lessons.paxos-single.s3.q.proposer': 'Only S1, the proposer',
  'lessons.paxos-single.s3.q.all': 'All five nodes',
  'lessons.paxos-single.s4.title': 'Every learner learns v=A',
  'lessons.paxos-single.s4.text':
    'Every node is also a learner. Each one learned v=A once Accepted messages from a majority of acceptors, all for ballot 1.1, had reached it. No invariant was violated.',

  'lessons.paxos-dueling.s1.title': 'Two proposers, two values',
  'lessons.paxos-dueling.s1.text':
    'S1 started ballot 1.1 to propose v=A. Now a client asks S5 to propose v=B, and S5 starts ballot 1.5. Both are in round 1; the node id breaks the tie, so 1.5 is the higher ballot.',
  'lessons.paxos-dueling.s2.title': 'S1 asks for acceptance',
  'lessons.paxos-dueling.s2.text':
    'S1 has promises for ballot 1.1 from S1, S2 and S3, and sends Accept(1.1, v=A). Meanwhile S5’s Prepare(1.5) has reached S4, which promised ballot 1.5; it has not reached the others yet.',
  'lessons.paxos-dueling.s2.q': 'Will S1’s value v=A be chosen in ballot 1.1?',
  'lessons.paxos-dueling.s3.title': 'The higher ballot pre-empts the lower one',
  'lessons.paxos-dueling.s3.text':
    'Every acceptor promised ballot 1.5 before S1’s Accept(1.1) arrived, so each refuses it and answers Nack: nobody accepted v=A. S5 has promises for ballot 1.5 from S1, S2 and S4, none reporting an acceptance, and sends Accept(1.5, v=B).',
  'lessons.paxos-dueling.s3.q': 'Which value will be chosen?',
  'lessons.paxos-dueling.s4.title': 'One value is chosen',
  'lessons.paxos-dueling.s4.text':
    'A majority accepted v=B in ballot 1.5, and every node learned it, S1 included. S1 gave up its ballot; having learned v=B, it stops proposing. Only one value was ever chosen.',

  'lessons.paxos-livelock.s1.title': 'Five proposers at once',
  'lessons.paxos-livelock.s1.text':
    'Clients ask all five nodes at the same moment to propose five different values, v1 to v5. Each starts its own round-1 ballot with Prepare. The setting “Randomized back-off before a retry (off: retry at once — dueling proposers can livelock)” is off.',
  'lessons.paxos-livelock.s2.title': 'Pre-empted, they retry at once',
  'lessons.paxos-livelock.s2.text':
    'S1 to S4 were pre-empted by higher ballots and retried at once in round 2. Their new Prepare messages are on the wire together with S5’s Accept(1.5, v5), and they ask the acceptors to promise round 2, higher than ballot 1.5.',
  'lessons.paxos-livelock.s2.q': 'Will a value be chosen within the next second?',
  'lessons.paxos-livelock.s3.title': 'A second later, still nothing',
  'lessons.paxos-livelock.s3.text':
    'S1 is already in round 41, and no value is chosen. Every acceptor has accepted v5 — later proposers adopted it — but each in a different ballot, and a value is chosen only when a majority accepts it in the same ballot.',
  'lessons.paxos-livelock.s3.q': 'Turn the back-off on. Which value will be chosen?',
  'lessons.paxos-livelock.s4.title': 'With back-off, one proposer finishes',
  'lessons.paxos-livelock.s4.text':
    'This step replays the run with “Randomized back-off before a retry (off: retry at once — dueling proposers can livelock)” on — press ⏮ (Home) then ▶ to watch it from the start. A pre-empted proposer now waits a random 100 to 300 ms before retrying. So S5’s ballot 1.5, the highest of round 1, finished both phases undisturbed, and v5 was chosen in its first round.',

  'lessons.paxos-p2c.s1.title': 'v=A is chosen without S5',
  'lessons.paxos-p2c.s1.text':
    'S5 is cut off from the others. S1 proposed v=A in ballot 1.1; S1, S2, S3 and S4 accepted it, so it is chosen, and they have learned it. S5 knows nothing about it.',
  'lessons.paxos-p2c.s2.title': 'A later proposer with another value',
  'lessons.paxos-p2c.s2.text':
    'The network is split again, now into {S1, S2} and {S3, S4, S5}: S5 can reach S3 and S4, but not S1 or S2. A client asks S5 to propose v=B, and S5 sends Prepare for ballot 1.5, which is higher than 1.1.',
  'lessons.paxos-p2c.s2.q': 'Which value will S5 ask the acceptors to accept?',
  'lessons.paxos-p2c.s3.title': 'S5 must adopt v=A',
  'lessons.paxos-p2c.s3.text':
    'S3 and S4 promised ballot 1.5, and their Promise reported that they had accepted v=A in ballot 1.1. The rule P2c says S5 must propose the value of the highest-ballot acceptance reported, so it sent Accept(1.5, v=A), not its own v=B. S3, S4 and S5 have accepted v=A in ballot 1.5.',
  'lessons.paxos-p2c.s4.title': 'Still one value',
  'lessons.paxos-p2c.s4.text':
    'S5 has learned v=A: every node has learned the same value, and no invariant was violated. Any two majorities share an acceptor, so a later proposer always hears of a chosen value.',
  'lessons.paxos-p2c.s4.q': 'Suppose S5 ignored what the promises report. What would S5 learn?',
  'lessons.paxos-p2c.s5.title': 'Break the rule, break agreement',
  'lessons.paxos-p2c.s5.text':
    'This step replays the run with “Unsafe: propose own value, ignoring the acceptances reported in promises” on — press ⏮ (Home) then ▶ to watch it from the start. S5 proposed v=B, and S3, S4 and S5 accepted it in ballot 1.5, so a second value was chosen. S5 learned v=B while S1 to S4 hold v=A, and the invariants panel marks Agreement with a red ✗.',

  'lessons.paxos-acceptor-crash.s1.title': 'Three acceptors choose v=A',
  'lessons.paxos-acceptor-crash.s1.text':
    'S4 and S5 are cut off. S1 proposed v=A in ballot 1.1; S1, S2 and S3, a majority of five, accepted it, so v=A is chosen. S4 and S5 have accepted nothing.',
  'lessons.paxos-acceptor-crash.s2.title': 'S1, S2 and S3 crash',
  'lessons.paxos-acceptor-crash.s2.text':
    'The three nodes that accepted v=A crashed at 150 ms, and the network healed. An acceptor keeps its promised ballot and its accepted value in stable storage, so a crash does not erase them.',
  'lessons.paxos-acceptor-crash.s3.title': 'No majority to answer',
  'lessons.paxos-acceptor-crash.s3.text':
    'A client asked S5 to propose v=B. Only S4 and S5 are up to promise ballot 1.5: two of five is no majority, so S5 cannot go on to phase 2. S1, S2 and S3 are due to restart at 400 ms.',
  'lessons.paxos-acceptor-crash.s3.q': 'What will S5 learn?',
  'lessons.paxos-acceptor-crash.s4.title': 'The restarted acceptors remember',
  'lessons.paxos-acceptor-crash.s4.text':
    'S5 retried with ballot 2.5. S2 promised it and reported v=A, accepted in ballot 1.1 before the crash, so S5 proposed v=A, and every node accepted it in ballot 2.5. The chosen value survived the crashes.',
};
