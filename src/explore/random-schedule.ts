// Random fault schedules: a pure function of (protocol, seed, options) to a valid scenario.
// Faults are data (crash/restart, partition/heal, cut/restore, timeout) plus client requests;
// each run's scenario is reproducible from its seed alone. The fault mix weighs the kinds; the
// default mix (every weight 1) draws exactly as the uniform choice did, so old seeds still hold.

import type { Action, NetworkConfig } from '../engine/types';
import { RandomStream } from '../engine/random';
import type { ProtocolName } from '../protocols/registry';
import type { Scenario } from '../scenario/format';
import { DEFAULT_NETWORK } from '../scenario/format';
import { parseScenario } from '../scenario/validate';

export interface ScheduleOptions {
  nodes: number;
  until: number;
  /** How many fault actions (each crash is followed by its restart, each partition by a heal). */
  faults: number;
  /** How many client requests. */
  requests: number;
  network: NetworkConfig;
  params: Record<string, unknown>;
  /** Relative weights of the fault kinds (whole numbers; 0 leaves a kind out). */
  mix: FaultMix;
}

export interface FaultMix {
  crash: number;
  partition: number;
  cut: number;
  timeout: number;
}

export const DEFAULT_MIX: FaultMix = { crash: 1, partition: 1, cut: 1, timeout: 1 };
export const MIX_ORDER = ['crash', 'partition', 'cut', 'timeout'] as const;

export const DEFAULT_SCHEDULE: ScheduleOptions = {
  nodes: 5,
  until: 3000,
  faults: 4,
  requests: 4,
  network: DEFAULT_NETWORK,
  params: {},
  mix: DEFAULT_MIX,
};

/**
 * The `sim schedule` flags beyond --protocol and --seed that rebuild a plan's schedules (the
 * counts and the mix only where they differ from the defaults). Network and parameters are not
 * flags: a plan that changes them (the app's explorer) is reproduced by its links instead.
 */
export function scheduleArgs(options: Partial<ScheduleOptions>, nodes: number, until: number): string {
  const args = [`--nodes ${nodes}`, `--until ${until}`];
  if (options.faults !== undefined && options.faults !== DEFAULT_SCHEDULE.faults) args.push(`--faults ${options.faults}`);
  if (options.requests !== undefined && options.requests !== DEFAULT_SCHEDULE.requests) args.push(`--requests ${options.requests}`);
  const mix = options.mix;
  if (mix !== undefined && MIX_ORDER.some((kind) => mix[kind] !== DEFAULT_MIX[kind])) args.push(`--mix ${MIX_ORDER.map((kind) => `${kind}=${mix[kind]}`).join(',')}`);
  return args.join(' ');
}

/** The kind of one fault: a weighted draw (one intBetween call, as the uniform draw was). */
function faultKind(random: RandomStream, mix: FaultMix): number {
  const weights = MIX_ORDER.map((kind) => Math.max(0, Math.floor(mix[kind])));
  const total = weights.reduce((a, b) => a + b, 0);
  if (total === 0) return -1;
  let pick = random.intBetween(0, total - 1);
  for (let kind = 0; kind < weights.length; kind++) {
    if (pick < weights[kind]) return kind;
    pick -= weights[kind];
  }
  return weights.length - 1;
}

/** Client requests: 2PC/3PC begin transactions at the coordinator (node 1); others anywhere. */
function requestNode(protocol: ProtocolName, random: RandomStream, nodes: number): number {
  return protocol === '2pc' || protocol === '3pc' ? 1 : random.intBetween(1, nodes);
}

function randomGroups(random: RandomStream, nodes: number): number[][] {
  const ids = Array.from({ length: nodes }, (_, i) => i + 1);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = random.intBetween(0, i);
    [ids[i], ids[j]] = [ids[j], ids[i]];
  }
  const split = random.intBetween(1, Math.max(1, nodes - 1));
  return [ids.slice(0, split).sort((a, b) => a - b), ids.slice(split).sort((a, b) => a - b)].filter((g) => g.length > 0);
}

export function randomScenario(protocol: ProtocolName, seed: number, options: Partial<ScheduleOptions> = {}): Scenario {
  const o: ScheduleOptions = { ...DEFAULT_SCHEDULE, ...options };
  const random = RandomStream.derive(seed, `schedule:${protocol}`);
  const actions: Action[] = [];
  const horizon = Math.max(1, o.until);
  const time = (from = 0, to = horizon) => random.intBetween(Math.min(from, to), to);

  for (let r = 0; r < o.requests; r++) {
    const label = protocol === '2pc' || protocol === '3pc' ? `t${r + 1}` : `v${r + 1}`;
    actions.push({ at: time(0, Math.floor(horizon * 0.8)), do: 'request', node: requestNode(protocol, random, o.nodes), value: label });
  }
  for (let f = 0; f < o.faults; f++) {
    const start = time(0, Math.floor(horizon * 0.7));
    const end = time(start, horizon);
    const kind = faultKind(random, o.mix);
    if (kind < 0) break;
    if (kind === 0 || o.nodes < 2) {
      const node = random.intBetween(1, o.nodes);
      actions.push({ at: start, do: 'crash', node }, { at: end, do: 'restart', node });
    } else if (kind === 1) {
      actions.push({ at: start, do: 'partition', groups: randomGroups(random, o.nodes) }, { at: end, do: 'heal' });
    } else if (kind === 2) {
      const from = random.intBetween(1, o.nodes);
      let to = random.intBetween(1, o.nodes - 1);
      if (to >= from) to++;
      actions.push({ at: start, do: 'cut', from, to }, { at: end, do: 'restore', from, to });
    } else {
      actions.push({ at: start, do: 'timeout', node: random.intBetween(1, o.nodes) });
    }
  }
  actions.sort((a, b) => a.at - b.at);
  const result = parseScenario({
    version: 1,
    protocol,
    seed,
    nodes: o.nodes,
    until: o.until,
    network: o.network,
    params: o.params,
    actions,
  });
  if (!result.ok) throw new Error(`randomScenario produced an invalid scenario: ${result.error}`);
  return result.scenario;
}
