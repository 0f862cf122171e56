// 帮助对话框的文字 (the help dialog's words in Simplified Chinese; same keys as ../en/help.ts).
export const help = {
  'help.title': 'Consensus Lab 共识实验室 — 帮助',
  'help.intro': '这是 Raft、Paxos、2PC 和 3PC 的确定性模拟。选中一个节点、一条链路或一条消息即可对它操作；每次操作都会在当前时刻成为场景的一部分。后退之后再操作会让时间线分叉。地址栏中的链接总能重现你看到的画面。',
  'help.keyboard': '键盘',
  'help.key.space': '空格',
  'help.key.pageDown': 'PgDn',
  'help.key.pageUp': 'PgUp',
  'help.key.home': 'Home',
  'help.key.end': 'End',
  'help.key.escape': 'Esc',
  'help.playPause': '播放或暂停',
  'help.step': '前进 / 后退到下一个 / 上一个事件',
  'help.startEnd': '跳到运行的开头 / 结尾',
  'help.selectNode': '选中节点 S1–S9',
  'help.clearSelection': '取消选中',
  'help.thisHelp': '本帮助',
} as const;
