// The headless command line (a public contract: DESIGN.md "Command line").
//   npm run -s sim -- run FILE.json|- [--export shiviz|json OUT]
//                                                one JSON summary; exit 0 clean, 1 violation, 2 bad input;
//                                                --export also writes the run as a ShiViz log or JSON
//   npm run -s sim -- explore --protocol P --runs N --seed S [--nodes K] [--until MS] [--workers N] [--base-url URL]
//                                                --workers spreads the runs over worker threads (same summary);
//                                                --base-url makes the counterexample's link a full URL
//   npm run -s sim -- schedule --protocol P --seed RUNSEED [--nodes K] [--until MS]
//                                                the scenario of one explored run, to replay it

import { closeSync, openSync, readSync, writeFileSync } from 'node:fs';
import { runJson } from '../export/run-json';
import { shivizLog } from '../export/shiviz';
import { ExploreTally, exploreRun, type ExploreSummary } from '../explore/explore';
import { exploreThreaded } from './explore-threads';
import { tp } from '../i18n/plural';
import { DEFAULT_MIX, DEFAULT_SCHEDULE, MIX_ORDER, randomScenario, type FaultMix, type ScheduleOptions } from '../explore/random-schedule';
import { PROTOCOL_NAMES, type ProtocolName } from '../protocols/registry';
import { LIMITS } from '../scenario/format';
import { createSimulation } from '../scenario/simulate';
import { summarize } from '../scenario/summary';
import { escapeControls, escapeForTerminal, oneLine, quoteText } from '../scenario/quote';
import { decodeScenarioBytes, TOO_LARGE } from '../scenario/read-text';
import { parseScenarioText } from '../scenario/validate';
import '../i18n/run-words-now';
import '../i18n/explorer-words';

class BadInput extends Error {}

const USAGE =
  'usage: sim run FILE.json|- [--export shiviz|json OUT] | sim explore --protocol P --runs N --seed S [--workers N] [--base-url URL] [S]' +
  ' | sim schedule --protocol P --seed RUNSEED [S]; P: raft|paxos|2pc|3pc; S: [--nodes K] [--until MS] [--faults F] [--requests R] [--mix KIND=W,…]';

/** Longest line `sim:` prints on stderr, in characters (the usage line is the longest we write). */
const STDERR_CHARS_MAX = 360;

/** Blocking read of up to buffer.length bytes from fd; standard input may be non-blocking (EAGAIN). */
function readSome(fd: number, buffer: Uint8Array, offset: number): number {
  for (;;) {
    try {
      return readSync(fd, buffer, offset, buffer.length - offset, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    }
  }
}

/**
 * A file's or standard input's bytes, reading at most one byte more than a scenario may have:
 * `sim run /dev/zero` or an endless pipe ends at the cap instead of reading forever.
 */
function readInput(path: string): string {
  const name = path === '-' ? 'standard input' : quoteText(path);
  const buffer = new Uint8Array(LIMITS.jsonBytesMax + 1);
  let length = 0;
  let fd: number | null = null;
  try {
    fd = path === '-' ? 0 : openSync(path, 'r');
    for (let n = -1; n !== 0 && length < buffer.length; length += n) n = readSome(fd, buffer, length);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new BadInput(`cannot read ${name}${typeof code === 'string' ? ` (${escapeControls(code)})` : ''}`);
  } finally {
    if (fd !== null && path !== '-') closeSync(fd);
  }
  if (length > LIMITS.jsonBytesMax) throw new BadInput(TOO_LARGE);
  const decoded = decodeScenarioBytes(buffer.subarray(0, length));
  if (!decoded.ok) throw new BadInput(decoded.error);
  return decoded.text;
}

function run(argv: string[]): number {
  const [args, exportTo] = exportFlag(argv);
  if (args.length !== 1) throw new BadInput(USAGE);
  const text = readInput(args[0]);
  const parsed = parseScenarioText(text);
  if (!parsed.ok) throw new BadInput(parsed.error);
  const sim = createSimulation(parsed.scenario, { checkpointEvery: 0 });
  sim.runToEnd();
  const summary = summarize(parsed.scenario, sim);
  if (exportTo) writeExport(exportTo, { ...parsed.scenario, protocol: sim.protocol, scenario: parsed.scenario, messages: sim.messageLog, trace: sim.traceLog, violations: sim.violations });
  process.stdout.write(escapeForTerminal(JSON.stringify(summary, null, 2)) + '\n');
  return summary.violations.length > 0 ? 1 : 0;
}

/** `--export shiviz|json FILE` anywhere among run's arguments: the rest, and what to write. */
function exportFlag(args: string[]): [string[], { kind: 'shiviz' | 'json'; file: string } | null] {
  const at = args.indexOf('--export');
  if (at < 0) return [args, null];
  const kind = args[at + 1];
  const file = args[at + 2];
  if ((kind !== 'shiviz' && kind !== 'json') || file === undefined) throw new BadInput('--export needs shiviz or json, then a file name');
  return [[...args.slice(0, at), ...args.slice(at + 3)], { kind, file }];
}

function writeExport(to: { kind: 'shiviz' | 'json'; file: string }, run: Parameters<typeof runJson>[0]): void {
  try {
    writeFileSync(to.file, to.kind === 'shiviz' ? shivizLog(run) : runJson(run) + '\n');
  } catch (error) {
    throw new BadInput(`cannot write ${to.file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

function parseFlags(args: string[], allowed: string[]): Map<string, string> {
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const name = args[i];
    if (!name.startsWith('--') || !allowed.includes(name.slice(2))) throw new BadInput(`unknown option ${quoteText(name, 40)}; ${USAGE}`);
    const value = args[++i];
    if (value === undefined) throw new BadInput(`${name} needs a value`);
    flags.set(name.slice(2), value);
  }
  return flags;
}

function intFlag(flags: Map<string, string>, name: string, min: number, max: number, fallback?: number): number {
  const raw = flags.get(name);
  if (raw === undefined) {
    if (fallback === undefined) throw new BadInput(`--${name} is required; ${USAGE}`);
    return fallback;
  }
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) throw new BadInput(`--${name} must be a whole number from ${min} to ${max}`);
  return Number(raw);
}

function protocolFlag(flags: Map<string, string>): ProtocolName {
  const protocol = flags.get('protocol');
  if (protocol === undefined || !(PROTOCOL_NAMES as readonly string[]).includes(protocol)) {
    throw new BadInput(`--protocol must be one of ${PROTOCOL_NAMES.join(', ')}`);
  }
  return protocol as ProtocolName;
}

/** The flags that shape the random schedules, shared by explore and schedule. */
const SCHEDULE_FLAGS = ['nodes', 'until', 'faults', 'requests', 'mix'];
/** The app's explorer allows the same: up to 50 faults and requests, weights 0 to 10. */
const COUNT_MAX = 50;
const WEIGHT_MAX = 10;

function scheduleFlags(flags: Map<string, string>, protocol: ProtocolName): Pick<ScheduleOptions, 'nodes' | 'until' | 'faults' | 'requests' | 'mix'> {
  const commit = protocol === '2pc' || protocol === '3pc';
  return {
    nodes: intFlag(flags, 'nodes', commit ? 2 : 1, LIMITS.nodesMax, commit ? 4 : 5),
    until: intFlag(flags, 'until', 1, LIMITS.untilMsMax, DEFAULT_SCHEDULE.until),
    faults: intFlag(flags, 'faults', 0, COUNT_MAX, DEFAULT_SCHEDULE.faults),
    requests: intFlag(flags, 'requests', 0, COUNT_MAX, DEFAULT_SCHEDULE.requests),
    mix: mixFlag(flags.get('mix')),
  };
}

/** `--mix crash=2,cut=0`: weights of the fault kinds; a kind not named keeps its default weight. */
function mixFlag(raw: string | undefined): FaultMix {
  const mix: FaultMix = { ...DEFAULT_MIX };
  if (raw === undefined) return mix;
  for (const part of raw.split(',')) {
    const [kind, weight, ...rest] = part.split('=');
    if (!(MIX_ORDER as readonly string[]).includes(kind) || rest.length > 0) throw new BadInput(`--mix: unknown fault kind ${quoteText(kind, 40)} (kinds: ${MIX_ORDER.join(', ')})`);
    if (weight === undefined || !/^\d+$/.test(weight) || Number(weight) > WEIGHT_MAX) throw new BadInput(`--mix: the weight of ${kind} must be a whole number from 0 to ${WEIGHT_MAX}`);
    mix[kind as keyof FaultMix] = Number(weight);
  }
  return mix;
}

/** Worker threads `--workers` may ask for. */
const WORKERS_MAX = 64;

function exploreCommand(args: string[]): number | Promise<number> {
  const flags = parseFlags(args, ['protocol', 'runs', 'seed', 'workers', 'base-url', ...SCHEDULE_FLAGS]);
  const protocol = protocolFlag(flags);
  const baseUrl = flags.get('base-url') ?? '';
  if (baseUrl !== '' && !/^https?:\/\/[^\s#]+$/.test(baseUrl)) throw new BadInput('--base-url must be an http(s) URL without spaces or #');
  const options = {
    protocol,
    runs: intFlag(flags, 'runs', 1, 1_000_000),
    seed: intFlag(flags, 'seed', 0, LIMITS.seedMax),
    schedule: scheduleFlags(flags, protocol),
  };
  const workers = intFlag(flags, 'workers', 1, WORKERS_MAX, 1);
  const print = (summary: ExploreSummary): number => {
    const smallest = summary.smallest;
    // The narration in English next to its key, for a person reading the terminal.
    const shown = smallest ? { ...summary, smallest: { ...smallest, narration: { ...smallest.narration, text: narrationText(smallest.narration) } } } : summary;
    process.stdout.write(escapeForTerminal(JSON.stringify(shown, null, 2)) + '\n');
    return summary.violatingRuns > 0 ? 1 : 0;
  };
  if (workers > 1) return exploreThreaded({ ...options, workers, baseUrl }).then(print);
  const tally = new ExploreTally(options);
  for (let i = 0; i < options.runs; i++) tally.add(exploreRun(options, i));
  tally.shrinkFirst(baseUrl);
  return print(tally.summary);
}

function narrationText(narration: { key: string; count: number; params: Record<string, string | number> }): string {
  return tp(narration.key, narration.count, narration.params);
}

function scheduleCommand(args: string[]): number {
  const flags = parseFlags(args, ['protocol', 'seed', ...SCHEDULE_FLAGS]);
  const protocol = protocolFlag(flags);
  const scenario = randomScenario(protocol, intFlag(flags, 'seed', 0, LIMITS.seedMax), scheduleFlags(flags, protocol));
  process.stdout.write(escapeForTerminal(JSON.stringify(scenario, null, 2)) + '\n');
  return 0;
}

function badInputExit(error: unknown): number {
  // Every message may quote input: escaped (no terminal control sequence, no newline
  // cutting the line) and clipped, whatever built it.
  if (error instanceof BadInput) {
    process.stderr.write(`sim: ${oneLine(error.message, STDERR_CHARS_MAX)}\n`);
    return 2;
  }
  process.stderr.write(`sim: internal error: ${oneLine(String((error as Error)?.message ?? error), STDERR_CHARS_MAX)}\n`);
  return 3;
}

function main(argv: string[]): number | Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'run') return run(rest);
    if (command === 'explore') {
      const result = exploreCommand(rest);
      return typeof result === 'number' ? result : result.catch(badInputExit);
    }
    if (command === 'schedule') return scheduleCommand(rest);
    throw new BadInput(USAGE);
  } catch (error) {
    return badInputExit(error);
  }
}

const code = main(process.argv.slice(2));
if (typeof code === 'number') process.exitCode = code;
else void code.then((value) => (process.exitCode = value));
