// A scan of src/ui that fails when words a person reads bypass the i18n layer (issue 12): JSX
// text with letters; aria-label, aria-description, title, placeholder and alt given a literal (or
// a template literal with letters in its own text); the same names set through d3's .attr() or
// setAttribute; a literal with letters in a label/hint/title property (of an object or a component);
// and confirm()/alert() or the store's setError()/setNotice() with a literal. Only text a catalog
// lookup produces (t(), tp(), any call) passes.
// The files "trace" owns (trace-lines, log-rows, violation-chain, budget-notice) are scanned too:
// they read keys as well, so none of them needs an exception.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');

/** Attributes whose value a person reads or hears (also checked in d3's .attr() and setAttribute). */
const READ_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt']);

/** Object properties that carry a visible label in our code (field tables, option lists). */
const READ_PROPERTIES = new Set(['label', 'hint', 'title', 'ariaLabel', 'description', 'placeholder']);

/**
 * The allow-list: texts that are not words of any language, so no catalog translates them.
 * Each entry is the literal's own text (a template literal's parts joined with "{}").
 */
const NOT_WORDS = new Set([
  'S', // JSX text before a node id ("S{id}"): a node's name, the same in every language
  'K', // key caps in the help's shortcut list: the letters on the keyboard
  'P',
  '#{} S{} → S{} {}', // a message's short name: "#17 S1 → S2 AppendEntries(…)" (the type stays as the papers name it)
  'S{}', // a node's name built from its id (DESIGN.md: "shown as S1..S5"), the same in every language
  'S{}→S{}', // a link's short name, e.g. "S1→S2"
  'S{} → S{}',
  '{}ms', // the millisecond unit symbol after a number
  '{} ms',
  'ms',
]);

/** Calls whose first argument a person reads: the browser's dialogs and the store's error and notice. */
const DIALOG_CALLS = new Set(['confirm', 'alert', 'prompt', 'setError', 'setNotice']);

const LETTER = /\p{L}/u;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx)$/.test(name)) out.push(path);
  }
  return out;
}

/** A literal's own text, or undefined when the node is not a literal. */
function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('{}');
  return undefined;
}

function isWords(text: string): boolean {
  const trimmed = text.trim();
  return LETTER.test(trimmed) && !NOT_WORDS.has(trimmed);
}

/**
 * The literals with words that can become the value of an expression: through conditionals,
 * `||`, `??`, `+` and parentheses — but not inside calls (t('key') is a lookup, its argument a key)
 * nor in a conditional's test.
 */
function wordsIn(node: ts.Node): string[] {
  const text = literalText(node);
  if (text !== undefined) return isWords(text) ? [text] : [];
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isJsxExpression(node)) return node.expression ? wordsIn(node.expression) : [];
  if (ts.isConditionalExpression(node)) return [...wordsIn(node.whenTrue), ...wordsIn(node.whenFalse)];
  if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.PlusToken) return [...wordsIn(node.left), ...wordsIn(node.right)];
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return wordsIn(node.right);
  }
  return [];
}

function propertyName(name: ts.PropertyName): string | undefined {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
}

/** Every place in `source` where words bypass the catalogs, as "file:line: text". */
export function findHardcodedStrings(source: string, fileName: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const report = (node: ts.Node, texts: string[]) => {
    // JSX text starts with the whitespace before it: count the line of its first visible character.
    const start = node.getStart(file) + (ts.isJsxText(node) ? node.text.length - node.text.trimStart().length : 0);
    const line = file.getLineAndCharacterOfPosition(start).line + 1;
    for (const text of texts) found.push(`${fileName}:${line}: ${JSON.stringify(text.trim())}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      if (isWords(node.text)) report(node, [node.text]);
    } else if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      report(node, wordsIn(node.expression));
    } else if (ts.isJsxAttribute(node) && node.initializer) {
      const name = node.name.getText(file);
      if (READ_ATTRIBUTES.has(name) || READ_PROPERTIES.has(name)) report(node, wordsIn(node.initializer));
    } else if (ts.isPropertyAssignment(node)) {
      const name = propertyName(node.name);
      if (name !== undefined && (READ_PROPERTIES.has(name) || READ_ATTRIBUTES.has(name))) report(node, wordsIn(node.initializer));
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const calleeName = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
      const [first, second] = node.arguments;
      if ((calleeName === 'attr' || calleeName === 'setAttribute') && first && second) {
        const attribute = literalText(first);
        if (attribute !== undefined && READ_ATTRIBUTES.has(attribute)) report(node, wordsIn(second));
      } else if (DIALOG_CALLS.has(calleeName) && first) {
        report(node, wordsIn(first));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('i18n: no words bypass the catalogs in src/ui', () => {
  it('finds no JSX text, read attribute, label property or dialog text given a literal', () => {
    const found: string[] = [];
    for (const path of sourceFiles(join(root, 'src', 'ui'))) {
      found.push(...findHardcodedStrings(readFileSync(path, 'utf8'), relative(root, path)));
    }
    expect(found).toEqual([]);
  });

  it('catches each kind of bypass in a sample (the scan is not blind)', () => {
    const sample = [
      "const fields = [{ label: 'Term', get: (v) => v.term }];",
      'export function Sample({ on }: { on: boolean }) {',
      '  if (!window.confirm("Delete every action?")) return store.setError(`Bad file: ${name}`);',
      '  svg.attr("aria-label", `Diagram of ${n} nodes`);',
      '  return (',
      '    <div title="Help" aria-label={on ? "Pause" : t("playback.play")}>',
      '      Run the scenario',
      '      <input placeholder={`Seed for ${name}`} />',
      '      <img alt="A cluster" />',
      "      {on && 'Blocked'}",
      '    </div>',
      '  );',
      '}',
    ].join('\n');
    expect(findHardcodedStrings(sample, 'sample.tsx')).toEqual([
      'sample.tsx:1: "Term"',
      'sample.tsx:3: "Delete every action?"',
      'sample.tsx:3: "Bad file: {}"',
      'sample.tsx:4: "Diagram of {} nodes"',
      'sample.tsx:6: "Help"',
      'sample.tsx:6: "Pause"',
      'sample.tsx:7: "Run the scenario"',
      'sample.tsx:8: "Seed for {}"',
      'sample.tsx:9: "A cluster"',
      'sample.tsx:10: "Blocked"',
    ]);
  });

  it('lets catalog lookups, keys and true non-words through', () => {
    const sample = [
      'export function Sample({ id }: { id: number }) {',
      '  return (',
      '    <g aria-label={t("cluster.node", { id })} title={tp("log.entries", 2)}>',
      '      <title>{`S${id}`}</title>',
      '      <span>×</span> <span>→</span> {`${id} ms`}',
      '      <text className="note" data-testid="node-label">{t("cluster.label")}</text>',
      '    </g>',
      '  );',
      '}',
    ].join('\n');
    expect(findHardcodedStrings(sample, 'sample.tsx')).toEqual([]);
  });
});
