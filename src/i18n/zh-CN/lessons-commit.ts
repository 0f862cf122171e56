// 2PC 与 3PC 课程的文字 (the commit lessons' narration, questions and choices in Simplified
// Chinese; same keys as ../en/lessons-commit.ts).
export const lessonsCommit: Record<string, string> = {
  'lessons.2pc-commit.s1.title': '协调者请求投票',
  'lessons.2pc-commit.s1.text':
    '客户端请协调者 S1 执行事务 T1。S1 把 T1 的开始写入自己的日志，并向参与者 S2、S3 和 S4 发送 Prepare。',
  'lessons.2pc-commit.s2.title': '每个参与者都投赞成票',
  'lessons.2pc-commit.s2.text':
    '每个参与者先把自己的赞成票写入日志，再发送 VoteYes。从这时起它就处于已准备状态：它已承诺一旦收到指令就提交，所以不能再自行中止。',
  'lessons.2pc-commit.s2.q': 'S1 会做出什么决定？',
  'lessons.2pc-commit.s3.title': '决定写进了协调者的日志',
  'lessons.2pc-commit.s3.text':
    '三张票都是赞成票，所以 S1 决定提交。它先把决定写入日志——这一刻就是 T1 提交的时刻——然后向每个参与者发送 Commit。',
  'lessons.2pc-commit.s4.title': '在所有节点上已提交',
  'lessons.2pc-commit.s4.text':
    '每个参与者都提交了，并回复 Ack。所有 Ack 都已收到，于是 S1 写下一条结束记录：它不必再重发决定了。没有违反任何不变式。',

  'lessons.2pc-no-vote.s1.title': 'S3 投反对票',
  'lessons.2pc-no-vote.s1.text':
    '在“参与者的投票”设置中，S3 投反对票。它立即中止 T1：投反对票的参与者没有作出任何承诺，所以可以自行中止。',
  'lessons.2pc-no-vote.s2.title': '一张反对票就够了',
  'lessons.2pc-no-vote.s2.text':
    'S3 的 VoteNo 到达 S1，S1 不等 S2 的投票就决定中止：T1 已经不可能提交了。S1 把中止写入日志并发送 Abort。S2 和 S4 投了赞成票，仍处于已准备状态。',
  'lessons.2pc-no-vote.s2.q': 'S4 投了赞成票。S4 会怎么做？',
  'lessons.2pc-no-vote.s3.title': '在所有节点上已中止',
  'lessons.2pc-no-vote.s3.text':
    'S2 和 S4 按 S1 的通知中止：赞成票的意思是“准备好提交”，而不是“已提交”。T1 在全部四个节点上都已中止，没有违反任何不变式。',

  'lessons.2pc-blocking.s1.title': '大家都投赞成票',
  'lessons.2pc-blocking.s1.text': 'S1 为 T1 发送了 Prepare；S2、S3 和 S4 都已投赞成票，处于已准备状态。它们的选票正在发往 S1 的路上。',
  'lessons.2pc-blocking.s2.title': '协调者崩溃',
  'lessons.2pc-blocking.s2.text':
    'S1 在收到任何一张选票之前就崩溃了。选票仍在途中，但崩溃的节点什么也收不到。参与者不知道 S1 是否已经做出了决定。',
  'lessons.2pc-blocking.s2.q': '没有协调者，参与者会怎么做？',
  'lessons.2pc-blocking.s3.title': '阻塞',
  'lessons.2pc-blocking.s3.text':
    '等了 500 毫秒仍没有决定，S2、S3 和 S4 用 DecisionRequest 询问 S1，并且会一直问下去。它们不能中止——就它们所知，S1 可能已决定提交——也不能提交，因为可能有节点投了反对票。它们阻塞了。',
  'lessons.2pc-blocking.s4.title': '仍然阻塞',
  'lessons.2pc-blocking.s4.text':
    '崩溃一秒之后，参与者仍处于已准备状态，仍然阻塞：协调者崩溃期间，2PC 无法完成。S1 马上就要重启了。',
  'lessons.2pc-blocking.s4.q': 'S1 在 1100 毫秒时重启。T1 会怎样？',
  'lessons.2pc-blocking.s5.title': '推定中止',
  'lessons.2pc-blocking.s5.text':
    'S1 的日志里有 T1 的开始，但没有决定，而它没看到的选票已经丢失了。所以它决定中止，这是安全的：从未写入日志的提交，不可能被任何节点得知。它发送了 Abort，参与者不再阻塞。',

  'lessons.2pc-cooperative.s1.title': '决定只到达了 S3',
  'lessons.2pc-cooperative.s1.text':
    '所有参与者都投了赞成票，S1 决定提交。但 S1 到 S2 和到 S4 的链路被切断了，所以三条 Commit 消息中只有发往 S3 的那条在途。',
  'lessons.2pc-cooperative.s2.title': '协调者崩溃',
  'lessons.2pc-cooperative.s2.text':
    'S1 崩溃了。S3 已提交 T1；S2 和 S4 仍处于已准备状态。“终止协议”设置为“无”：已准备的参与者只询问协调者。',
  'lessons.2pc-cooperative.s2.q': 'S2 和 S4 会怎么做？',
  'lessons.2pc-cooperative.s3.title': '阻塞了，尽管 S3 知道结果',
  'lessons.2pc-cooperative.s3.text': 'S2 和 S4 阻塞了：它们一直在询问已崩溃的 S1。S3 知道 T1 已经提交，但没有节点去问它。',
  'lessons.2pc-cooperative.s4.title': '去问其他参与者',
  'lessons.2pc-cooperative.s4.text':
    '这一步把“终止协议”设为“协作式”并重新运行——先按 ⏮（Home）再按 ▶，从头观看。阻塞的参与者现在也会向其他参与者发送 DecisionRequest：S2 和 S4 询问了 S1、S3 以及彼此。但 S2 和 S4 都处于已准备状态，和询问者一样不确定，所以谁也回答不了对方，两者仍然阻塞。',
  'lessons.2pc-cooperative.s4.q': '现在 S2 和 S4 会怎么做？',
  'lessons.2pc-cooperative.s5.title': 'S3 知道结果',
  'lessons.2pc-cooperative.s5.text':
    'S3 已经提交，所以它回复了 Commit，S2 和 S4 没有等 S1 就提交了。只有当某个能联系到的参与者知道结果，或者还没有投票时，协作式终止才有帮助。',

  'lessons.3pc-commit.s1.title': '第 1 阶段：CanCommit',
  'lessons.3pc-commit.s1.text':
    '协调者 S1 为 T1 发送了 CanCommit。每个参与者把自己的赞成票写入日志，并回复 VoteYes。它现在处于已准备（不确定）状态：它不知道其他节点是否都投了赞成票。',
  'lessons.3pc-commit.s2.title': '第 2 阶段：PreCommit',
  'lessons.3pc-commit.s2.text':
    '所有选票都是赞成票。S1 没有直接提交，而是把预提交写入日志，并发送 PreCommit：“大家都投了赞成票，准备提交”。S1 处于已预提交状态；还没有任何节点提交。',
  'lessons.3pc-commit.s3.title': '所有节点都已预提交',
  'lessons.3pc-commit.s3.text':
    '参与者都已预提交，并回复 Ack。已预提交的节点知道每个节点都投了赞成票，所以不再有节点处于不确定状态。',
  'lessons.3pc-commit.s3.q': '收到所有 Ack 后，S1 会怎么做？',
  'lessons.3pc-commit.s4.title': '第 3 阶段：DoCommit',
  'lessons.3pc-commit.s4.text': '每个参与者都确认了 PreCommit，所以 S1 提交 T1 并发送 DoCommit。',
  'lessons.3pc-commit.s5.title': '在所有节点上已提交',
  'lessons.3pc-commit.s5.text':
    '每个参与者收到 DoCommit 后提交。三个阶段比 2PC 多一次往返；接下来的课程会展示它换来了什么。没有违反任何不变式。',

  'lessons.3pc-coordinator-crash.s1.title': '两个事务，然后崩溃',
  'lessons.3pc-coordinator-crash.s1.text':
    '每个参与者都对 T1 投了赞成票，所以 S1 预提交了 T1 并发送 PreCommit。S1 还发起了 T2，并为它发送了 CanCommit。然后 S1 崩溃了。',
  'lessons.3pc-coordinator-crash.s2.title': '对 T1 已预提交，对 T2 已准备（不确定）',
  'lessons.3pc-coordinator-crash.s2.text':
    '已经发出的消息仍会到达。S2、S3 和 S4 对 T1 已预提交。它们对 T2 投了赞成票，但崩溃的 S1 收不到任何选票：在 T2 上，它们处于已准备（不确定）状态。',
  'lessons.3pc-coordinator-crash.s2.q': 'S1 一直处于崩溃状态。参与者会怎么做？',
  'lessons.3pc-coordinator-crash.s2.q.split': '提交 T1，中止 T2',
  'lessons.3pc-coordinator-crash.s2.q.commit': '两个都提交',
  'lessons.3pc-coordinator-crash.s2.q.abort': '两个都中止',
  'lessons.3pc-coordinator-crash.s3.title': '没有协调者也做出了决定',
  'lessons.3pc-coordinator-crash.s3.text':
    '600 毫秒没有消息之后，每个参与者都应用 Skeen 的超时规则。在 T1 上已预提交，它就提交，因为每个节点都投了赞成票；在 T2 上已准备（不确定），它就中止，因为在所有节点都预提交之前，没有节点能提交 T2。没有节点阻塞。',
  'lessons.3pc-coordinator-crash.s4.title': '协调者也做出同样的决定',
  'lessons.3pc-coordinator-crash.s4.text':
    'S1 重启了。它的日志显示 T1 已预提交，所以它提交 T1 并发送 DoCommit；T2 只是开始了，所以它中止 T2 并发送 Abort。每个节点都做出了相同的决定，没有违反任何不变式。',

  'lessons.3pc-partition.s1.title': 'PreCommit 在途',
  'lessons.3pc-partition.s1.text': '四个参与者都对 T1 投了赞成票。S1 已预提交，并向每个参与者发送了 PreCommit。',
  'lessons.3pc-partition.s2.title': '在最糟糕的时刻发生网络分区',
  'lessons.3pc-partition.s2.text':
    '网络被分成 {S1, S3, S4} 和 {S2, S5}。PreCommit 已到达 S3 和 S4，所以它们已预提交，但发往 S2 和 S5 的那两份丢失了：这两个节点仍处于已准备（不确定）状态，而且在另一侧。',
  'lessons.3pc-partition.s2.q': 'S1 收不到 S2 和 S5 的 Ack。S1 会怎么做？',
  'lessons.3pc-partition.s3.title': '已预提交的一侧提交了',
  'lessons.3pc-partition.s3.text':
    '在 Skeen 的协议中，已预提交的协调者等不到 Ack 时就会提交：它把沉默的节点当作已崩溃。S1 提交了 T1，S3 和 S4 也跟着提交了。但 S2 和 S5 还活着，并且仍处于已准备（不确定）状态。',
  'lessons.3pc-partition.s3.q': 'S2 会提交还是中止？',
  'lessons.3pc-partition.s4.title': '已准备（不确定）的一侧中止了',
  'lessons.3pc-partition.s4.text':
    'S2 和 S5 等不到 PreCommit 而超时，而已准备（不确定）节点的规则是中止。现在 T1 在 S1、S3 和 S4 上已提交，在 S2 和 S5 上已中止：不变式面板用红色 ✗ 标出 Atomicity。只有当故障是崩溃而不是网络分区时，3PC 才是非阻塞的。',

  'lessons.3pc-quorum.s1.title': '同样的网络分区',
  'lessons.3pc-quorum.s1.text':
    '和上一课同样的运行：S1、S3 和 S4 已预提交，而处于已准备（不确定）状态的 S2 和 S5 与它们被切断了。这一次“终止协议”设置为“基于法定人数”：节点只有在知道多数派（5 个中的 3 个）已预提交时才会提交。',
  'lessons.3pc-quorum.s1.q': 'S1 会怎么做？',
  'lessons.3pc-quorum.s2.title': '多数派一侧提交了',
  'lessons.3pc-quorum.s2.text':
    'S1 收到了 S3 和 S4 的 Ack：加上它自己，5 个节点中有 3 个已预提交，构成多数派。所以 S1 立即提交了 T1，无需等待超时，S3 和 S4 收到 DoCommit 后也提交了。',
  'lessons.3pc-quorum.s2.q': 'S2 和 S5 会怎么做？',
  'lessons.3pc-quorum.s3.title': '少数派等待',
  'lessons.3pc-quorum.s3.text':
    '计时器到期时，S2 和 S5 没有中止。它们向每个节点发送 StateRequest，但只有彼此能回答，而在途的 StateReply 消息说的都是已准备（不确定）。五个中的两个不是多数派，所以它们既不能提交也不能中止：它们阻塞了，没有违反任何不变式。',
  'lessons.3pc-quorum.s4.title': '网络恢复之后',
  'lessons.3pc-quorum.s4.text':
    '网络分区在 1000 毫秒时恢复。在下一轮 StateRequest 中，S2 和 S5 得知 T1 已提交，于是也提交了它：所有节点的结果相同。基于法定人数的终止用少数派一侧的阻塞，换来了网络分区下的安全性。',
};
