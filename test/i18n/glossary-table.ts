// docs/glossary.md's "Terms" table as data, for the tests that hold the catalogs to it.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface GlossaryRow {
  /** English forms, without the parenthesised remark ("commit (Raft, 2PC, 3PC)" → ["commit"]). */
  english: string[];
  chinese: string[];
  avoid: string[];
}

/** The rows of the "## Terms" table (the message-type table has no "Avoid" column). */
export function parseGlossary(markdown: string): GlossaryRow[] {
  const section = markdown.split(/^## /m).find((part) => part.startsWith('Terms'));
  if (!section) throw new Error('docs/glossary.md has no "## Terms" section');
  const rows: GlossaryRow[] = [];
  for (const line of section.split('\n')) {
    const cells = line.split('|').slice(1, -1).map((cell) => cell.trim());
    if (cells.length !== 3 || cells[0] === 'English' || /^-+$/.test(cells[0])) continue;
    const forms = (cell: string) =>
      cell
        .replace(/\(.*?\)/g, '')
        .split(/\s*[/]\s*/)
        .map((form) => form.trim())
        .filter(Boolean);
    rows.push({
      english: forms(cells[0]).map((form) => form.replace(/^to /, '')),
      chinese: forms(cells[1]),
      avoid: cells[2].split(/[,，]/).map((term) => term.trim()).filter(Boolean),
    });
  }
  return rows;
}

/** The repository's glossary, parsed. */
export function readGlossary(): GlossaryRow[] {
  return parseGlossary(readFileSync(join(__dirname, '..', '..', 'docs', 'glossary.md'), 'utf8'));
}
