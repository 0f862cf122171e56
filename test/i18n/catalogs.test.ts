// The catalogs against each other and against the code. Every English catalog file has a Chinese
// twin with the same exports and keys (Chinese plurals have only the ".other" form); every key the
// code asks for is in English; and no catalog keeps a key the code no longer uses. "Used" means
// written as a string literal somewhere in src/ (outside the catalogs) — a note's key handed to
// ctx.note(), a nested reason's { key: '…' } and an invariant's description are such literals —
// or built by a template literal whose keys this test enumerates from the code's own data or from
// what real runs of every protocol show and emit (DYNAMIC_KEYS). A template in
// src/ that can build catalog keys and is in neither DYNAMIC_KEYS nor NOT_KEYS fails the test, so
// a new dynamic key cannot hide a catalog key from the "unused" check.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en';
import { zhCN } from '../../src/i18n/zh-CN';
import { LESSONS, LESSON_WORDS } from '../../src/lessons/library';
import { LESSON_INDEX, lessonTitleKey } from '../../src/lessons/lesson-index';
import { FATES } from '../../src/engine/message-log';
import { actionSchema } from '../../src/scenario/schema';
import { PANEL_NAMES } from '../../src/ui/PanelSwitcher';
import { MIX_KINDS } from '../../src/ui/ExplorerPanel';
import { ROLES } from '../../src/ui/cluster/Legend';
import { VIEWS } from '../../src/ui/diagram/StageViews';
import { LANGUAGES } from '../../src/i18n/translate';
import { BUDGET_REASONS } from '../../src/engine/budget';
import { Simulation } from '../../src/engine/simulation';
import { TRACE_KINDS } from '../../src/engine/trace-log';
import { echo } from '../../src/protocols/echo';
import { PROTOCOL_NAMES, protocols } from '../../src/protocols/registry';
import { createSimulation } from '../../src/scenario/simulate';
import { runKeys, runScenarios } from './run-scenarios';
import { BREAK_PRESETS } from '../../src/explore/break-presets';

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
  /** String literals handed to valueWord() (words the views show whatever the protocol's state). */
  valueWords: Set<string>;
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
  const code: Code = { literals: new Set(), valueWords: new Set(), asked: [], templates: [] };
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
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'valueWord' && node.arguments.length > 0 && ts.isStringLiteral(node.arguments[0])) code.valueWords.add(node.arguments[0].text);
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

// What real runs show and emit (filled before the tests run): the lessons' scenarios, every action
// kind and random fault schedules over each protocol's parameter variants (./run-scenarios), and
// the echo protocol (the bench's) for its timer.
const seen = {
  /** Catalog keys a run's record asks for (notes, nested reasons, timers, fates, invariants). */
  emitted: new Set<string>(),
  /** Timer names as the protocols set them, without the per-transaction part ("decide"). */
  timerBases: new Set<string>(),
  /** A node's role in each protocol's views (raft: follower … leader; 2PC/3PC: coordinator …). */
  roles: new Map<string, Set<string>>(),
  /** Paxos proposals' phases in the views (the proposer's notes name the same phase). */
  paxosPhases: new Set<string>(),
  /** 2PC/3PC transaction states in the views. */
  transactionStates: new Set<string>(),
};

const SAMPLES_PER_RUN = 12;

function seeRun(sim: Simulation, protocol: string, until: number): void {
  const roles = seen.roles.get(protocol) ?? new Set<string>();
  seen.roles.set(protocol, roles);
  for (let k = 1; k <= SAMPLES_PER_RUN; k++) {
    sim.runUntil(Math.round((until * k) / SAMPLES_PER_RUN));
    for (const view of sim.views()) {
      if (typeof view.role === 'string') roles.add(view.role);
      const proposal = view.proposal as { phase?: unknown } | null | undefined;
      if (typeof proposal?.phase === 'string') seen.paxosPhases.add(proposal.phase);
      const transactions = view.transactions as Record<string, unknown> | undefined;
      for (const state of Object.values(transactions ?? {})) if (typeof state === 'string') seen.transactionStates.add(state);
    }
  }
  runKeys(sim, seen.emitted);
  const trace = sim.traceLog;
  for (let i = 0; i < trace.count; i++) if (TRACE_KINDS[trace.kind[i]] === 'timer') seen.timerBases.add(trace.wordOf(i).split(':')[0]);
}

function seeRuns(): void {
  for (const scenario of runScenarios()) seeRun(createSimulation(scenario), scenario.protocol, scenario.until);
  const network = { latencyMsMin: 5, latencyMsMax: 20, dropRatio: 0, duplicateRatio: 0 };
  seeRun(new Simulation(echo, { seed: 1, nodes: 3, until: 200, network, params: { pingMs: 10 }, actions: [] }), 'echo', 200);
}

/**
 * Catalogs the page loads after its first load, each by a loader module in src/i18n that imports
 * both languages' files, and the code that pulls the loader in: the run's words with the page's
 * first run (browser-source.ts awaits loadRunWords() before it hands the page a run), the
 * explorer's words with the Explorer panel's chunk (App.tsx imports the panel lazily).
 */
const LAZY_LOADERS = [
  { loader: 'src/i18n/run-words.ts', by: 'src/worker/browser-source.ts', how: /import \{ loadRunWords \} from '\.\.\/i18n\/run-words';[\s\S]*\bloadRunWords\(\)/ },
  { loader: 'src/i18n/explorer-words.ts', by: 'src/ui/ExplorerPanel.tsx', how: /^import '\.\.\/i18n\/explorer-words';$/m },
] as const;
/** How the page reaches each loader's importer when it is not the first load's own code. */
const LAZY_CHUNKS = [{ file: 'src/ui/App.tsx', how: /lazy\(\(\) => import\('\.\/ExplorerPanel'\)/ }] as const;

/** The catalog files a loader imports, statically or not ('./en/run-words' → src/i18n/en/run-words.ts). */
const lazyModules = () =>
  LAZY_LOADERS.flatMap(({ loader }) => [...readFileSync(join(ROOT, loader), 'utf8').matchAll(/(?:import\(\s*|from\s+)'(\.\/(?:en|zh-CN)\/[^']+)'/g)].map((m) => join(ROOT, 'src/i18n', m[1]) + '.ts'));

/** Every key of the lazily loaded modules of one language. */
async function lazyKeys(dir: string): Promise<Set<string>> {
  const keys = new Set<string>();
  for (const path of lazyModules().filter((p) => p.startsWith(dir + '/'))) for (const words of Object.values((await import(path)) as CatalogFile)) for (const key of Object.keys(words)) keys.add(key);
  return keys;
}

const enLazyWords = new Set<string>();
const zhLazyWords = new Set<string>();

/** The protocols' parameters, by protocol. */
const paramSpecs = PROTOCOL_NAMES.flatMap((protocol) => protocols[protocol].params.map((spec) => ({ protocol, spec })));
/** Each protocol's message types with the gloss key the legend reads first (value-words.ts messageGloss). */
const messageTypes = PROTOCOL_NAMES.flatMap((protocol) => (protocols[protocol].messageTypes ?? []).map((type) => ({ protocol, type, own: `messageType.gloss.${protocol}.${type}` })));
/** Actions aimed at one message (drop, duplicate, delay): their outcome when it is not in flight. */
const messageActionKinds = actionSchema.options.filter((o) => 'message' in o.entries).map((o) => o.entries.do.literal);

const code = readCode();

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
  // Header: the protocol picker's title per protocol.
  'controls.protocolTitle.*': () => PROTOCOL_NAMES.map((name) => `controls.protocolTitle.${name}`),
  // PlaybackBar: an action marker's kind.
  'controls.actionKind.*': () => actionKinds.map((kind) => `controls.actionKind.${kind}`),
  // MessageActions: where and how a lost message was lost.
  'inspector.fate.*': () => LOST_FATES.map((fate) => `inspector.fate.${fate}`),
  // trace-lines.ts: a lost message's fate; an entry without one reads "lost".
  'trace.fate.*': () => [...LOST_FATES, 'lost'].map((fate) => `trace.fate.${fate}`),
  // trace-lines.ts: the kind of an entry with no word of its own.
  'trace.kind.*': () => TRACE_KINDS.map((kind) => `trace.kind.${kind}`),
  // budget-notice.ts: why a run stopped early.
  'budget.*': () => BUDGET_REASONS.map((reason) => `budget.${reason}`),
  // simulation.ts: drop, duplicate or delay of a message no longer in flight.
  'action.*.notInFlight': () => messageActionKinds.map((kind) => `action.${kind}.notInFlight`),
  // timer-name.ts: each timer the runs set; trace-lines and violation-chain name a timer entry
  // without a word "timer".
  'timer.*': () => [...seen.timerBases, 'timer'].map((base) => `timer.${base}`),
  // raft/node.ts: the role a node steps down from or is in, as a nested note.
  'raft.role.*': () => [...(seen.roles.get('raft') ?? [])].map((role) => `raft.role.${role}`),
  // paxos/proposer.ts: the phase of the proposal a retry finds.
  'paxos.phase.*': () => [...seen.paxosPhases].map((phase) => `paxos.phase.${phase}`),
  // value-words.ts valueWord(): roles, transaction states and phases the views show, the legend's
  // roles, and the words the node summaries pass it themselves.
  'views.word.*': () =>
    [...new Set([...[...seen.roles.values()].flatMap((roles) => [...roles]), ...seen.paxosPhases, ...seen.transactionStates, ...Object.values(ROLES).flat(), ...code.valueWords])].map(
      (word) => `views.word.${word}`,
    ),
  // ExplorerPanel: the weight of each fault kind.
  'explorer.mix.*': () => MIX_KINDS.map((kind) => `explorer.mix.${kind}`),
  // ExplorerPanel: a teaching toggle to break the protocol, one per teaching parameter.
  'explorer.break.*': () => paramSpecs.filter(({ spec }) => spec.kind === 'boolean' && spec.teaching).map(({ spec }) => `explorer.break.${spec.name}`),
  'explorer.break.preset.*': () => Object.keys(BREAK_PRESETS).map((name) => `explorer.break.preset.${name}`),
  // value-words.ts paramLabel(): each protocol parameter's label.
  'settings.param.*.*': () => paramSpecs.map(({ protocol, spec }) => `settings.param.${protocol}.${spec.name}`),
  // value-words.ts optionWord(): the options of enum and node-map parameters.
  'settings.option.*': () => [...new Set(paramSpecs.flatMap(({ spec }) => (spec.kind === 'enum' || spec.kind === 'nodeMap' ? spec.options : [])))].map((option) => `settings.option.${option}`),
  // value-words.ts messageGloss(): a protocol's own gloss where its message type means something
  // else than the same name in another protocol (Paxos's Prepare is not 2PC's) …
  'messageType.gloss.*.*': () => messageTypes.filter(({ own }) => own in en).map(({ own }) => own),
  // … else the gloss shared by every protocol that sends the type.
  'messageType.gloss.*': () => messageTypes.filter(({ own }) => !(own in en)).map(({ type }) => `messageType.gloss.${type}`),
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
  beforeAll(async () => {
    for (const key of await lazyKeys(EN_DIR)) enLazyWords.add(key);
    for (const key of await lazyKeys(ZH_DIR)) zhLazyWords.add(key);
    seeRuns();
  }, 240_000);

  test('the runs show every protocol and reach the words they are read for', () => {
    expect([...seen.roles.keys()].sort()).toEqual([...PROTOCOL_NAMES, 'echo'].sort());
    expect(seen.timerBases.size).toBeGreaterThanOrEqual(10);
    expect(seen.paxosPhases.size).toBeGreaterThanOrEqual(2);
    expect(seen.transactionStates.size).toBeGreaterThanOrEqual(5);
  });

  test('the page loads every catalog file: the first load, the lesson library, or lazily with the first run or the Explorer panel', async () => {
    for (const { loader, by, how } of LAZY_LOADERS) {
      expect(readFileSync(join(ROOT, by), 'utf8'), `${by} loads ${loader}`).toMatch(how);
      const files = lazyModules().map((path) => relative(ROOT, path));
      for (const dir of [EN_DIR, ZH_DIR]) expect(files.some((path) => path.startsWith(relative(ROOT, dir) + '/')), `a lazily loaded module in ${relative(ROOT, dir)}`).toBe(true);
    }
    for (const { file, how } of LAZY_CHUNKS) expect(readFileSync(join(ROOT, file), 'utf8'), file).toMatch(how);

    const loaded = new Set([...Object.keys(en), ...Object.keys(LESSON_WORDS), ...enLazyWords]);
    expect([...(await allKeys(EN_DIR))].filter((key) => !loaded.has(key))).toEqual([]);
    // The Chinese first load holds the twins of the English first load's files; the Chinese lazy
    // catalogs, the twins of the English lazy ones.
    const chineseFirstLoad = new Set(Object.keys(zhCN));
    const missing: string[] = [];
    for (const name of catalogFileNames(ZH_DIR)) {
      const english = await loadCatalogFile(EN_DIR, name).catch(() => ({}) as CatalogFile);
      const englishKeys = Object.values(english).flatMap((words) => Object.keys(words));
      const firstLoad = englishKeys.some((key) => key in en);
      const lazy = englishKeys.some((key) => enLazyWords.has(key));
      if (!firstLoad && !lazy) continue;
      for (const words of Object.values(await loadCatalogFile(ZH_DIR, name)))
        for (const key of Object.keys(words)) if (!(firstLoad && chineseFirstLoad.has(key)) && !(lazy && zhLazyWords.has(key))) missing.push(`zh-CN/${name}: ${key}`);
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
    const inCatalog = (key: string) => key in en || key in LESSON_WORDS || enLazyWords.has(key);
    const known = (key: string) => inCatalog(key) || inCatalog(`${key}.other`);
    const asked = code.asked.filter(({ key }) => !known(key)).map(({ file, key }) => `${file}: ${key}`);
    const built = [...new Set(code.templates.map((template) => template.shape))]
      .filter((shape) => shape in DYNAMIC_KEYS)
      .flatMap((shape) => DYNAMIC_KEYS[shape]().filter((key) => !known(key)).map((key) => `\`${shape}\`: ${key}`));
    expect([...asked, ...built]).toEqual([]);
  });

  test('no code names a plural form: tp() lets the language choose it (Chinese has only ".other")', () => {
    // 'history.replaced.one' asked for by name fell back to English in the Chinese page.
    const named = [...code.literals].filter((key) => PLURAL.test(key) && `${key.replace(PLURAL, '$1')}.one` in en && `${key.replace(PLURAL, '$1')}.other` in en);
    expect(named).toEqual([]);
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
