// Paxos 课程的文字 (the Paxos lessons' narration, questions and choices in Simplified Chinese;
// same keys as ../en/lessons-paxos.ts). "ballot" is 提案编号 (docs/glossary.md).
export const lessonsPaxos: Record<string, string> = {
  'lessons.paxos-single.s1.title': '提议者发起提案编号 1.1',
  'lessons.paxos-single.s1.text':
    '客户端请 S1 提议 v=A。S1 选择提案编号 1.1（第 1 轮，节点 1），并向每个接受者（包括它自己）发送 Prepare：第 1 阶段请它们承诺忽略任何更低的提案编号。',
  'lessons.paxos-single.s2.title': '来自多数派的承诺',
  'lessons.paxos-single.s2.text':
    'S1、S2 和 S3 对提案编号 1.1 的承诺（Promise）已到达 S1，每个都报告自己还没有接受任何值。有了多数派的承诺，S1 可以提议自己的值：它向每个接受者发送 Accept(1.1, v=A)。',
  'lessons.paxos-single.s3.title': '已选定，但还没有节点知道',
  'lessons.paxos-single.s3.text':
    'S2、S3 和 S5 已在提案编号 1.1 中接受了 v=A。五个中的三个是多数派，所以 v=A 现在已被选定，尽管还没有任何节点学习到它。每个接受者都向每个学习者发送 Accepted。',
  'lessons.paxos-single.s3.q': '哪些节点会学习到 v=A？',
  'lessons.paxos-single.s3.q.proposer': '只有提议者 S1',
  'lessons.paxos-single.s3.q.all': '全部五个节点',
  'lessons.paxos-single.s4.title': '每个学习者都学习到了 v=A',
  'lessons.paxos-single.s4.text':
    '每个节点同时也是学习者。每个节点一收到来自多数派接受者、且都属于提案编号 1.1 的 Accepted 消息，就学习到了 v=A。没有违反任何不变式。',

  'lessons.paxos-dueling.s1.title': '两个提议者，两个值',
  'lessons.paxos-dueling.s1.text':
    'S1 发起了提案编号 1.1，提议 v=A。现在客户端请 S5 提议 v=B，S5 发起提案编号 1.5。两者都在第 1 轮；节点编号决定先后，所以 1.5 是更高的提案编号。',
  'lessons.paxos-dueling.s2.title': 'S1 请求接受',
  'lessons.paxos-dueling.s2.text':
    'S1 已获得 S1、S2 和 S3 对提案编号 1.1 的承诺，于是发送 Accept(1.1, v=A)。与此同时，S5 的 Prepare(1.5) 已到达 S4，S4 承诺了提案编号 1.5；这条 Prepare 还没有到达其他节点。',
  'lessons.paxos-dueling.s2.q': 'S1 的值 v=A 会在提案编号 1.1 中被选定吗？',
  'lessons.paxos-dueling.s3.title': '更高的提案编号抢占了更低的',
  'lessons.paxos-dueling.s3.text':
    '每个接受者都在 S1 的 Accept(1.1) 到达之前承诺了提案编号 1.5，所以都拒绝了它，回复 Nack：没有任何节点接受 v=A。S5 已获得 S1、S2 和 S4 对提案编号 1.5 的承诺，其中都没有报告已接受的值，于是它发送 Accept(1.5, v=B)。',
  'lessons.paxos-dueling.s3.q': '哪个值会被选定？',
  'lessons.paxos-dueling.s4.title': '只选定了一个值',
  'lessons.paxos-dueling.s4.text':
    '多数派在提案编号 1.5 中接受了 v=B，每个节点都学习到了它，包括 S1。S1 放弃了自己的提案编号；学习到 v=B 后，它就不再提议。自始至终只有一个值被选定。',

  'lessons.paxos-livelock.s1.title': '五个提议者同时开始',
  'lessons.paxos-livelock.s1.text':
    '客户端在同一时刻请全部五个节点提议五个不同的值：v1 到 v5。每个节点都用 Prepare 发起自己第 1 轮的提案编号。“重试前随机退避（关闭：立即重试——互相竞争的提议者可能活锁）”这一设置是关闭的。',
  'lessons.paxos-livelock.s2.title': '被抢占后，它们立即重试',
  'lessons.paxos-livelock.s2.text':
    'S1 到 S4 被更高的提案编号抢占，立即以第 2 轮重试。它们新的 Prepare 消息和 S5 的 Accept(1.5, v5) 一同在途，请接受者承诺第 2 轮，而第 2 轮高于提案编号 1.5。',
  'lessons.paxos-livelock.s2.q': '接下来的一秒内，会有值被选定吗？',
  'lessons.paxos-livelock.s3.title': '一秒之后，仍然没有结果',
  'lessons.paxos-livelock.s3.text':
    'S1 已经到了第 41 轮，仍然没有值被选定。每个接受者都接受了 v5（后来的提议者采用了它），但各自是在不同的提案编号中接受的，而只有多数派在同一个提案编号中接受一个值，这个值才被选定。',
  'lessons.paxos-livelock.s3.q': '开启退避。哪个值会被选定？',
  'lessons.paxos-livelock.s4.title': '有了退避，一个提议者顺利完成',
  'lessons.paxos-livelock.s4.text':
    '这一步开启“重试前随机退避（关闭：立即重试——互相竞争的提议者可能活锁）”并重新运行——先按 ⏮（Home）再按 ▶，从头观看。被抢占的提议者现在会随机等待 100 到 300 毫秒再重试。于是 S5 的提案编号 1.5（第 1 轮中最高的）不受干扰地完成了两个阶段，v5 在它的第一轮就被选定了。',

  'lessons.paxos-p2c.s1.title': '没有 S5，v=A 也被选定了',
  'lessons.paxos-p2c.s1.text':
    'S5 与其他节点被切断。S1 在提案编号 1.1 中提议了 v=A；S1、S2、S3 和 S4 接受了它，所以它被选定，而且它们都已学习到它。S5 对此一无所知。',
  'lessons.paxos-p2c.s2.title': '后来的提议者带着另一个值',
  'lessons.paxos-p2c.s2.text':
    '网络再次被分割，这次分成 {S1, S2} 和 {S3, S4, S5}：S5 能联系到 S3 和 S4，但联系不到 S1 或 S2。客户端请 S5 提议 v=B，S5 为提案编号 1.5 发送 Prepare，1.5 高于 1.1。',
  'lessons.paxos-p2c.s2.q': 'S5 会请接受者接受哪个值？',
  'lessons.paxos-p2c.s3.title': 'S5 必须采用 v=A',
  'lessons.paxos-p2c.s3.text':
    'S3 和 S4 承诺了提案编号 1.5，它们的 Promise 报告说自己已在提案编号 1.1 中接受了 v=A。P2c 规则要求 S5 提议所报告的、提案编号最高的那次接受的值，所以它发送的是 Accept(1.5, v=A)，而不是自己的 v=B。S3、S4 和 S5 已在提案编号 1.5 中接受了 v=A。',
  'lessons.paxos-p2c.s4.title': '仍然只有一个值',
  'lessons.paxos-p2c.s4.text':
    'S5 已学习到 v=A：每个节点学习到的都是同一个值，没有违反任何不变式。任意两个多数派至少共有一个接受者，所以后来的提议者总会得知已选定的值。',
  'lessons.paxos-p2c.s4.q': '假设 S5 忽略承诺中报告的内容。S5 会学习到什么？',
  'lessons.paxos-p2c.s5.title': '打破规则，就打破了一致性',
  'lessons.paxos-p2c.s5.text':
    '这一步开启“不安全：提议自己的值，忽略承诺中报告的已接受值”并重新运行——先按 ⏮（Home）再按 ▶，从头观看。S5 提议了 v=B，S3、S4 和 S5 在提案编号 1.5 中接受了它，于是第二个值被选定。S5 学习到了 v=B，而 S1 到 S4 持有的是 v=A，不变式面板用红色 ✗ 标出 Agreement。',

  'lessons.paxos-acceptor-crash.s1.title': '三个接受者选定了 v=A',
  'lessons.paxos-acceptor-crash.s1.text':
    'S4 和 S5 被切断。S1 在提案编号 1.1 中提议了 v=A；S1、S2 和 S3（五个中的多数派）接受了它，所以 v=A 被选定。S4 和 S5 什么都没有接受。',
  'lessons.paxos-acceptor-crash.s2.title': 'S1、S2 和 S3 崩溃',
  'lessons.paxos-acceptor-crash.s2.text':
    '接受了 v=A 的三个节点在 150 毫秒时崩溃，网络也恢复了。接受者把承诺过的提案编号和已接受的值保存在稳定存储中，所以崩溃不会抹掉它们。',
  'lessons.paxos-acceptor-crash.s3.title': '没有多数派来回应',
  'lessons.paxos-acceptor-crash.s3.text':
    '客户端请 S5 提议 v=B。只有 S4 和 S5 在线，能承诺提案编号 1.5：五个中的两个不是多数派，所以 S5 无法进入第 2 阶段。S1、S2 和 S3 将在 400 毫秒时重启。',
  'lessons.paxos-acceptor-crash.s3.q': 'S5 会学习到什么？',
  'lessons.paxos-acceptor-crash.s4.title': '重启的接受者还记得',
  'lessons.paxos-acceptor-crash.s4.text':
    'S5 用提案编号 2.5 重试。S2 承诺了它，并报告了崩溃前在提案编号 1.1 中接受的 v=A，所以 S5 提议了 v=A，每个节点都在提案编号 2.5 中接受了它。选定的值挺过了这些崩溃。',
};
