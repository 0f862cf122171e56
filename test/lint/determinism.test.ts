// The project's lint rule, as a test that scans the source: the simulation layers stay
// deterministic and free of UI code (DESIGN.md "Layers").
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx|js|mjs)$/.test(name)) out.push(path);
  }
  return out;
}

/** The code without comments and string contents, so that only real uses count. */
function codeOf(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g, (s) => (/^['"](react|d3|zustand)/.test(s) || /ui\//.test(s) ? s : "''"));
}

const forbiddenCalls: [RegExp, string][] = [
  [/\bMath\s*\.\s*random\b/, 'Math.random'],
  [/\bDate\s*\.\s*now\b/, 'Date.now'],
  [/\bnew\s+Date\s*\(/, 'new Date('],
  [/\bperformance\s*\.\s*now\b/, 'performance.now'],
  [/\bsetTimeout\b/, 'setTimeout'],
  [/\bsetInterval\b/, 'setInterval'],
  [/\brequestAnimationFrame\b/, 'requestAnimationFrame'],
  [/\bcrypto\s*\.\s*getRandomValues\b/, 'crypto.getRandomValues'],
];

const forbiddenImports: [RegExp, string][] = [
  [/from\s+['"](react|react-dom)(\/[^'"]*)?['"]/, 'react'],
  [/from\s+['"]d3(-[a-z]+)?['"]/, 'd3'],
  [/from\s+['"]zustand(\/[^'"]*)?['"]/, 'zustand'],
  [/from\s+['"][./]*(src\/)?ui(\/[^'"]*)?['"]/, 'src/ui'],
];

function violations(dir: string, extraImports: [RegExp, string][] = []) {
  const found: string[] = [];
  for (const file of sourceFiles(join(root, dir))) {
    const code = codeOf(readFileSync(file, 'utf8'));
    for (const [pattern, name] of [...forbiddenCalls, ...forbiddenImports, ...extraImports]) {
      if (pattern.test(code)) found.push(`${relative(root, file)}: ${name}`);
    }
  }
  return found;
}

describe('lint: deterministic simulation layers', () => {
  it('src/engine uses no wall clock, global randomness, timers or UI libraries', () => {
    expect(violations('src/engine', [[/from\s+['"]\.\.\/(protocols|scenario|store|explore|cli)\b/, 'a layer above the engine']])).toEqual([]);
  });

  it('src/protocols uses no wall clock, global randomness, timers or UI libraries', () => {
    expect(violations('src/protocols', [[/from\s+['"]\.\.\/\.\.\/(scenario|store|explore|cli)\b/, 'a layer above the protocols']])).toEqual([]);
  });

  it('the scan itself catches a forbidden call', () => {
    expect(forbiddenCalls.some(([p]) => p.test(codeOf('const x = Math.random();')))).toBe(true);
    expect(forbiddenCalls.some(([p]) => p.test(codeOf('// Math.random() in a comment')))).toBe(false);
    expect(forbiddenImports.some(([p]) => p.test(codeOf("import { select } from 'd3';")))).toBe(true);
  });
});
