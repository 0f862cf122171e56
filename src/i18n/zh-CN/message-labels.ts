// 消息标签(与 en/message-labels.ts 的键相同):消息类型名保持论文中的英文名,其余文字译为中文,
// 术语见 docs/glossary.md(任期、心跳、条目、同意/拒绝)。

export const messageLabels = {
  'label.typed': '{{type}}({{t}})',

  'label.raft.RequestVote': 'RequestVote(任期 {{term}})',
  'label.raft.Vote': 'Vote(任期 {{term}}，{{vote}})',
  'label.raft.PreVote': 'PreVote(任期 {{term}})',
  'label.raft.PreVoteReply': 'PreVote 回复(任期 {{term}}，{{vote}})',
  'label.raft.granted': '同意',
  'label.raft.denied': '拒绝',
  'label.raft.AppendEntries': 'AppendEntries(任期 {{term}}，{{entries}})',
  'label.raft.heartbeat': '心跳',
  'label.raft.oneEntry': '1 个条目',
  'label.raft.entries': '{{n}} 个条目',
  'label.raft.AppendEntriesOk': 'AppendEntries 回复(任期 {{term}}，成功，匹配到 {{index}})',
  'label.raft.AppendEntriesRefused': 'AppendEntries 回复(任期 {{term}}，在 {{index}} 处拒绝)',
  'label.raft.ClientRequest': 'ClientRequest(“{{value}}”)',

  'label.paxos.Prepare': 'Prepare({{ballot}})',
  'label.paxos.Promise': 'Promise({{ballot}}，{{accepted}})',
  'label.paxos.noneAccepted': '未接受任何值',
  'label.paxos.accepted': '已接受 {{ballot}}=“{{value}}”',
  'label.paxos.Nack': 'Nack({{ballot}} {{relation}} {{promised}})',
  'label.paxos.Accept': 'Accept({{ballot}}，“{{value}}”)',
  'label.paxos.Accepted': 'Accepted({{ballot}}，“{{value}}”)',

  'label.3pc.Ack': 'Ack({{t}}，{{of}})',
  'label.3pc.StateReply': 'StateReply({{t}}，{{state}})',
  'label.phase.working': '进行中',
  'label.phase.prepared': '已准备',
  'label.phase.precommitted': '已预提交',
  'label.phase.preaborted': '已预中止',
  'label.phase.committed': '已提交',
  'label.phase.aborted': '已中止',
} as const;
