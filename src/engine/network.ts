// The network model (DESIGN.md "Engine"): latency drawn from [latencyMsMin, latencyMsMax],
// loss by dropRatio, copies by duplicateRatio, directed links that can be cut, and the count of
// messages in flight. Contract: its draws come from its own random stream only, in the order
// the simulation asks for them (a send draws latency, then drop, then duplicate), so a node's
// actions never shift another node's randomness; a cut link loses what is on it (the
// simulation asks forEachInFlight which messages those are). Its whole state is a few numbers
// and an n×n matrix: a checkpoint copies it in O(n²), whatever is in flight.

import { IN_FLIGHT, type MessageLog } from './message-log';
import { RandomStream, type RandomState } from './random';
import type { NetworkConfig, NodeId } from './types';

/** The model as a checkpoint keeps it. */
export interface NetworkSave {
  config: NetworkConfig;
  random: RandomState;
  cut: Uint8Array;
  inFlightCount: number;
  firstInFlight: number;
}

export class NetworkModel {
  config: NetworkConfig;
  random: RandomStream;
  /** cut[(from-1)*n + (to-1)] === 1 when the directed link from→to is cut. */
  cut: Uint8Array;
  /** Messages whose fate is 'in-flight'. */
  inFlightCount = 0;
  /** No message below this id is in flight (a lower bound, moved up lazily). */
  private firstInFlight = 0;

  constructor(
    readonly nodes: number,
    seed: number,
    config: NetworkConfig,
  ) {
    this.config = { ...config };
    this.random = RandomStream.derive(seed, 'network');
    this.cut = new Uint8Array(nodes * nodes);
  }

  latencyMs(): number {
    return this.random.intBetween(this.config.latencyMsMin, this.config.latencyMsMax);
  }

  drops(): boolean {
    return this.random.chance(this.config.dropRatio);
  }

  duplicates(): boolean {
    return this.random.chance(this.config.duplicateRatio);
  }

  isCut(from: NodeId, to: NodeId): boolean {
    return this.cut[(from - 1) * this.nodes + (to - 1)] === 1;
  }

  /** Cut or restore the link; true when it was whole and is now cut. */
  setCut(from: NodeId, to: NodeId, isCut: boolean): boolean {
    const index = (from - 1) * this.nodes + (to - 1);
    const wasCut = this.cut[index] === 1;
    this.cut[index] = isCut ? 1 : 0;
    return isCut && !wasCut;
  }

  /** Visit the messages in flight, ascending by id (visit may end them). */
  forEachInFlight(log: MessageLog, visit: (id: number) => void): void {
    const fate = log.fate;
    let id = this.advance(log);
    for (; id < log.count; id++) if (fate[id] === IN_FLIGHT) visit(id);
  }

  /** Move firstInFlight past the messages that have ended; returns it. */
  private advance(log: MessageLog): number {
    let id = this.firstInFlight;
    while (id < log.count && log.fate[id] !== IN_FLIGHT) id++;
    this.firstInFlight = id;
    return id;
  }

  save(log: MessageLog): NetworkSave {
    return { config: { ...this.config }, random: this.random.state(), cut: this.cut.slice(), inFlightCount: this.inFlightCount, firstInFlight: this.advance(log) };
  }

  load(save: NetworkSave): void {
    this.config = { ...save.config };
    this.random = RandomStream.fromState(save.random);
    this.cut = save.cut.slice();
    this.inFlightCount = save.inFlightCount;
    this.firstInFlight = save.firstInFlight;
  }
}
