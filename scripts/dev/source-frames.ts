// Dev aid shared by the profiling scripts: where a CPU profile's frame of the built app comes
// from, read from dist/assets/*.map (after `npx vite build --sourcemap`).
import { readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';

export interface Frame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

const maps = new Map<string, SourceMapConsumer | null>();

/** "src/ui/EventLog.tsx:125" (node_modules and ../ trimmed), or null where no map says. */
export function sourceOf(frame: Frame): string | null {
  const file = frame.url.split('/').pop() ?? '';
  if (!file.endsWith('.js')) return null;
  if (!maps.has(file)) {
    try {
      maps.set(file, new SourceMapConsumer(JSON.parse(readFileSync(`dist/assets/${file}.map`, 'utf8'))));
    } catch {
      maps.set(file, null);
    }
  }
  const at = maps.get(file)?.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
  return at?.source ? `${at.source.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '')}:${at.line}` : null;
}
