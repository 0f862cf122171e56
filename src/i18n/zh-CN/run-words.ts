// 运行的文字(事件日志与不变式):trace.ts 和 invariants.ts 合成一个记录,与 en/run-words.ts
// 对应,由 src/i18n/run-words.ts 随第一次运行一起加载。
import { invariants } from './invariants';
import { messageLabels } from './message-labels';
import { trace } from './trace';

export const runWords = { ...trace, ...invariants, ...messageLabels } as const;
