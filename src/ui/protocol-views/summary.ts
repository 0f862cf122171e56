// What the cluster view shows on each node: a role (for its colour and name), one line of key
// state, and the accessible name ("S3, leader, term 4"). Reads documented view fields only.

import type { ProtocolName } from '../../protocols/registry';
import { ballotText, num, obj, str, type View } from './fields';

export interface NodeSummary {
  /** A role or state word; also the CSS colour key. */
  role: string;
  /** Key state, as words ("term 4", "T1 prepared", "learned v=A, promised (2, S1)"). */
  caption: string;
  /** The part of the caption drawn under the node (short). */
  short?: string;
  /** Starts with "S<n>," then the state. */
  name: string;
  /** Blocked (2PC/3PC uncertain) or otherwise stuck. */
  blocked: boolean;
}

function raftSummary(view: View): Pick<NodeSummary, 'role' | 'caption' | 'blocked' | 'short'> {
  const role = str(view.role) ?? 'follower';
  const term = num(view.term);
  return { role, caption: term === null ? '' : `term ${term}`, blocked: false };
}

function paxosSummary(view: View): Pick<NodeSummary, 'role' | 'caption' | 'blocked' | 'short'> {
  const learned = view.learned;
  const proposal = obj(view.proposal);
  const promised = ballotText(view.promised);
  const role = proposal ? 'proposer' : learned !== null && learned !== undefined ? 'learned' : 'acceptor';
  const parts: string[] = [];
  if (learned !== null && learned !== undefined) parts.push(`learned ${String(learned).slice(0, 16)}`);
  parts.push(promised ? `promised ${promised}` : 'no promise');
  const short = learned !== null && learned !== undefined ? `✓ ${String(learned).slice(0, 12)}` : promised ? `promised ${promised}` : '';
  return { role, caption: parts.join(', '), blocked: false, short };
}

/** The latest transaction's state, the word used for the colour. */
function commitSummary(view: View): Pick<NodeSummary, 'role' | 'caption' | 'blocked' | 'short'> {
  const transactions = obj(view.transactions) ?? {};
  const labels = Object.keys(transactions);
  const blocked = Object.keys(obj(view.blocked) ?? {}).length > 0;
  const role = str(view.role) ?? 'participant';
  if (labels.length === 0) return { role, caption: 'idle', blocked };
  const last = labels[labels.length - 1];
  const state = str(transactions[last]) ?? '?';
  const more = labels.length > 1 ? ` (+${labels.length - 1})` : '';
  return { role: state, caption: `${last.slice(0, 10)} ${state}${more}`, blocked };
}

function genericSummary(view: View): Pick<NodeSummary, 'role' | 'caption' | 'blocked' | 'short'> {
  const role = str(view.role) ?? 'node';
  const firstNumber = Object.entries(view).find(([key, value]) => key !== 'id' && typeof value === 'number');
  return { role, caption: firstNumber ? `${firstNumber[0]} ${firstNumber[1]}` : '', blocked: false };
}

export function summarizeNode(protocol: ProtocolName | string, view: View): NodeSummary {
  const label = `S${view.id}`;
  let part: Pick<NodeSummary, 'role' | 'caption' | 'blocked' | 'short'>;
  try {
    if (protocol === 'raft') part = raftSummary(view);
    else if (protocol === 'paxos') part = paxosSummary(view);
    else if (protocol === '2pc' || protocol === '3pc') part = commitSummary(view);
    else part = genericSummary(view);
  } catch {
    part = { role: 'node', caption: '', blocked: false };
  }
  if (!view.up) {
    // A crashed node shows what it will restart with (its persistent state).
    const caption = protocol === 'raft' || protocol === '2pc' || protocol === '3pc' ? part.caption : '';
    return { role: 'crashed', caption, name: `${label}, crashed` + (caption ? `, ${caption}` : ''), blocked: false };
  }
  let name = `${label}, `;
  if (protocol === '2pc' || protocol === '3pc') {
    const role = str(view.role) ?? 'participant';
    name += `${role}, ${part.caption}`;
  } else if (protocol === 'paxos' && part.role === 'learned') {
    name += part.caption;
  } else {
    name += part.role + (part.caption ? `, ${part.caption}` : '');
  }
  if (part.blocked) name += ', blocked';
  return { ...part, name };
}
