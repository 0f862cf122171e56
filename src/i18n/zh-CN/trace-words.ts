// 运行本身的文字,合成一个记录供 index.ts 使用:事件日志(trace.ts)、不变式(invariants.ts)、
// 场景或运行的错误(errors.ts)。与 en/trace-words.ts 对应。
import { errors } from './errors';
import { invariants } from './invariants';
import { trace } from './trace';

export const traceWords = { ...trace, ...invariants, ...errors } as const;
