// The invariants: each of the protocol's invariants with its live status at the playhead.
// A violation can be selected: the playhead seeks there, its nodes light up, and the sentence
// that explains it is shown.

import { useEffect, useMemo, useRef } from 'react';
import { useAppStore } from './store-context';
import { chainStepText, violationChain } from './violation-chain';
import { renderNote } from '../i18n/note';
import { t } from '../i18n/translate';
import type { RunRecord } from '../store/run';
import type { Violation } from '../engine/types';

const LISTED_MAX = 20;

/** Broken invariants first (so a violation is never below the fold), otherwise the protocol's order. */
function ordered<I extends { name: string }>(invariants: readonly I[], violations: readonly { invariant: string; at: number }[], shown: (at: number) => boolean): I[] {
  const broken = new Set(violations.filter((v) => shown(v.at)).map((v) => v.invariant));
  return [...invariants.filter((i) => broken.has(i.name)), ...invariants.filter((i) => !broken.has(i.name))];
}

export function InvariantsPanel() {
  const invariants = useAppStore((s) => s.run.protocol.invariants);
  const violations = useAppStore((s) => s.run.violations);
  const time = useAppStore((s) => s.panelTime);
  const selected = useAppStore((s) => s.selectedViolation);
  const selectViolation = useAppStore((s) => s.selectViolation);
  const showWholeRun = useAppStore((s) => s.showWholeRun);
  const run = useAppStore((s) => s.run);
  // Hiding the future: a violation exists for the page only once the playhead has reached it.
  const shown = (at: number) => showWholeRun || at <= time;
  const chosen = selected !== null && violations[selected] && shown(violations[selected].at) ? violations[selected] : undefined;
  return (
    <section className="panel invariants" aria-label={t('controls.invariants')} tabIndex={0}>
      <div className="panel-head">
        <h2>{t('controls.invariants')}</h2>
      </div>
      <ul className="plain invariant-list">
        {ordered(invariants, violations, shown).map((invariant) => {
          const own = violations.map((v, index) => ({ v, index })).filter(({ v }) => v.invariant === invariant.name && shown(v.at));
          const broken = own.filter(({ v }) => v.at <= time);
          const later = own.length - broken.length;
          return (
            <li key={invariant.name} className={broken.length ? 'violated' : 'holds'}>
              <div className="invariant-head">
                <span className="status" aria-hidden="true">
                  {broken.length ? '✗' : '✓'}
                </span>
                <strong>{invariant.name}</strong>
                <span className="status-text">{broken.length ? t('controls.invariants.violated', { count: broken.length }) : t('controls.invariants.holds')}</span>
              </div>
              <p className="description">{t(invariant.description)}</p>
              {later > 0 && broken.length === 0 && <p className="warning">{t('controls.invariants.breaksLater', { count: later })}</p>}
              {own.length > 0 && (
                <ul className="plain violation-list">
                  {own.slice(0, LISTED_MAX).map(({ v, index }) => (
                    <li key={index}>
                      <button type="button" className={`small violation${selected === index ? ' selected' : ''}`} aria-pressed={selected === index} onClick={() => selectViolation(selected === index ? null : index)}>
                        {t('controls.invariants.violationAt', { at: v.at })}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      {chosen && <ViolationDetail run={run} violation={chosen} />}
    </section>
  );
}

const stepText = (step: Parameters<typeof chainStepText>[0]) => chainStepText(step);

/** The selected violation: its sentence and the chain of events behind it, scrolled into view. */
function ViolationDetail({ run, violation }: { run: RunRecord; violation: Violation }) {
  const chain = useMemo(() => violationChain(run, violation), [run, violation]);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.scrollIntoView?.({ block: 'nearest' }), [violation]);
  return (
    <div className="violation-detail" role="status" ref={box}>
      <strong>
        {t('controls.invariants.brokeAt', { invariant: violation.invariant, at: violation.at })}
      </strong>{' '}
      {renderNote(violation.detail)}
      {violation.nodes.length > 0 && <span> {t('controls.invariants.nodes', { nodes: violation.nodes.map((n) => `S${n}`).join(', ') })}</span>}
      {chain.steps.length > 0 && (
        <>
          <h3 className="chain-title">{t('chain.title')}</h3>
          <ol className="chain">
            {chain.steps.map((step, i) => (
              <li key={i}>{stepText(step)}</li>
            ))}
          </ol>
          {chain.meanwhile.map((step, i) => (
            <p key={i} className="chain-while">
              <em>{t('chain.while')}</em> {stepText(step)}
            </p>
          ))}
        </>
      )}
    </div>
  );
}
