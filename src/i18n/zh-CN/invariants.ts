// 不变式的中文:每个不变式的说明(不变式面板)和解释违反的句子。键与 en/invariants.ts 相同;
// 不变式的名称(ElectionSafety……)按论文保持英文。

export const invariants = {
  'invariant.raft.ElectionSafety.description': '在整个运行中，一个任期内至多选出一个领导者（§5.2）。',
  'invariant.raft.LeaderAppendOnly.description': '领导者从不覆盖或删除自己日志中的条目，只追加新的日志条目（§5.3）。',
  'invariant.raft.LogMatching.description': '如果两个日志在同一索引处有任期相同的条目，那么两个日志在该索引及之前的所有条目都相同（§5.3）。',
  'invariant.raft.StateMachineSafety.description': '任何两个节点都不会在同一日志索引处提交（从而应用）不同的条目，任何节点也不会更改它已提交的条目（§5.4.3）。',
  'invariant.raft.LeaderCompleteness.description': '如果一个日志条目在某个任期被提交，那么它会出现在所有更高任期的领导者的日志中（§5.4）。',
  'invariant.paxos.Agreement.description': '至多选定一个值：不会有两个接受者多数派接受不同的值。',
  'invariant.paxos.Validity.description': '只有某个客户端请求过的值才能被选定或被学习。',
  'invariant.paxos.LearnedIsChosen.description': '只有当多数派接受者在同一个提案编号中接受了某个值，学习者才会学习它。',
  'invariant.commit.Atomicity.description': '不会有事务在一个节点上提交、却在另一个节点上中止（TCommit：TCConsistent）。',
  'invariant.commit.Validity.description': '只有当每个参与者都投了赞成票时，事务才会提交。',
  'invariant.echo.PongsNotAhead.description': '节点收到的 pong 不会多于它发出的 ping（pong 在崩溃后保留，所以只检查在线节点）。',

  'raft.entry.noop': '空操作（no-op）',
  'raft.entry.value': '“{{value}}”',
  'invariant.raft.twoLeaders': 'S{{node}} 和 S{{other}} 都在任期 {{term}} 成为了领导者。',
  'invariant.raft.leaderShrank': 'S{{node}} 作为任期 {{term}} 的领导者，把日志从 {{from}} 个条目缩短到了 {{to}} 个。',
  'invariant.raft.leaderOverwrote': 'S{{node}} 作为任期 {{term}} 的领导者，覆盖了索引 {{index}} 及之前的条目。',
  'invariant.raft.logsDiffer': 'S{{node}} 和 S{{other}} 在索引 {{index}} 处都有任期 {{term}} 的条目，但两者到该处为止的日志不同。',
  'invariant.raft.committedDiffer': 'S{{other}} 在索引 {{index}} 处提交了 {{otherValue}}（任期 {{otherTerm}}），而 S{{node}} 在同一位置提交了 {{value}}（任期 {{term}}）。',
  'invariant.raft.committedLost': 'S{{node}} 已提交到索引 {{checked}}，但它的日志现在只到索引 {{length}}。',
  'invariant.raft.committedReplaced':
    'S{{node}} 替换了一个它已提交的条目：索引 {{index}} 现在是 {{value}}（任期 {{term}}），而 S{{other}} 在该处提交的是 {{otherValue}}（任期 {{otherTerm}}）。',
  'invariant.raft.committedChanged': 'S{{node}} 更改了索引 {{checked}} 及之前它已提交的条目。',
  'invariant.raft.commitBeyondLog': 'S{{node}} 的提交索引是 {{commitIndex}}，但它只有 {{length}} 个日志条目。',
  'invariant.raft.leaderLacksEntry': 'S{{node}} 是任期 {{term}} 的领导者，却缺少索引 {{index}} 处的条目（任期 {{entryTerm}}），该条目已由 S{{other}} 在任期 {{commitTerm}} 提交。',
  'invariant.paxos.chosen': '“{{value}}”（提案编号 {{ballot}}，接受者 {{by}}）',
  'invariant.paxos.twoChosen': '选定了两个值：先是 {{first}}，后是 {{second}}。',
  'invariant.paxos.chosenUnrequested': '值 {{chosen}} 被选定，但没有客户端请求过它。',
  'invariant.paxos.learnedUnrequested': 'S{{node}} 学习到“{{value}}”，但没有客户端请求过它。',
  'invariant.paxos.learnedNotChosen': 'S{{node}} 学习到“{{value}}”，但在任何一个提案编号中都没有多数派接受者接受它。',
  'invariant.commit.split': '{{t}} 在 S{{committed}} 上提交，却在 S{{aborted}} 上中止',
  'invariant.commit.committedWithoutYes': '{{t}} 在 S{{node}} 上提交，但 {{missing}} 没有投赞成票',
  'echo.negativePongs': 'S{{node}} 的 pong 计数为负',
} as const;
