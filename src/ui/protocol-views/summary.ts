// What the cluster view shows on each node: a colour key, a word in the circle, a short caption
// under it, and the accessible name ("S3, leader, term 4"; in Chinese "S3, 领导者, 任期 4"), in the
// current language. The drawn text ("S3 leader term 4") is always contained in the name, so that
// speech and sight agree. Reads documented view fields.

import type { ProtocolName } from '../../protocols/registry';
import { ballotText, num, obj, str, type View } from './fields';
import { t } from '../../i18n/translate';
import { valueWord } from '../value-words';

export interface NodeSummary {
  /** The CSS colour key (a role or a transaction state). */
  role: string;
  /** The word drawn in the circle. */
  word: string;
  /** The caption drawn under the node. */
  short: string;
  /** A second caption line (Paxos: the acceptor's accepted (ballot, value)); empty for none. */
  detail?: string;
  /** Key state as words, for the name ("term 4", "T1 prepared, blocked"). */
  caption: string;
  /** Starts with "S<n>," then the state. */
  name: string;
  /** Blocked (2PC/3PC uncertain). */
  blocked: boolean;
}

type Part = Omit<NodeSummary, 'name'>;

function raftPart(view: View): Part {
  const role = str(view.role) ?? 'follower';
  const term = num(view.term);
  const caption = term === null ? '' : t('views.summary.term', { term });
  return { role, word: valueWord(role), short: caption, caption, blocked: false };
}

function paxosPart(view: View): Part {
  const learned = view.learned;
  const hasLearned = learned !== null && learned !== undefined;
  const proposal = obj(view.proposal);
  const promised = ballotText(view.promised);
  const promise = promised ? t('views.summary.promised', { ballot: promised }) : t('views.summary.noPromise');
  const role = proposal ? 'proposer' : hasLearned ? 'learned' : 'acceptor';
  // Every node is an acceptor: what it accepted is always on the node, as (ballot, value).
  const accepted = obj(view.accepted);
  const acceptedBallot = accepted ? ballotText(accepted.ballot) : null;
  const detail = acceptedBallot ? t('views.summary.accepted', { ballot: acceptedBallot, value: String(accepted!.value).slice(0, 16) }) : t('views.summary.acceptedNothing');
  if (hasLearned) {
    const value = String(learned).slice(0, 16);
    // "S1, learned v=A, promised 2.1, accepted (2.1, v=A)": the word and the value read together.
    return { role: 'learned', word: valueWord('learned'), short: value, detail, caption: `${value}, ${promise}, ${detail}`, blocked: false };
  }
  return { role, word: valueWord(role), short: promise, detail, caption: `${promise}, ${detail}`, blocked: false };
}

function commitPart(view: View): Part {
  const transactions = obj(view.transactions) ?? {};
  const labels = Object.keys(transactions);
  const blocked = Object.keys(obj(view.blocked) ?? {}).length > 0;
  const word = valueWord(str(view.role) ?? 'participant');
  if (labels.length === 0) return { role: 'idle', word, short: valueWord('idle'), caption: valueWord('idle'), blocked };
  // The two newest transactions, so that a run with T1 committed and T2 aborted shows both (the
  // colour follows the newest); older ones are counted.
  const shown = labels.slice(-2);
  const state = str(transactions[shown[shown.length - 1]]) ?? '?';
  const more = labels.length > shown.length ? ` (+${labels.length - shown.length})` : '';
  const caption = shown.map((label) => t('views.summary.transaction', { transaction: label.slice(0, 12), state: valueWord(str(transactions[label]) ?? '?') })).join(' · ') + more;
  return { role: state, word, short: caption, caption, blocked };
}

function genericPart(view: View): Part {
  const role = str(view.role) ?? 'node';
  const firstNumber = Object.entries(view).find(([key, value]) => key !== 'id' && typeof value === 'number');
  const caption = firstNumber ? `${firstNumber[0]} ${firstNumber[1]}` : '';
  return { role, word: valueWord(role), short: caption, caption, blocked: false };
}

export function summarizeNode(protocol: ProtocolName | string, view: View): NodeSummary {
  const label = `S${view.id}`;
  let part: Part;
  try {
    if (protocol === 'raft') part = raftPart(view);
    else if (protocol === 'paxos') part = paxosPart(view);
    else if (protocol === '2pc' || protocol === '3pc') part = commitPart(view);
    else part = genericPart(view);
  } catch {
    part = { role: 'node', word: valueWord('node'), short: '', caption: '', blocked: false };
  }
  if (!view.up) {
    // A crashed node shows what it will restart with (its persistent state), where that is readable.
    const caption = protocol === 'raft' || protocol === '2pc' || protocol === '3pc' ? part.caption : '';
    const crashed = valueWord('crashed');
    return { role: 'crashed', word: crashed, short: caption, caption, name: `${label}, ${crashed}` + (caption ? `, ${caption}` : ''), blocked: false };
  }
  const glue = protocol === 'paxos' && part.role === 'learned' ? ' ' : ', ';
  const blocked = part.blocked ? `, ${t('views.summary.blocked')}` : '';
  const caption = part.caption + blocked;
  // The name's "S<n>, " is the same in every language (outside checks rely on it).
  const name = `${label}, ${part.word}` + (caption ? glue + caption : '');
  return { ...part, caption, short: part.short + blocked, name };
}
