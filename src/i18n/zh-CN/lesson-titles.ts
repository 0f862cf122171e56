// 课程标题 (the lessons' titles in Simplified Chinese; same keys as ../en/lesson-titles.ts).
// 随首次加载一起进入课程选择器；课程的其余文字（lessons-*.ts）随课程库加载。
export const lessonTitles: Record<string, string> = {
  'lessons.raft-election.title': 'Raft：选举出一个领导者',
  'lessons.raft-leader-crash.title': 'Raft：领导者崩溃',
  'lessons.raft-partition.title': 'Raft：领导者被隔离在少数派一侧',
  'lessons.raft-log-repair.title': 'Raft：修复跟随者的日志',
  'lessons.raft-figure-8.title': 'Raft：图 8，为什么旧任期的日志条目不能靠计数副本来提交',
  'lessons.raft-rejoin.title': 'Raft：重新加入的节点扰乱了领导者（未开启预投票）',
  'lessons.raft-rejoin-prevote.title': 'Raft：预投票让重新加入的节点不再扰乱集群',
  'lessons.paxos-single.title': 'Paxos：一个提议者，选定一个值',
  'lessons.paxos-dueling.title': 'Paxos：提议者之间的竞争',
  'lessons.paxos-livelock.title': 'Paxos：没有退避时的活锁',
  'lessons.paxos-p2c.title': 'Paxos：值一旦选定就不会改变（P2c）',
  'lessons.paxos-acceptor-crash.title': 'Paxos：接受者崩溃后恢复',
  'lessons.2pc-commit.title': '2PC：一个事务提交',
  'lessons.2pc-no-vote.title': '2PC：一张反对票让所有节点中止',
  'lessons.2pc-blocking.title': '2PC：协调者崩溃，参与者阻塞',
  'lessons.2pc-cooperative.title': '2PC：协作式终止',
  'lessons.3pc-commit.title': '3PC：CanCommit、PreCommit、DoCommit',
  'lessons.3pc-coordinator-crash.title': '3PC：协调者崩溃，参与者仍能做出决定',
  'lessons.3pc-partition.title': '3PC：网络分区让决定一分为二',
  'lessons.3pc-quorum.title': '3PC 加上基于法定人数的终止：少数派改为阻塞',
};
