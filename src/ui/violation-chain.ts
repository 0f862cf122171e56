// Why an invariant broke: the chain of events that led there, read from the run's trace and
// message log up to the violation. For the node that went astray: the message types it never
// received (and why they were lost), the timer that then fired, and what it decided; for the
// other nodes of the violation: what they decided meanwhile. 3PC under a partition reads
// "S2 never received PreCommit → its decide:T1 timer fired → S2 timed out uncertain …, aborts,
// while S1 decides commit …". Pure: steps are keys and parameters (a note or an action outcome
// is itself a Note parameter, `text`); chainStepText words them in a language.

import { describeMessage, type RunRecord } from '../store/run';
import { ACTION_ENTRY, DELIVER_ENTRY, LOST_ENTRY, NOTE_ENTRY, TIMER_ENTRY } from '../engine/trace-log';
import type { Note, NoteParams, Violation } from '../engine/types';
import { renderNote } from '../i18n/note';
import { timerName } from '../i18n/timer-name';
import { currentLanguage, hasKey, type Language } from '../i18n/translate';

export interface ChainStep {
  at: number;
  node: number;
  key: 'chain.neverReceived' | 'chain.timer' | 'chain.note' | 'chain.action';
  params: NoteParams;
}

export interface ViolationChain {
  /** The node whose own history explains the break (it missed the most messages). */
  node: number | null;
  steps: ChainStep[];
  /** What the other nodes of the violation did meanwhile (their last note before it). */
  meanwhile: ChainStep[];
}

const NEVER_RECEIVED_MAX = 2;

interface NodeStory {
  lostByType: Map<string, { at: number; from: number; fate: string }>;
  received: Set<string>;
  timers: { at: number; name: string }[];
  notes: { at: number; text: Note }[];
}

export function violationChain(run: RunRecord, violation: Violation): ViolationChain {
  const { trace, messages } = run;
  const stories = new Map<number, NodeStory>();
  for (const node of violation.nodes) stories.set(node, { lostByType: new Map(), received: new Set(), timers: [], notes: [] });
  let lastAction: { at: number; text: Note } | null = null;
  for (let i = 0; i < trace.count && trace.at[i] <= violation.at; i++) {
    const kind = trace.kind[i];
    const at = trace.at[i];
    const word = trace.wordOf(i);
    if (kind === DELIVER_ENTRY || kind === LOST_ENTRY) {
      const ref = trace.ref[i];
      if (ref < 0 || ref >= messages.count) continue;
      const story = stories.get(messages.to[ref]);
      if (!story) continue;
      const { type } = describeMessage(run.protocol, messages.payloads.get(ref));
      if (kind === DELIVER_ENTRY) story.received.add(type);
      else if (!story.lostByType.has(type)) story.lostByType.set(type, { at, from: messages.from[ref], fate: word || 'lost' });
      continue;
    }
    if (kind === ACTION_ENTRY) {
      lastAction = { at, text: { key: word, params: trace.paramsOf(i) } };
      continue;
    }
    const story = stories.get(trace.node[i]);
    if (!story) continue;
    if (kind === TIMER_ENTRY) story.timers.push({ at, name: word || 'timer' });
    else if (kind === NOTE_ENTRY) story.notes.push({ at, text: { key: word, params: trace.paramsOf(i) } });
  }

  // Messages lost and never received by other means, per node.
  const missed = (story: NodeStory) => [...story.lostByType.entries()].filter(([type]) => !story.received.has(type));
  let astray: number | null = null;
  let most = 0;
  for (const [node, story] of stories) {
    const count = missed(story).length;
    if (count > most) {
      most = count;
      astray = node;
    }
  }
  if (astray === null && violation.nodes.length > 0) astray = violation.nodes[violation.nodes.length - 1];

  const steps: ChainStep[] = [];
  if (astray !== null) {
    const story = stories.get(astray)!;
    const lost = missed(story).slice(0, NEVER_RECEIVED_MAX);
    if (lost.length > 0 && lastAction && lastAction.at <= lost[0][1].at) {
      steps.push({ at: lastAction.at, node: astray, key: 'chain.action', params: { at: lastAction.at, text: lastAction.text } });
    }
    for (const [type, { at, from, fate }] of lost) {
      steps.push({ at, node: astray, key: 'chain.neverReceived', params: { node: astray, type, from, fate, at } });
    }
    const decision = story.notes[story.notes.length - 1];
    const timer = [...story.timers].reverse().find((t) => !decision || t.at <= decision.at);
    if (timer) steps.push({ at: timer.at, node: astray, key: 'chain.timer', params: { node: astray, timer: timer.name, at: timer.at } });
    if (decision) steps.push({ at: decision.at, node: astray, key: 'chain.note', params: { text: decision.text, at: decision.at } });
  }
  const meanwhile: ChainStep[] = [];
  for (const [node, story] of stories) {
    if (node === astray) continue;
    const decision = story.notes[story.notes.length - 1];
    if (decision) meanwhile.push({ at: decision.at, node, key: 'chain.note', params: { text: decision.text, at: decision.at } });
  }
  return { node: astray, steps, meanwhile };
}

/** A step in words: the fate and the timer's name worded in `language` too. */
export function chainStepText(step: ChainStep, language: Language = currentLanguage()): string {
  const params: Record<string, NoteParams[string]> = { ...step.params };
  const fate = params.fate;
  if (typeof fate === 'string' && hasKey(`chain.fate.${fate}`)) params.fate = { key: `chain.fate.${fate}` };
  if (typeof params.timer === 'string') params.timer = timerName(params.timer, language);
  return renderNote({ key: step.key, params }, language);
}
