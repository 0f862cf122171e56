// Validation of scenario files and links: unknown input in, a complete Scenario (every default
// filled in) or one readable message naming the field out. Never throws on bad input. The
// shape is schema.ts; the rules across fields are here. The message is words as data
// (`problem`: scenario.error.* keys of src/i18n/en/errors.ts, offending values already quoted
// and escaped by quote.ts) and, for the CLI and the tests, `error`: that problem in English.

import * as v from 'valibot';
import type { Action, NetworkConfig, Note, NoteParam, NoteParams, ParamSpec } from '../engine/types';
import { englishNote, renderNote } from '../i18n/note';
import type { Language } from '../i18n/translate';
import { nodeLimits, protocols, type ProtocolName } from '../protocols/registry';
import { LIMITS, type Scenario } from './format';
import { escapeControls, oneLine, pathKey, quoteText } from './quote';
import { compileStrictObject } from './fast-accept';
import { actionSchema, scenarioSchema } from './schema';

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; error: string; problem: Note };

/** "field: problem", as a note. */
export const fieldProblem = (field: string, key: string, params?: NoteParams): Note => ({
  key: 'scenario.error.field',
  params: { field, problem: params ? { key, params } : { key } },
});

/** A failed result: the problem, and its English one-liner (oneLine is the last guard on the length). */
export const failure = (problem: Note): { ok: false; error: string; problem: Note } => ({ ok: false, error: oneLine(englishNote(problem)), problem });

/** A problem as the page shows it, in its language: one line, escaped, clipped like `error`. */
export const problemText = (problem: Note, language?: Language): string => oneLine(renderNote(problem, language));

/** A parsed JSON value as an error shows it (quote.ts quoteValue, with the words for kinds as keys). */
function received(value: unknown): NoteParam {
  if (typeof value === 'string') return quoteText(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  if (value === undefined) return { key: 'scenario.value.nothing' };
  if (Array.isArray(value)) return { key: 'scenario.value.array' };
  return typeof value === 'object' ? { key: 'scenario.value.object' } : typeof value;
}

/** `actions[3].node` from a valibot issue path; keys that are not short identifiers are quoted. */
function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    if (typeof key === 'number') out += `[${key}]`;
    else out += pathKey(String(key), out === '');
  }
  return out || 'scenario';
}

/**
 * One line naming the field and what was wrong. What was received is quoted from the input
 * itself (valibot's `received` holds a whole string value, however long or hostile).
 */
export function describeIssue(issue: v.BaseIssue<unknown>): Note {
  const path = pathOf(issue);
  const got = received(issue.input);
  if (isUnknownKey(issue)) return fieldProblem(path, 'scenario.error.unknownField');
  if (issue.type === 'object' || issue.type === 'strict_object') {
    if (issue.received === 'undefined') return fieldProblem(path, 'scenario.error.missing');
    return fieldProblem(path, 'scenario.error.expectedObject', { received: got });
  }
  if (issue.type === 'variant') {
    // valibot writes `("crash" | "restart" | …)`: twelve action names, so a bare list and a
    // shorter quote keep the line under ~200 characters.
    const options = (issue.expected ?? '').replace(/[()"]/g, '').split(' | ').join(', ');
    const value = typeof issue.input === 'string' ? quoteText(issue.input, 40) : got;
    return fieldProblem(path, 'scenario.error.expectedOneOf', { options, received: value });
  }
  if (issue.type === 'picklist' || issue.type === 'literal') {
    return fieldProblem(path, 'scenario.error.expected', { expected: String(issue.expected), received: got });
  }
  if (issue.type === 'min_value') return fieldProblem(path, 'scenario.error.belowMin', { received: got, min: String(issue.requirement) });
  if (issue.type === 'max_value') return fieldProblem(path, 'scenario.error.aboveMax', { received: got, max: String(issue.requirement) });
  if (issue.type === 'max_length') return fieldProblem(path, 'scenario.error.tooLong', { max: String(issue.requirement) });
  if (issue.type === 'min_length') return fieldProblem(path, 'scenario.error.tooShort', { min: String(issue.requirement) });
  if (issue.type === 'integer') return fieldProblem(path, 'scenario.error.expectedInteger', { received: got });
  if (issue.expected == null) return fieldProblem(path, 'scenario.error.expectedValid', { received: got });
  return fieldProblem(path, 'scenario.error.expected', { expected: issue.expected, received: got });
}

/** valibot's issue for a key a strict object does not declare. */
const isUnknownKey = (issue: v.BaseIssue<unknown>): boolean => issue.type === 'strict_object' && issue.expected === 'never';

class FieldError extends Error {
  constructor(readonly problem: Note) {
    super(problem.key);
  }
}
const fail = (field: string, key: string, params?: NoteParams): never => {
  throw new FieldError(fieldProblem(field, key, params));
};

function checkNode(field: string, id: number, nodes: number): void {
  if (id > nodes) fail(field, 'scenario.error.noSuchNode', { node: id, nodes });
}

const listOf = (options: readonly string[]): string => options.map((o) => `"${o}"`).join(', ');

/**
 * `params` as given (the parsed JSON object itself: valibot's record output silently drops
 * `__proto__`, `constructor` and `prototype`, so unknown keys are looked for here) → every
 * parameter of the protocol, defaults filled in. Any key not declared is an error naming it.
 */
function validateParams(protocol: ProtocolName, given: object, nodes: number): Record<string, unknown> {
  const specs: readonly ParamSpec[] = protocols[protocol].params;
  const raw = given as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(raw)) {
    if (!specs.some((spec) => spec.name === key)) {
      const all = specs.map((s) => s.name).join(', ');
      const field = `params${pathKey(key, false)}`;
      // The list is clipped so that "sim: " and the field still fit a 200-character line.
      const room = Math.max(20, 180 - field.length - protocol.length - 40);
      const known = all.length > room ? all.slice(0, room - 1) + '…' : all;
      fail(field, 'scenario.error.unknownParam', { protocol, known: known || { key: 'scenario.value.none' } });
    }
  }
  for (const spec of specs) {
    const field = `params.${spec.name}`;
    const value = Object.hasOwn(raw, spec.name) ? raw[spec.name] : undefined;
    if (value === undefined) {
      out[spec.name] = spec.kind === 'nodeMap' ? {} : spec.default;
      continue;
    }
    switch (spec.kind) {
      case 'int':
        if (typeof value !== 'number' || !Number.isInteger(value)) fail(field, 'scenario.error.expectedInteger', { received: received(value) });
        if ((value as number) < spec.min || (value as number) > spec.max) fail(field, 'scenario.error.outside', { value: value as number, min: spec.min, max: spec.max });
        out[spec.name] = value;
        break;
      case 'boolean':
        if (typeof value !== 'boolean') fail(field, 'scenario.error.expectedBoolean', { received: received(value) });
        out[spec.name] = value;
        break;
      case 'enum':
        if (typeof value !== 'string' || !spec.options.includes(value)) {
          fail(field, 'scenario.error.expectedOneOf', { options: listOf(spec.options), received: received(value) });
        }
        out[spec.name] = value;
        break;
      case 'nodeMap': {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(field, 'scenario.error.expectedNodeMap');
        // A fresh object holding only the checked node ids: nothing else of the input survives.
        const map: Record<string, string> = {};
        for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
          if (!/^[1-9]$/.test(key) || Number(key) > nodes) fail(`${field}${pathKey(key, false)}`, 'scenario.error.notNodeId', { nodes });
          if (typeof entry !== 'string' || !spec.options.includes(entry)) {
            fail(`${field}.${key}`, 'scenario.error.expectedOneOf', { options: listOf(spec.options), received: received(entry) });
          }
          map[key] = entry as string;
        }
        out[spec.name] = map;
        break;
      }
    }
  }
  // A range's maximum below its minimum: reported on the maximum, as network.latencyMsMax is.
  for (const spec of specs) {
    if (spec.kind !== 'int' || spec.atLeast === undefined) continue;
    const floor = out[spec.atLeast] as number;
    if ((out[spec.name] as number) < floor) fail(`params.${spec.name}`, 'scenario.error.paramBelow', { value: out[spec.name] as number, other: `params.${spec.atLeast}`, min: floor });
  }
  return out;
}

function validateAction(action: Action, index: number, nodes: number, until: number): void {
  const field = `actions[${index}]`;
  if (action.at > until) fail(`${field}.at`, 'scenario.error.afterEnd', { at: action.at, until });
  switch (action.do) {
    case 'crash':
    case 'restart':
    case 'timeout':
    case 'request':
      return checkNode(`${field}.node`, action.node, nodes);
    case 'cut':
    case 'restore':
      checkNode(`${field}.from`, action.from, nodes);
      checkNode(`${field}.to`, action.to, nodes);
      if (action.from === action.to) fail(`${field}.to`, 'scenario.error.sameNode');
      return;
    case 'partition': {
      const seen = new Set<number>();
      action.groups.forEach((group, g) =>
        group.forEach((id, k) => {
          checkNode(`${field}.groups[${g}][${k}]`, id, nodes);
          if (seen.has(id)) fail(`${field}.groups[${g}][${k}]`, 'scenario.error.twoGroups', { node: id });
          seen.add(id);
        }),
      );
      return;
    }
    case 'network': {
      const { at: _at, do: _do, ...changes } = action;
      if (Object.keys(changes).length === 0) fail(field, 'scenario.error.emptyNetwork');
      return;
    }
    default:
      return;
  }
}

/**
 * The latency range in force must be a range at every point of the run: apply the network
 * actions over the starting network in the order the engine does (by time, then as listed)
 * and check min ≤ max after each one.
 */
function checkNetworkInForce(start: NetworkConfig, actions: readonly Action[]): void {
  const order: number[] = [];
  actions.forEach((action, index) => {
    if (action.do === 'network') order.push(index);
  });
  order.sort((a, b) => actions[a].at - actions[b].at || a - b);
  let min = start.latencyMsMin;
  let max = start.latencyMsMax;
  for (const index of order) {
    const action = actions[index] as Extract<Action, { do: 'network' }>;
    min = action.latencyMsMin ?? min;
    max = action.latencyMsMax ?? max;
    if (min <= max) continue;
    const field = `actions[${index}].${action.latencyMsMin !== undefined ? 'latencyMsMin' : 'latencyMsMax'}`;
    fail(field, 'scenario.error.latencyCrossed', { at: action.at, min, max });
  }
}

/** valibot's object schemas accept arrays; the format's objects must not be arrays. */
function findArrayWhereObject(input: Record<string, unknown>): string | null {
  if (Array.isArray(input.network)) return 'network';
  if (Array.isArray(input.params)) return 'params';
  if (Array.isArray(input.actions)) {
    const index = input.actions.findIndex((action) => Array.isArray(action));
    if (index >= 0) return `actions[${index}]`;
  }
  return null;
}

/**
 * Each action's schema by its `do`, with its fast acceptor (fast-accept.ts). valibot's variant
 * finds an action's schema by running every option's discriminator until one matches (a
 * `request`, eighth of twelve, ran eight), then builds a dataset per field and check: a
 * 10 000-action link's actions took 50–95 ms to validate cold, 20–40 ms dispatched by `do`,
 * 6–10 ms through the acceptors.
 * An action the acceptor takes is valid as it is; any other goes to its option's schema (the
 * one the variant would pick and report on), or to the variant when its `do` names none.
 */
const ACTION_OPTIONS = new Map<unknown, { schema: (typeof actionSchema.options)[number]; accept: ReturnType<typeof compileStrictObject> }>(
  actionSchema.options.map((option) => [option.entries.do.literal, { schema: option, accept: compileStrictObject(option) }]),
);

/** The actions validated (schema only), or the first issue with its path from the scenario's root. */
function parseActions(actions: readonly unknown[]): { ok: true; actions: Action[] } | { ok: false; issue: v.BaseIssue<unknown> } {
  const out = new Array<Action>(actions.length);
  for (let index = 0; index < actions.length; index++) {
    const action = actions[index];
    const kind = typeof action === 'object' && action !== null ? (action as { do?: unknown }).do : undefined;
    const option = typeof kind === 'string' ? ACTION_OPTIONS.get(kind) : undefined;
    const accepted = option?.accept?.(action) ?? null;
    if (accepted !== null) {
      out[index] = accepted as unknown as Action;
      continue;
    }
    const parsed = v.safeParse(option?.schema ?? actionSchema, action, { abortEarly: true });
    if (!parsed.success) {
      const issue = parsed.issues[0];
      const step = { type: 'array', origin: 'value', input: actions, key: index, value: action } as const;
      return { ok: false, issue: { ...issue, path: [{ type: 'object', origin: 'value', input: {}, key: 'actions', value: actions }, step, ...(issue.path ?? [])] as v.IssuePathItem[] } as v.BaseIssue<unknown> };
    }
    out[index] = parsed.output as Action;
  }
  return { ok: true, actions: out };
}

/** Validate a parsed JSON value as a version-1 scenario and fill in every default. */
export function parseScenario(input: unknown): ParseResult {
  try {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      return failure(fieldProblem('scenario', 'scenario.error.notObject'));
    }
    const arrayWhereObject = findArrayWhereObject(input as Record<string, unknown>);
    if (arrayWhereObject) return failure(fieldProblem(arrayWhereObject, 'scenario.error.expectedObject', { received: { key: 'scenario.value.array' } }));
    // Too many actions is said before each is looked at; abortEarly: only the first issue is
    // reported, so valibot need not describe every item of a huge array.
    const actionCount = (input as { actions?: unknown }).actions;
    if (Array.isArray(actionCount) && actionCount.length > LIMITS.actionsMax) {
      return failure(fieldProblem('actions', 'scenario.error.tooLong', { max: String(LIMITS.actionsMax) }));
    }
    // The actions on their own (parseActions), the rest through the scenario's schema with none.
    // `actions` is the schema's last field, so an issue of another field still comes first, and
    // unknown keys, which valibot reports after every field, still come after the actions.
    const given = input as Record<string, unknown>;
    const parsed = v.safeParse(scenarioSchema, Array.isArray(given.actions) ? { ...given, actions: [] } : given, { abortEarly: true });
    if (!parsed.success && !(isUnknownKey(parsed.issues[0]) && parsed.issues[0].path?.length === 1)) return failure(describeIssue(parsed.issues[0]));
    const actionsParsed = Array.isArray(given.actions) ? parseActions(given.actions) : null;
    if (actionsParsed !== null && !actionsParsed.ok) return failure(describeIssue(actionsParsed.issue));
    if (!parsed.success) return failure(describeIssue(parsed.issues[0]));
    const raw = { ...parsed.output, actions: actionsParsed !== null ? actionsParsed.actions : parsed.output.actions };
    const limits = nodeLimits[raw.protocol];
    const nodes = raw.nodes ?? limits.default;
    if (nodes < limits.min) fail('nodes', 'scenario.error.tooFewNodes', { protocol: raw.protocol, min: limits.min });
    const network = raw.network;
    if (network.latencyMsMax < network.latencyMsMin) fail('network.latencyMsMax', 'scenario.error.latencyBelowMin');
    const actions = raw.actions as Action[];
    actions.forEach((action, index) => validateAction(action, index, nodes, raw.until));
    checkNetworkInForce(network, actions);
    const givenParams = (input as { params?: object }).params;
    const params = validateParams(raw.protocol, givenParams ?? {}, nodes);
    const scenario: Scenario = {
      version: 1,
      protocol: raw.protocol,
      seed: raw.seed,
      nodes,
      until: raw.until,
      network,
      params,
      actions,
    };
    return { ok: true, scenario };
  } catch (error) {
    // Messages are built from quoted input already; oneLine is the last guard on the length.
    if (error instanceof FieldError) return failure(error.problem);
    return failure(fieldProblem('scenario', 'scenario.error.unreadable'));
  }
}

/**
 * Parse scenario text (a file's contents, an inflated link). A leading byte order mark is
 * dropped, the same for every door: editors on some systems write one.
 */
export function parseScenarioText(text: string): ParseResult {
  if (text.length > LIMITS.jsonCharsMax) return failure(fieldProblem('scenario', 'scenario.error.tooManyChars', { max: LIMITS.jsonCharsMax }));
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    // V8's message quotes the text around the fault: escape and clip it like any quoted input.
    const reason = escapeControls((error as Error).message.replace(/\s+/g, ' ').slice(0, 120));
    return failure(fieldProblem('scenario', 'scenario.error.notJson', { reason }));
  }
  return parseScenario(value);
}

/** A scenario with only `protocol` given: everything else from the defaults. */
export function defaultScenario(protocol: ProtocolName = 'raft'): Scenario {
  const result = parseScenario({ version: 1, protocol });
  if (!result.ok) throw new Error(result.error); // cannot happen: defaults are valid
  return result.scenario;
}
