// The Chinese catalogs say what docs/glossary.md says: no catalog uses a term from its "Avoid"
// column; where an English text names a core term (leader, term, coordinator, …) the Chinese text
// of the same key uses the glossary's Chinese for it; and every glossary term the English
// catalogs use has its Chinese somewhere in the Chinese catalogs (best effort: a whole-catalog
// check, since one English word may be said differently in a sentence).
// The table is read from the markdown itself, so editing the glossary changes what is checked.

import { describe, expect, test } from 'vitest';
import { readGlossary, type GlossaryRow } from './glossary-table';

type Catalog = Record<string, string>;

/** Every key of every catalog file in one language's folder (index.ts only re-merges them). */
function catalogOf(modules: Record<string, Record<string, unknown>>): Catalog {
  const words: Catalog = {};
  for (const [path, exports] of Object.entries(modules)) {
    if (path.endsWith('/index.ts')) continue;
    for (const value of Object.values(exports)) {
      if (value && typeof value === 'object' && Object.values(value).every((text) => typeof text === 'string')) Object.assign(words, value);
    }
  }
  return words;
}

/** Text without `{{placeholders}}`: "term {{term}}" names the term once, not twice. */
const withoutPlaceholders = (text: string) => text.replace(/\{\{\w+\}\}/g, ' ');

/** "<key>: <avoided term>" for each Chinese text that uses an avoided term. */
export function avoidedTerms(zh: Catalog, glossary: readonly GlossaryRow[]): string[] {
  const found: string[] = [];
  for (const [key, text] of Object.entries(zh)) {
    for (const row of glossary) for (const term of row.avoid) if (text.includes(term)) found.push(`${key}: ${term} (say ${row.chinese.join(' / ')})`);
  }
  return found;
}

/**
 * The core terms, as they appear in English sentences (plurals and inflections included). Case
 * matters only for precommit: "PreCommit" is the message, which stays in English.
 */
export const CORE_TERMS: Readonly<Record<string, RegExp>> = {
  leader: /\bleaders?\b/i,
  follower: /\bfollowers?\b/i,
  candidate: /\bcandidates?\b/i,
  term: /\bterms?\b/i,
  coordinator: /\bcoordinators?\b/i,
  participant: /\bparticipants?\b/i,
  proposer: /\bproposers?\b/i,
  acceptor: /\bacceptors?\b/i,
  learner: /\blearners?\b/i,
  precommit: /\b(?:[Pp]re-?commit|Pre-commit)(?:s|ted)?\b/,
};

/** "<key>: <term> → <Chinese>" for each key whose English names a core term and whose Chinese does not use its rendering. */
export function missingCoreTerms(en: Catalog, zh: Catalog, glossary: readonly GlossaryRow[]): string[] {
  const missing: string[] = [];
  for (const [term, pattern] of Object.entries(CORE_TERMS)) {
    const row = glossary.find((r) => r.english.includes(term));
    if (!row) throw new Error(`docs/glossary.md has no row for "${term}"`);
    for (const [key, english] of Object.entries(en)) {
      const chinese = zh[key];
      if (chinese === undefined || !pattern.test(withoutPlaceholders(english))) continue;
      if (!row.chinese.some((word) => chinese.includes(word))) missing.push(`${key}: ${term} → ${row.chinese.join(' / ')}`);
    }
  }
  return missing;
}

/** An English form as it stands in running text: lower case anywhere, capitalised only at a sentence's start. */
function formPattern(form: string): RegExp {
  const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const capital = escaped.charAt(0).toUpperCase() + escaped.slice(1);
  return /^[a-z]/.test(form) ? new RegExp(`\\b${escaped}\\b|(?:^|[.!?:;]\\s+)${capital}\\b`) : new RegExp(`\\b${escaped}\\b`);
}

/** "<term> → <Chinese>" for each glossary term the English catalogs use and no Chinese text renders. */
export function unrenderedTerms(en: Catalog, zh: Catalog, glossary: readonly GlossaryRow[]): string[] {
  const english = Object.values(en).map(withoutPlaceholders);
  const chinese = Object.values(zh).join('\n');
  const missing: string[] = [];
  for (const row of glossary) {
    // "vote yes / vote no" ↔ "投赞成票 / 投反对票": pairs when the counts match, else any rendering.
    const pairs = row.english.length === row.chinese.length ? row.english.map((form, i) => [form, [row.chinese[i]]] as const) : row.english.map((form) => [form, row.chinese] as const);
    for (const [form, renderings] of pairs) {
      const pattern = formPattern(form);
      if (english.some((text) => pattern.test(text)) && !renderings.some((word) => chinese.includes(word))) missing.push(`${form} → ${renderings.join(' / ')}`);
    }
  }
  return missing;
}

const glossary = readGlossary();
const en = catalogOf(import.meta.glob('../../src/i18n/en/*.ts', { eager: true }));
const zh = catalogOf(import.meta.glob('../../src/i18n/zh-CN/*.ts', { eager: true }));

describe('docs/glossary.md in the catalogs', () => {
  test('the glossary table is read', () => {
    expect(glossary.length).toBeGreaterThan(50);
    expect(glossary.find((row) => row.english.includes('leader'))).toEqual({ english: ['leader'], chinese: ['领导者'], avoid: ['主节点', '领袖'] });
    expect(glossary.find((row) => row.english.includes('vote yes'))?.chinese).toEqual(['投赞成票', '投反对票']);
    expect(Object.keys(zh).length).toBeGreaterThan(300);
    // The core-term check has work to do: many English texts name the core terms.
    expect(Object.values(en).filter((text) => CORE_TERMS.leader.test(text)).length).toBeGreaterThan(20);
  });

  test('no Chinese catalog uses a term from the "Avoid" column', () => {
    expect(avoidedTerms(zh, glossary)).toEqual([]);
  });

  test('a Chinese text says the core terms as the glossary does, where its English names them', () => {
    expect(missingCoreTerms(en, zh, glossary)).toEqual([]);
  });

  test('every glossary term the English catalogs use has its Chinese in the Chinese catalogs', () => {
    expect(unrenderedTerms(en, zh, glossary)).toEqual([]);
  });

  test('the checks fail on a bad sample', () => {
    const badEn: Catalog = {
      'a': 'The leader crashed in term {{term}}.',
      'b': 'The coordinator sends PreCommit.',
      'c': 'Each participant is precommitted.',
      'd': 'A proposer picks a ballot.',
    };
    const badZh: Catalog = {
      'a': '主节点在第 {{term}} 届宕机了。',
      'b': '协调器发送 PreCommit。',
      'c': '每个参与者都已预提交。',
      'd': '提案者选择一个投票号。',
    };
    expect(avoidedTerms(badZh, glossary)).toEqual([
      'a: 主节点 (say 领导者)',
      'a: 宕机 (say 崩溃)',
      'b: 协调器 (say 协调者)',
      'd: 提案者 (say 提议者)',
      'd: 投票号 (say 提案编号)',
    ]);
    expect(missingCoreTerms(badEn, badZh, glossary)).toEqual(['a: leader → 领导者', 'a: term → 任期', 'b: coordinator → 协调者', 'd: proposer → 提议者']);
    // "term" inside a placeholder does not count as the word; "PreCommit" the message is not the term.
    expect(missingCoreTerms({ x: 'S{{node}} in {{term}}', y: 'sends PreCommit' }, { x: 'S{{node}}，{{term}}', y: '发送 PreCommit' }, glossary)).toEqual([]);
    // Whole words only: "crashed" is not "crash" (best effort), and 参与者 is there for "participant".
    expect(unrenderedTerms(badEn, badZh, glossary)).toEqual(['leader → 领导者', 'term → 任期', 'coordinator → 协调者', 'proposer → 提议者', 'ballot → 提案编号']);
  });
});
