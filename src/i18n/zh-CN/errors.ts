// 运行或场景可能以之结束的错误与提示。键与 en/errors.ts 相同。

export const errors = {
  'budget.stopped': '在 {{at}} ms 处停止：{{exceeded}}；请缩短运行时间或放慢计时器',
  'budget.events': '超过 {{limit}} 个事件',
  'budget.inFlight': '超过 {{limit}} 条在途消息',
  'budget.checkpointMemory': '检查点超过 {{limit}} MB',
} as const;
