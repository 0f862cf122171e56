// The catalogs against each other and against the code. Every English catalog file has a Chinese
// twin with the same exports and keys (Chinese plurals have only the ".other" form); every key the
// code asks for is in English; and no catalog keeps a key the code no longer uses. "Used" means
// written as a string literal somewhere in src/ (outside the catalogs), or built by a template
// literal whose keys this test enumerates from the code's own data (DYNAMIC_KEYS). A template in
// src/ that can build catalog keys and is in neither DYNAMIC_KEYS nor NOT_KEYS fails the test, so
// a new dynamic key cannot hide a catalog key from the "unused" check.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en';
import { zhCN } from '../../src/i18n/zh-CN';
import { LESSONS, LESSON_WORDS } from '../../src/lessons/library';
import { LESSON_INDEX, lessonTitleKey } from '../../src/lessons/lesson-index';
import { FATES } from '../../src/engine/message-log';
import { actionSchema } from '../../src/scenario/schema';
import { PANEL_NAMES } from '../../src/ui/PanelSwitcher';
import { ROLES } from '../../src/ui/cluster/Legend';
import { VIEWS } from '../../src/ui/diagram/StageViews';
import { LANGUAGES } from '../../src/i18n/translate';

const ROOT = resolve(import.meta.dirname, '../..');
const EN_DIR = join(ROOT, 'src/i18n/en');
const ZH_DIR = join(ROOT, 'src/i18n/zh-CN');

type Words = Readonly<Record<string, string>>;
type CatalogFile = Readonly<Record<string, Words>>;

const catalogFileNames = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.ts') && name !== 'index.ts').sort();

async function loadCatalogFile(dir: string, name: string): Promise<CatalogFile> {
  return (await import(join(dir, name))) as CatalogFile;
}

/** Every key of every catalog file of a language. */
async function allKeys(dir: string): Promise<Set<string>> {
  const keys = new Set<string>();
  for (const name of catalogFileNames(dir)) for (const words of Object.values(await loadCatalogFile(dir, name))) for (const key of Object.keys(words)) keys.add(key);
  return keys;
}

const PLURAL = /^(.*)\.(one|other)$/;

/** English keys with Chinese counterparts: a plural's ".one" has none (Chinese has one form). */
function chineseKeysFor(english: Words): Set<string> {
  return new Set(Object.keys(english).filter((key) => !(key.endsWith('.one') && `${key.slice(0, -4)}.other` in english)));
}

// ---------------------------------------------------------------------------------------------
// What the code says: string literals, the keys it asks t/tp/hasKey for, and key templates.

interface Template {
  file: string;
  /** The template with each `${…}` written `*`: "chain.fate.*". */
  shape: string;
  /** An argument of t(), tp() or hasKey() (else a template that might build keys). */
  asked: boolean;
}

interface Code {
  literals: Set<string>;
  asked: { file: string; key: string }[];
  templates: Template[];
}

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourceFiles(path, out);
    else if (/\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

const ASKING = new Set(['t', 'tp', 'hasKey']);

function readCode(): Code {
  const code: Code = { literals: new Set(), asked: [], templates: [] };
  for (const path of sourceFiles(join(ROOT, 'src'))) {
    if (path.startsWith(EN_DIR + '/') || path.startsWith(ZH_DIR + '/')) continue;
    const file = relative(ROOT, path);
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const askedNodes = new Set<ts.Node>();
    const markAsked = (node: ts.Expression): void => {
      if (ts.isConditionalExpression(node)) return (markAsked(node.whenTrue), markAsked(node.whenFalse));
      if (ts.isParenthesizedExpression(node)) return markAsked(node.expression);
      askedNodes.add(node);
    };
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && ASKING.has(node.expression.text) && node.arguments.length > 0) markAsked(node.arguments[0]);
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
        code.literals.add(node.text);
        if (askedNodes.has(node)) code.asked.push({ file, key: node.text });
      }
      if (ts.isTemplateExpression(node)) {
        const shape = node.head.text + node.templateSpans.map((span) => '*' + span.literal.text).join('');
        code.templates.push({ file, shape, asked: askedNodes.has(node) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return code;
}

/** A template that reads like a dotted key ("chain.fate.*", "*.title"); class names and the like do not. */
const KEY_LIKE = /^[\w*-]+(\.[\w*-]+)+$/;

const shapePattern = (shape: string) => new RegExp('^' + shape.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+') + '$');

// ---------------------------------------------------------------------------------------------
// Keys built at run time, enumerated from the data and code that build them.

const actionKinds = actionSchema.options.map((option) => option.entries.do.literal);
/** Actions on the whole network (no node, link or message of their own): partition, heal, network. */
const networkActionKinds = actionSchema.options.filter((o) => !('node' in o.entries) && !('from' in o.entries) && !('message' in o.entries)).map((o) => o.entries.do.literal);
/** The ways a message is lost (every fate but in flight and delivered). */
const LOST_FATES = FATES.filter((fate) => fate !== 'in-flight' && fate !== 'delivered');
const lessonSteps = LESSONS.flatMap((lesson) => lesson.steps);

const DYNAMIC_KEYS: Record<string, () => readonly string[]> = {
  // lesson-index.ts lessonTitleKey(id), for the picker's list.
  'lessons.*.title': () => LESSON_INDEX.map((entry) => lessonTitleKey(entry.id)),
  // LessonPanel: each step's title and narration (a step's key is its base).
  '*.title': () => [...lessonSteps.map((step) => `${step.key}.title`), ...LESSONS.map((lesson) => lesson.titleKey)],
  '*.text': () => lessonSteps.map((step) => `${step.key}.text`),
  // InvariantsPanel: a lost message's fate, written by the engine into the trace.
  'chain.fate.*': () => LOST_FATES.map((fate) => `chain.fate.${fate}`),
  // diagram/labels.ts fateText(): the fate written beside a lost message's mark (and in the SVG
  // export's); a message in flight or delivered is labelled with diagram.message.* instead.
  'diagram.fate.*': () => LOST_FATES.map((fate) => `diagram.fate.${fate}`),
  // diagram/labels.ts: the actions drawn across the lanes.
  'diagram.net.*': () => networkActionKinds.map((kind) => `diagram.net.${kind}`),
  // action-words.ts: one phrase per scenario action.
  'history.action.*': () => actionKinds.map((kind) => `history.action.${kind}`),
  // PanelSwitcher: each folded panel's button, long and short.
  'classroom.panel.*': () => PANEL_NAMES.map((panel) => `classroom.panel.${panel}`),
  'classroom.panel.*Short': () => PANEL_NAMES.map((panel) => `classroom.panel.${panel}Short`),
  // Legend: every role any protocol's nodes take.
  'legend.role.*': () => [...new Set(Object.values(ROLES).flat())].map((role) => `legend.role.${role}`),
  // StageViews: the cluster / diagram / both switch.
  'diagram.view.*': () => VIEWS.map((view) => `diagram.view.${view}`),
  // LanguageSwitch: each language named in its own words.
  'language.*': () => LANGUAGES.map((language) => `language.${language}`),
};

/** Templates whose text looks like a key but is not one, by file and shape, with the reason. */
const NOT_KEYS: Record<string, string> = {
  'src/protocols/paxos/ballot.ts *.*': 'a ballot written "round.node"',
  'src/ui/protocol-views/fields.ts *.*': 'a ballot written "round.node"',
  'src/scenario/validate.ts *.*': 'the path of a scenario field in a validation message ("actions[3].node")',
  'src/scenario/validate.ts *.at': 'the path of a scenario field in a validation message',
  'src/scenario/validate.ts *.node': 'the path of a scenario field in a validation message',
  'src/scenario/validate.ts *.from': 'the path of a scenario field in a validation message',
  'src/scenario/validate.ts *.to': 'the path of a scenario field in a validation message',
  'src/scenario/validate.ts params.*': 'the path of a protocol parameter in a validation message',
};

// ---------------------------------------------------------------------------------------------

describe('the Chinese catalog mirrors the English one', () => {
  test('every catalog file exists in both languages, with the same exports', async () => {
    expect(catalogFileNames(ZH_DIR)).toEqual(catalogFileNames(EN_DIR));
    for (const name of catalogFileNames(EN_DIR)) {
      const english = await loadCatalogFile(EN_DIR, name);
      let chinese: CatalogFile = {};
      try {
        chinese = await loadCatalogFile(ZH_DIR, name);
      } catch {
        // Reported by the file list above.
      }
      expect(Object.keys(chinese).sort(), `zh-CN/${name}`).toEqual(Object.keys(english).sort());
    }
  });

  test('no key is missing from either language, file by file (lesson narration, questions and choices included)', async () => {
    const missingInChinese: string[] = [];
    const notInEnglish: string[] = [];
    for (const name of catalogFileNames(EN_DIR)) {
      const english = await loadCatalogFile(EN_DIR, name);
      const chinese: CatalogFile = catalogFileNames(ZH_DIR).includes(name) ? await loadCatalogFile(ZH_DIR, name) : {};
      for (const [exported, words] of Object.entries(english)) {
        const expected = chineseKeysFor(words);
        const own = chinese[exported] ?? {};
        for (const key of expected) if (!(key in own)) missingInChinese.push(`zh-CN/${name} ${exported}: ${key}`);
        for (const key of Object.keys(own)) {
          if (expected.has(key)) continue;
          notInEnglish.push(`zh-CN/${name} ${exported}: ${key}${key.endsWith('.one') && key in words ? ' (Chinese plurals have only ".other")' : ''}`);
        }
      }
    }
    expect(notInEnglish).toEqual([]);
    expect(missingInChinese.length, missingInChinese.slice(0, 40).join('\n')).toBe(0);
  });

  test('no Chinese text is left empty or with placeholders of its own', async () => {
    const problems: string[] = [];
    const english = await allKeysWithText(EN_DIR);
    for (const [key, text] of await allKeysWithText(ZH_DIR)) {
      if (text.trim() === '') problems.push(`${key}: empty`);
      const source = english.get(key) ?? english.get(key.replace(PLURAL, '$1.one')) ?? '';
      const names = (s: string) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
      // Chinese has no ".one" form, so its ".other" may drop nothing but must invent nothing.
      const extra = names(text).filter((n) => !names(source).includes(n) && n !== 'count');
      if (extra.length > 0) problems.push(`${key}: {{${extra.join('}}, {{')}}} is not in English`);
    }
    expect(problems).toEqual([]);
  });
});

async function allKeysWithText(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const name of catalogFileNames(dir)) for (const words of Object.values(await loadCatalogFile(dir, name))) for (const [key, text] of Object.entries(words)) out.set(key, text);
  return out;
}

describe('the catalogs and the code agree', () => {
  const code = readCode();

  test('the page loads every catalog file: the first load or the lesson library', async () => {
    const loaded = new Set([...Object.keys(en), ...Object.keys(LESSON_WORDS)]);
    expect([...(await allKeys(EN_DIR))].filter((key) => !loaded.has(key))).toEqual([]);
    // The Chinese first load holds the twins of the English first load's files.
    const chineseFirstLoad = new Set(Object.keys(zhCN));
    const missing: string[] = [];
    for (const name of catalogFileNames(ZH_DIR)) {
      const english = await loadCatalogFile(EN_DIR, name).catch(() => ({}) as CatalogFile);
      const firstLoad = Object.values(english).some((words) => Object.keys(words).some((key) => key in en));
      if (!firstLoad) continue;
      for (const words of Object.values(await loadCatalogFile(ZH_DIR, name))) for (const key of Object.keys(words)) if (!chineseFirstLoad.has(key)) missing.push(`zh-CN/${name}: ${key}`);
    }
    expect(missing).toEqual([]);
  });

  test('every template that can build a catalog key has its keys enumerated here', async () => {
    const keys = [...(await allKeys(EN_DIR)), ...(await allKeys(ZH_DIR))];
    const unexplained = code.templates
      .filter((template) => !(template.shape in DYNAMIC_KEYS) && !(`${template.file} ${template.shape}` in NOT_KEYS))
      .filter((template) => template.asked || (KEY_LIKE.test(template.shape) && keys.some((key) => shapePattern(template.shape).test(key))))
      .map((template) => `${template.file}: \`${template.shape}\``);
    expect(unexplained, 'add the keys it builds to DYNAMIC_KEYS (from the data that builds them), or a reason to NOT_KEYS').toEqual([]);
    // And the table has no entry the code no longer needs.
    const shapes = new Set(code.templates.map((template) => template.shape));
    expect(Object.keys(DYNAMIC_KEYS).filter((shape) => !shapes.has(shape))).toEqual([]);
    const places = new Set(code.templates.map((template) => `${template.file} ${template.shape}`));
    expect(Object.keys(NOT_KEYS).filter((place) => !places.has(place))).toEqual([]);
  });

  test('every key the code asks for is in the English catalog', () => {
    const known = (key: string) => key in en || key in LESSON_WORDS || `${key}.other` in en || `${key}.other` in LESSON_WORDS;
    const asked = code.asked.filter(({ key }) => !known(key)).map(({ file, key }) => `${file}: ${key}`);
    const built = [...new Set(code.templates.map((template) => template.shape))]
      .filter((shape) => shape in DYNAMIC_KEYS)
      .flatMap((shape) => DYNAMIC_KEYS[shape]().filter((key) => !known(key)).map((key) => `\`${shape}\`: ${key}`));
    expect([...asked, ...built]).toEqual([]);
  });

  test('no catalog has a key the code no longer uses', async () => {
    const used = new Set(code.literals);
    for (const shape of new Set(code.templates.map((template) => template.shape))) for (const key of DYNAMIC_KEYS[shape]?.() ?? []) used.add(key);
    const isUsed = (key: string) => used.has(key) || (PLURAL.test(key) && used.has(key.replace(PLURAL, '$1')));
    const unused: string[] = [];
    for (const [dir, language] of [
      [EN_DIR, 'en'],
      [ZH_DIR, 'zh-CN'],
    ] as const)
      for (const key of await allKeys(dir)) if (!isUsed(key)) unused.push(`${language}: ${key}`);
    expect(unused).toEqual([]);
  });
});
