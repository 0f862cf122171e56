// Raft 课程的文字 (the Raft lessons' narration, questions and choices in Simplified Chinese;
// same keys as ../en/lessons-raft.ts). Facts, node names, numbers and terms as in the English:
// test/lessons/lessons.test.ts checks the lessons' claims against the runs.
export const lessonsRaft: Record<string, string> = {
  'lessons.raft-election.s1.title': '五个跟随者，没有领导者',
  'lessons.raft-election.s1.text':
    '每个节点启动时都是任期 0 的跟随者。每个节点都在等待领导者，各自有一个随机化的选举超时：节点外的圆弧表示它的超时还剩下多少。',
  'lessons.raft-election.s1.q': '谁的计时器最先到期，从而成为候选人？',
  'lessons.raft-election.s2.title': 'S5 成为候选人',
  'lessons.raft-election.s2.text': 'S5 最先超时。它进入任期 1，给自己投票，并用 RequestVote 向其他每个节点请求选票。',
  'lessons.raft-election.s3.title': '多数派选出了 S5',
  'lessons.raft-election.s3.text':
    '每个跟随者在一个任期内只投出一张选票，投给第一个日志至少和自己一样新的候选人。得到多数派的选票后，S5 成为任期 1 的领导者。作为新领导者，它在自己的日志中追加一条本任期的空操作日志条目（no-op），并发送 AppendEntries 心跳，让其他节点都不会超时。',
  'lessons.raft-election.s4.title': '客户端请求到达了一个跟随者',
  'lessons.raft-election.s4.text':
    '客户端把 x=1 发给了 S1。跟随者不会自己追加客户端的值：S1 把请求转发给它的领导者 S5，S5 把 x=1 追加到自己日志中空操作条目之后，索引为 2，并用 AppendEntries 复制它。',
  'lessons.raft-election.s5.title': '在领导者上已提交',
  'lessons.raft-election.s5.text':
    '多数派已经存储了 x=1，所以 S5 提交了它：S5 的提交索引现在覆盖了这个条目。跟随者已经有了这个条目，但还不知道它已提交。',
  'lessons.raft-election.s5.q': '下一次心跳之后，x=1 会在哪些节点上提交？',
  'lessons.raft-election.s5.q.all': '全部五个节点',
  'lessons.raft-election.s5.q.leader': '仍然只在领导者上',
  'lessons.raft-election.s6.title': '在所有节点上已提交',
  'lessons.raft-election.s6.text': '下一条 AppendEntries 带上了领导者的提交索引，每个跟随者也都提交了 x=1。没有违反任何不变式。',

  'lessons.raft-leader-crash.s1.title': 'S3 当选',
  'lessons.raft-leader-crash.s1.text':
    'S3 的选举计时器最先到期。它用 RequestVote 请求选票，获得了多数派的选票，成为任期 1 的领导者。现在它向其他节点发送 AppendEntries 心跳。',
  'lessons.raft-leader-crash.s2.title': '一个值在所有节点上提交',
  'lessons.raft-leader-crash.s2.text': '客户端把 x=1 发给 S1，S1 把它转发给 S3。S3 用 AppendEntries 复制了它；它已在全部五个节点上提交。',
  'lessons.raft-leader-crash.s3.title': '领导者崩溃',
  'lessons.raft-leader-crash.s3.text':
    'S3，也就是我们看着赢得选举的那个领导者，在 300 毫秒时崩溃了。现在没有在线的领导者。其他节点仍在任期 1 中跟随 S3，但收不到心跳，它们的选举计时器在一点点走完：看那些圆弧，每段圆弧表示一个节点的超时还剩下多少。',
  'lessons.raft-leader-crash.s3.q': '哪个节点会成为任期 2 的领导者？',
  'lessons.raft-leader-crash.s4.title': 'S5 领导任期 2',
  'lessons.raft-leader-crash.s4.text':
    'S5 最先超时，进入任期 2，赢得了 S1、S2 和 S4 的选票：即使 S3 已崩溃，五个中的三个仍是多数派。节点只把选票投给日志至少和自己一样新的候选人（§5.4.1），所以 S5 拥有 x=1，x=1 依然是已提交的；作为新领导者，S5 追加了一条任期 2 的空操作条目。',
  'lessons.raft-leader-crash.s5.title': '集群在没有 S3 的情况下继续工作',
  'lessons.raft-leader-crash.s5.text':
    '客户端把 y=2 发给 S2；S5 复制了它，它已在四个在线的节点上提交。S3 仍处于崩溃状态，它的日志以 x=1 结尾：先是它在任期 1 的空操作条目，然后是 x=1。',
  'lessons.raft-leader-crash.s5.q': 'S3 现在重启，仍处于任期 1。它会怎么做？',
  'lessons.raft-leader-crash.s5.q.leads': '重新担任领导者',
  'lessons.raft-leader-crash.s5.q.campaigns': '发起一次选举',
  'lessons.raft-leader-crash.s5.q.follows': '在任期 2 中跟随 S5',
  'lessons.raft-leader-crash.s6.title': 'S3 以跟随者身份重新加入',
  'lessons.raft-leader-crash.s6.text':
    '重启的节点是跟随者：它保留自己的任期、投出的选票和日志，但不再是领导者。S5 发来的第一条 AppendEntries 带着任期 2，于是 S3 进入任期 2，跟随 S5，并收到了它缺少的两个条目：S5 在任期 2 的空操作条目和 y=2。没有违反任何不变式。',

  'lessons.raft-partition.s1.title': 'S1 当选',
  'lessons.raft-partition.s1.text': 'S1 最先超时并赢得了选举：它是任期 1 的领导者。',
  'lessons.raft-partition.s2.title': '网络被分割',
  'lessons.raft-partition.s2.text':
    'a=1 已在全部五个节点上提交。现在一次网络分区把 S1、S2 与 S3、S4、S5 隔开。领导者 S1 在少数派一侧。',
  'lessons.raft-partition.s3.title': '无法提交的领导者',
  'lessons.raft-partition.s3.text':
    '客户端把 z=9 发给 S1，S1 仍是领导者：它把 z=9 追加到自己的日志，S2 也复制了一份。但两个节点不是五个中的多数派，所以 z=9 在任何节点上都没有提交。另一侧的 S3、S4 和 S5 收不到心跳。',
  'lessons.raft-partition.s3.q': '在多数派一侧，哪个节点会成为任期 2 的领导者？',
  'lessons.raft-partition.s4.title': '两个领导者，处于不同的任期',
  'lessons.raft-partition.s4.text':
    'S3 超时，进入任期 2，赢得了 S4 和 S5 的选票。S1 仍以为自己在领导任期 1：它听不到新的任期。Raft 规定每个任期只能有一个领导者，而这两个领导者属于不同的任期。',
  'lessons.raft-partition.s5.title': '只有多数派一侧能提交',
  'lessons.raft-partition.s5.text':
    '客户端把 b=2 发给 S4，S4 把它转发给 S3。b=2 已在 S3、S4 和 S5 上提交，而在少数派一侧，z=9 仍然没有提交。链路仍被切断；网络分区将在 900 毫秒时恢复。',
  'lessons.raft-partition.s5.q': '恢复之后，S1 和 S2 上的 z=9 会怎样？',
  'lessons.raft-partition.s5.q.kept': '它也会被提交',
  'lessons.raft-partition.s5.q.replaced': '它会被 S3 的条目替换',
  'lessons.raft-partition.s6.title': '旧领导者退位',
  'lessons.raft-partition.s6.text':
    'S1 看到了任期 2，退位成为跟随者。S3 的 AppendEntries 表明索引 3 处有冲突：S1 和 S2 在那里是任期 1 的 z=9，S3 则是任期 2 的空操作条目，所以它们删除了 z=9，复制了 S3 的条目。b=2 已在所有节点上提交；z=9 从未提交过，所以没有丢失任何已提交的内容。',

  'lessons.raft-log-repair.s1.title': 'S5 落后了，还多出一个条目',
  'lessons.raft-log-repair.s1.text':
    'S5 曾领导任期 1 并提交了 x=1。随后它被切断，追加了没有其他节点收到的 z=9，然后崩溃了。崩溃的节点会保留日志：S5 的日志里有它在任期 1 的空操作条目、x=1，以及从未提交的 z=9。',
  'lessons.raft-log-repair.s2.title': '其他节点继续工作',
  'lessons.raft-log-repair.s2.text':
    'S1 当选任期 2 的领导者，追加了它的空操作条目，并把 x=2 和 x=3 复制到 S2、S3 和 S4，构成多数派，于是 S1 提交了这两个值。S5 仍处于崩溃状态，这两个值它都没有。',
  'lessons.raft-log-repair.s3.title': '新的领导者，远远落后的跟随者',
  'lessons.raft-log-repair.s3.text':
    'S1 崩溃后又重启了；与此同时，S2 当选任期 3 的领导者，并提交了 x=4。S2 的日志有 7 个条目：x=1 到 x=4，再加上每位新领导者的一条空操作条目（任期 1、2 和 3）。S2 为 S5 记录的 nextIndex 是 6：它会从索引 6 开始发送条目，并告诉 S5 自己索引 5 处的条目属于任期 2。',
  'lessons.raft-log-repair.s3.q': 'S5 现在重启。它会接受 S2 的第一条 AppendEntries 吗？',
  'lessons.raft-log-repair.s3.q.accepts': '会，它的日志变得和 S2 的一样',
  'lessons.raft-log-repair.s3.q.refuses': '不会，它会拒绝',
  'lessons.raft-log-repair.s4.title': '被拒绝：索引 5 处没有条目',
  'lessons.raft-log-repair.s4.text':
    'S5 在索引 5 处没有条目，所以一致性检查失败，它拒绝了。S2 把给 S5 的 nextIndex 退回到 4，正好在 S5 最后一个条目之后，然后重试。',
  'lessons.raft-log-repair.s5.title': '再次被拒绝：索引 3 处有冲突',
  'lessons.raft-log-repair.s5.text':
    '在索引 3 处，S5 是任期 1 的 z=9，而 S2 是任期 2 的空操作条目。两份日志在这里不一致，所以 S5 再次拒绝，S2 把 nextIndex 退回到 3。',
  'lessons.raft-log-repair.s6.title': '日志一致了，S5 被修复',
  'lessons.raft-log-repair.s6.text':
    '在索引 2 处，两份日志都是任期 1 的 x=1，所以 S5 接受了。它删除了 z=9，从领导者那里复制了索引 3 到 7 的条目：它的日志现在和 S2 的完全相同，x=4 已在全部五个节点上提交。没有违反任何不变式。',

  'lessons.raft-figure-8.s1.title': '重现图 8',
  'lessons.raft-figure-8.s1.text':
    '在本课程中，节点只在课程触发它的计时器时才发起选举，并且和论文中的图一样，“新领导者追加一条空操作日志条目”这一设置是关闭的。S2 曾领导任期 1：x=1 已在全部五个节点的索引 1 处提交。',
  'lessons.raft-figure-8.s2.title': '（a）S1 领导任期 2',
  'lessons.raft-figure-8.s2.text':
    'S1 当选任期 2 的领导者，随后一次网络分区让它只和 S2 在一起。它在索引 2 处的任期 2 条目 x=2 到达了 S2，没有到达其他节点。这个条目没有提交。',
  'lessons.raft-figure-8.s3.title': '（b）S5 领导任期 3',
  'lessons.raft-figure-8.s3.text':
    'S1 崩溃了。S5 凭借 S3、S4 和它自己的选票当选任期 3 的领导者，并在索引 2 处追加了任期 3 的 x=3。它随即被切断，所以只有 S5 拥有 x=3。',
  'lessons.raft-figure-8.s4.title': '（c）S1 领导任期 4',
  'lessons.raft-figure-8.s4.text':
    'S5 崩溃了。S1 重启，由 S2 和 S3 选为任期 4 的领导者，并把 x=2 复制到 S3；链路 S1→S4 被切断，所以 S4 没有收到 x=2。这个任期 2 的条目已在 S1、S2 和 S3 上，构成多数派，但 S1 并不提交它：领导者只为自己任期的条目计数副本（§5.4.2）。',
  'lessons.raft-figure-8.s4.q': '现在 S1 崩溃，S5 重启并发起选举。S3 上索引 2 处的 x=2 会保留下来吗？',
  'lessons.raft-figure-8.s4.q.survives': '会：它在多数派上',
  'lessons.raft-figure-8.s4.q.overwritten': '不会：S5 会用 x=3 覆盖它',
  'lessons.raft-figure-8.s5.title': '（d）S5 覆盖了 x=2',
  'lessons.raft-figure-8.s5.text':
    'S5 在 S2、S3 和 S4 的支持下赢得了任期 5：它最后一个条目属于任期 3，比 S2 和 S3（任期 2）以及 S4（任期 1）的最后一个条目都新，所以它的日志被认为比它们的日志新。它在这三个节点上用 x=3 替换了 x=2。假如 S1 当时提交了 x=2，现在就有一个已提交的条目丢失了；但它没有提交，所以没有违反任何不变式。',
  'lessons.raft-figure-8.s6.title': '旧条目随新条目一起提交',
  'lessons.raft-figure-8.s6.text':
    '客户端把 x=5 发给 S5。属于当前任期 5 的 x=5 一到达多数派，S5 就提交了它，排在它前面的 x=3 也随之提交。更早任期的条目只能以这种方式提交。',
  'lessons.raft-figure-8.s7.title': '不安全的规则，被抓住了',
  'lessons.raft-figure-8.s7.text':
    '这一步开启“教学用：按副本数提交旧任期的日志条目（不安全，违反图 8）”并重新运行——先按 ⏮（Home）再按 ▶，从头观看。在（c）中，S1 因为三个节点持有 x=2 而提交了它；在（d）中，S5 在 S2、S3 和 S4 上覆盖了它。不变式面板用红色 ✗ 标出 LeaderCompleteness 和 StateMachineSafety。',

  'lessons.raft-rejoin.heal.q': '网络恢复后，S1 还会是领导者吗？',
  'lessons.raft-rejoin.s1.title': 'S1 领导任期 1',
  'lessons.raft-rejoin.s1.text': 'S1 当选任期 1 的领导者，x=1 已在全部五个节点上提交。“预投票（先询问，避免扰乱集群）”这一设置是关闭的。',
  'lessons.raft-rejoin.s2.title': 'S5 被切断，独自发起选举',
  'lessons.raft-rejoin.s2.text':
    '一次网络分区把 S5 和其他节点隔开了。收不到心跳，S5 超时了，进入任期 2，给自己投票并发送 RequestVote，但没有任何节点收到。S1 仍在领导任期 1。',
  'lessons.raft-rejoin.s3.title': '任期不断累加',
  'lessons.raft-rejoin.s3.text':
    'S5 的计时器每到期一次，它就在一个新任期里发起一次新的选举：它现在处于任期 4。与此同时，S1 在 S1 到 S4 上提交了 x=2；S5 的日志里没有它。S5 仍被切断；网络分区将在 1100 毫秒时恢复。',
  'lessons.raft-rejoin.s4.title': '一个健康的领导者被推翻',
  'lessons.raft-rejoin.s4.text':
    'S5 用它的任期 4 回复了 S1 的 AppendEntries。更高的任期总是胜出，所以 S1 退位，成为任期 4 的跟随者。现在没有领导者了，尽管 S1 本身没有任何问题。',
  'lessons.raft-rejoin.s4.q': 'S5 的任期最高。它会赢得下一次选举吗？',
  'lessons.raft-rejoin.s5.title': 'S5 赢不了',
  'lessons.raft-rejoin.s5.text':
    'S5 发起了任期 5 的选举，每个节点都进入了任期 5，却都拒绝投票给它：S5 的日志缺少 x=2，所以不如它们的日志新（§5.4.1）。仍然没有领导者。',
  'lessons.raft-rejoin.s6.title': '一次不必要的选举',
  'lessons.raft-rejoin.s6.text':
    'S2 和 S3 都超时了，并为任期 6 发起选举；S3 先获得多数派的选票，成为领导者。而集群原本一直都有一个正常工作的领导者。',
  'lessons.raft-rejoin.s7.title': '恢复正常',
  'lessons.raft-rejoin.s7.text':
    '客户端的 x=3 已在全部五个节点上提交，S5 的日志也修复了，补上了 x=2、S3 在任期 6 的空操作条目和 x=3。没有违反任何不变式：代价是一次谁都不需要的选举。',
  'lessons.raft-rejoin.s8.title': '开启预投票后的同一次运行',
  'lessons.raft-rejoin.s8.text':
    '这一步开启“预投票（先询问，避免扰乱集群）”并重新运行——先按 ⏮（Home）再按 ▶，从头观看。被切断时，S5 只是询问自己能否赢得选举，从未提高自己的任期。恢复之后 S1 仍在领导任期 1，S5 跟随它，x=3 已在全部五个节点上提交。',

  'lessons.raft-rejoin-prevote.s1.title': 'S1 领导任期 1',
  'lessons.raft-rejoin-prevote.s1.text':
    '“预投票（先询问，避免扰乱集群）”这一设置是开启的。S1 先用 PreVote 询问其他节点是否会投票给它；得到多数派的肯定答复后，它才进行真正的选举，并领导任期 1。每份日志都包含 S1 在任期 1 的空操作条目和 x=1。',
  'lessons.raft-rejoin-prevote.s2.title': 'S5 在发起选举前先询问',
  'lessons.raft-rejoin-prevote.s2.text':
    '一次网络分区把 S5 隔开了。它的计时器到期了，但它没有发起选举，而是成为预候选人，为任期 2 发送 PreVote。它自己的任期仍是 1。',
  'lessons.raft-rejoin-prevote.s3.title': '没有回应，就没有新任期',
  'lessons.raft-rejoin-prevote.s3.text':
    '没有多数派能回应 S5，所以它不停地询问，一直停留在任期 1。与此同时，S1 在 S1 到 S4 上提交了 x=2；S5 的日志里没有它。S5 仍被切断；网络分区将在 1100 毫秒时恢复。',
  'lessons.raft-rejoin-prevote.s4.title': 'S5 直接跟随',
  'lessons.raft-rejoin-prevote.s4.text':
    'S5 收到了任期 1 的领导者 S1 发来的 AppendEntries，不再是预候选人，转而跟随 S1。它复制了 x=2。S1 始终是领导者。',
  'lessons.raft-rejoin-prevote.s5.title': '没有扰乱',
  'lessons.raft-rejoin-prevote.s5.text': '客户端的 x=3 已在全部五个节点上提交，仍处于任期 1。不需要任何选举，也没有违反任何不变式。',
};
