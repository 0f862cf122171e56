// The explorer panel (a lazily loaded chunk): random fault search for the current protocol,
// node count and parameters, in the explore worker; knobs for the fault mix and the budget, a
// progress bar with runs per second, Stop, violations per invariant, a Load button per violating
// run and the shrunk counterexample with its narration. It only asks and renders: the search is
// src/explore (the CLI's code), run by src/worker/explore-server.ts.

import { useEffect, useId, useRef, useState } from 'react';
import { BREAK_PRESETS } from '../explore/break-presets';
import { runScenario, type ExplorePlan, type ExploreSummary } from '../explore/explore';
import { tp } from '../i18n/plural';
import { t } from '../i18n/translate';
import '../i18n/explorer-words';
import type { Scenario } from '../scenario/format';
import { createBrowserExploreClient, type ExploreClient } from '../worker/explore-client';
import type { FromExplorer } from '../worker/explore-protocol';
import { useAppStore, useAppStoreApi } from './store-context';

/** The fault kinds whose weights the panel offers (exported for the catalog test). */
export const MIX_KINDS = ['crash', 'partition', 'cut', 'timeout'] as const;
const PROTOCOL_LABELS: Record<Scenario['protocol'], string> = { raft: 'Raft', paxos: 'Paxos', '2pc': '2PC', '3pc': '3PC' };
/** Violating runs listed with a Load button (all are counted). */
const LISTED_MAX = 20;

interface Knobs {
  crash: number;
  partition: number;
  cut: number;
  timeout: number;
  faults: number;
  requests: number;
  lossPercent: number;
  duplicationPercent: number;
  untilMs: number;
  seed: number;
  budgetKind: 'runs' | 'seconds';
  budgetAmount: number;
}

const DEFAULT_KNOBS: Knobs = {
  crash: 1,
  partition: 1,
  cut: 1,
  timeout: 1,
  faults: 4,
  requests: 4,
  lossPercent: 0,
  duplicationPercent: 0,
  untilMs: 3000,
  seed: 1,
  budgetKind: 'runs',
  budgetAmount: 2000,
};

type Phase = 'idle' | 'searching' | 'shrinking' | 'done' | 'failed';

interface SearchState {
  phase: Phase;
  summary: ExploreSummary | null;
  elapsedMs: number;
  plan: ExplorePlan | null;
  stopped: boolean;
  error: string | null;
}

const clampInt = (value: number, min: number, max: number) => (Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : min);

/** The search plan for the current scenario and the knobs (the toggles override the scenario's params). */
export function planOf(scenario: Scenario, knobs: Knobs, broken: Record<string, boolean>): ExplorePlan {
  // A ticked toggle's preset parameters (Figure 8: no leader no-op) go with it.
  const presetParams = Object.assign({}, ...Object.keys(broken).filter((name) => broken[name]).map((name) => BREAK_PRESETS[name]?.params ?? {}));
  return {
    protocol: scenario.protocol,
    seed: clampInt(knobs.seed, 0, 4294967295),
    schedule: {
      nodes: scenario.nodes,
      until: clampInt(knobs.untilMs, 1, 600_000),
      faults: clampInt(knobs.faults, 0, 50),
      requests: clampInt(knobs.requests, 0, 50),
      network: { ...scenario.network, dropRatio: clampInt(knobs.lossPercent, 0, 100) / 100, duplicateRatio: clampInt(knobs.duplicationPercent, 0, 100) / 100 },
      params: { ...scenario.params, ...presetParams, ...broken },
      mix: { crash: clampInt(knobs.crash, 0, 10), partition: clampInt(knobs.partition, 0, 10), cut: clampInt(knobs.cut, 0, 10), timeout: clampInt(knobs.timeout, 0, 10) },
    },
  };
}

function NumberKnob({ label, value, min, max, onChange }: { label: string; value: number; min: number; max: number; onChange(value: number): void }) {
  return (
    <label className="field">
      <span>{label}</span>
      <input type="number" inputMode="numeric" min={min} max={max} value={value} onChange={(event) => onChange(Number(event.target.value))} />
    </label>
  );
}

export function ExplorerPanel({ onClose }: { onClose(): void }) {
  const store = useAppStoreApi();
  const scenario = useAppStore((s) => s.scenario);
  const teaching = useAppStore((s) => s.run.protocol.params.filter((p) => p.kind === 'boolean' && p.teaching).map((p) => p.name).join(' '));
  const [knobs, setKnobs] = useState<Knobs>(() => ({ ...DEFAULT_KNOBS, seed: scenario.seed }));
  const [broken, setBroken] = useState<Record<string, boolean>>({});
  const [search, setSearch] = useState<SearchState>({ phase: 'idle', summary: null, elapsedMs: 0, plan: null, stopped: false, error: null });
  const client = useRef<ExploreClient | null>(null);
  const titleId = useId();
  const set = (patch: Partial<Knobs>) => setKnobs((old) => ({ ...old, ...patch }));
  const toggles = teaching === '' ? [] : teaching.split(' ');

  useEffect(() => () => client.current?.dispose(), []);
  // A search belongs to the protocol it ran on: switching protocol clears the toggles.
  useEffect(() => setBroken({}), [scenario.protocol]);

  const running = search.phase === 'searching' || search.phase === 'shrinking';
  // Ticking a toggle whose bug the defaults do not reach sets the knobs for it (break-presets.ts).
  const tick = (name: string, on: boolean) => {
    setBroken({ ...broken, [name]: on });
    const preset = BREAK_PRESETS[name];
    if (on && preset) {
      set({ faults: preset.faults, requests: preset.requests, untilMs: preset.untilMs, ...preset.mix, budgetKind: 'runs', budgetAmount: preset.runs });
    }
  };
  const isBroken = (name: string) => broken[name] ?? scenario.params[name] === true;
  const presetNotes = toggles.filter((name) => isBroken(name) && BREAK_PRESETS[name]);

  const start = () => {
    const plan = planOf(scenario, knobs, Object.fromEntries(toggles.map((name) => [name, isBroken(name)])));
    const amount = knobs.budgetKind === 'runs' ? clampInt(knobs.budgetAmount, 1, 1_000_000) : clampInt(knobs.budgetAmount, 1, 3600);
    client.current ??= createBrowserExploreClient();
    setSearch({ phase: 'searching', summary: null, elapsedMs: 0, plan, stopped: false, error: null });
    client.current.start(plan, knobs.budgetKind === 'runs' ? { runs: amount } : { seconds: amount }, (message: FromExplorer) => {
      if (message.kind === 'failed') setSearch((old) => ({ ...old, phase: 'failed', error: message.error }));
      else
        setSearch((old) => ({
          ...old,
          phase: message.kind === 'progress' ? 'searching' : message.kind === 'shrinking' ? 'shrinking' : 'done',
          summary: message.summary,
          elapsedMs: message.elapsedMs,
          stopped: message.kind === 'done' ? message.stopped : old.stopped,
        }));
    });
  };

  const load = (scenarioToLoad: Scenario, at: number, notice: string) => {
    const state = store.getState();
    state.pause();
    state.loadScenario(scenarioToLoad, at);
    state.setError(null);
    state.setNotice(notice);
    // On a phone the drawer covers the cluster: close it to show what was loaded.
    if (window.matchMedia?.('(max-width: 760px)').matches) onClose();
  };

  const headerBottom = useHeaderBottom();
  const summary = search.summary;
  const runsDone = summary?.runs ?? 0;
  const rate = search.elapsedMs > 0 ? Math.round((runsDone * 1000) / search.elapsedMs) : 0;
  const budget = knobs.budgetKind === 'runs' ? { value: runsDone, max: Math.max(1, knobs.budgetAmount) } : { value: Math.min(knobs.budgetAmount, Math.round(search.elapsedMs / 1000)), max: Math.max(1, knobs.budgetAmount) };
  const progressText = t('explorer.progress.text', { runs: runsDone, rate });

  return (
    <section className="explorer-panel panel" id="explorer-panel" aria-labelledby={titleId} style={{ top: headerBottom }}>
      <div className="panel-head">
        <h2 id={titleId}>{t('explorer.title')}</h2>
        <button type="button" className="small" onClick={onClose} aria-label={t('explorer.closeLabel')}>
          {t('explorer.close')}
        </button>
      </div>
      <div className="panel-body">
        <p className="explorer-intro">{t('explorer.intro', { protocol: PROTOCOL_LABELS[scenario.protocol], nodes: scenario.nodes })}</p>
        <div className="button-row">
          {running ? (
            <button type="button" onClick={() => client.current?.stop()} disabled={search.phase === 'shrinking'}>
              {t('explorer.stop')}
            </button>
          ) : (
            <button type="button" className="primary" onClick={start}>
              {t('explorer.search')}
            </button>
          )}
        </div>
        {running && (
          <div className="explorer-progress">
            <progress aria-label={t('explorer.progress')} aria-valuetext={progressText} value={budget.value} max={budget.max} />
            <span>{progressText}</span>
          </div>
        )}
        <div role="status" className="explorer-status">
          {search.phase === 'shrinking' && t('explorer.shrinking')}
          {search.phase === 'failed' && t('explorer.failed', { error: search.error ?? '' })}
          {search.phase === 'done' && summary && (
            <>
              {search.stopped ? t('explorer.stopped') + ' ' : ''}
              {summary.violatingRuns === 0 ? tp('explorer.summary.clean', summary.runs) : tp('explorer.summary.found', summary.runs, { violating: summary.violatingRuns })}{' '}
              {progressText}
            </>
          )}
        </div>
        {summary && search.phase !== 'searching' && <Results summary={summary} plan={search.plan} onLoad={load} />}
        {summary && search.phase === 'searching' && summary.violatingRuns > 0 && <ByInvariant summary={summary} />}
        <fieldset className="explorer-fieldset" disabled={running}>
          <legend>{t('explorer.mix')}</legend>
          <div className="field-grid">
            {MIX_KINDS.map((kind) => (
              <NumberKnob key={kind} label={t(`explorer.mix.${kind}`)} value={knobs[kind]} min={0} max={10} onChange={(value) => set({ [kind]: value })} />
            ))}
          </div>
          <p className="explorer-hint">{t('explorer.mix.hint')}</p>
          <div className="field-grid">
            <NumberKnob label={t('explorer.faults')} value={knobs.faults} min={0} max={50} onChange={(faults) => set({ faults })} />
            <NumberKnob label={t('explorer.requests')} value={knobs.requests} min={0} max={50} onChange={(requests) => set({ requests })} />
            <NumberKnob label={t('explorer.loss')} value={knobs.lossPercent} min={0} max={100} onChange={(lossPercent) => set({ lossPercent })} />
            <NumberKnob label={t('explorer.duplication')} value={knobs.duplicationPercent} min={0} max={100} onChange={(duplicationPercent) => set({ duplicationPercent })} />
            <NumberKnob label={t('explorer.runLength')} value={knobs.untilMs} min={1} max={600000} onChange={(untilMs) => set({ untilMs })} />
            <NumberKnob label={t('explorer.seed')} value={knobs.seed} min={0} max={4294967295} onChange={(seed) => set({ seed })} />
          </div>
        </fieldset>
        <fieldset className="explorer-fieldset" disabled={running}>
          <legend>{t('explorer.budget')}</legend>
          <div className="field-grid">
            <label className="field">
              <span>{t('explorer.budget.kind')}</span>
              <select value={knobs.budgetKind} onChange={(event) => set({ budgetKind: event.target.value === 'seconds' ? 'seconds' : 'runs', budgetAmount: event.target.value === 'seconds' ? 10 : 2000 })}>
                <option value="runs">{t('explorer.budget.runs')}</option>
                <option value="seconds">{t('explorer.budget.seconds')}</option>
              </select>
            </label>
            <NumberKnob label={t('explorer.budget.amount')} value={knobs.budgetAmount} min={1} max={1000000} onChange={(budgetAmount) => set({ budgetAmount })} />
          </div>
        </fieldset>
        <fieldset className="explorer-fieldset" disabled={running}>
          <legend>{t('explorer.break')}</legend>
          {toggles.length === 0 ? (
            <p className="explorer-hint">{t('explorer.break.none')}</p>
          ) : (
            <>
              <p className="explorer-hint">{t('explorer.break.hint')}</p>
              {presetNotes.map((name) => (
                <p key={name} className="explorer-hint" role="note">
                  {t(`explorer.break.preset.${name}`)}
                </p>
              ))}
              {toggles.map((name) => (
                <label key={name} className="field checkbox teaching">
                  <input type="checkbox" checked={isBroken(name)} onChange={(event) => tick(name, event.target.checked)} />
                  <span>{t(`explorer.break.${name}`)}</span>
                </label>
              ))}
            </>
          )}
        </fieldset>
      </div>
    </section>
  );
}

function ByInvariant({ summary }: { summary: ExploreSummary }) {
  return (
    <>
      <h3>{t('explorer.byInvariant')}</h3>
      <ul className="explorer-invariants">
        {Object.entries(summary.violationsByInvariant).map(([invariant, count]) => (
          <li key={invariant}>{tp('explorer.byInvariant.item', count, { invariant })}</li>
        ))}
      </ul>
    </>
  );
}

function Results({ summary, plan, onLoad }: { summary: ExploreSummary; plan: ExplorePlan | null; onLoad(scenario: Scenario, at: number, notice: string): void }) {
  const rowId = useId();
  const smallest = summary.smallest;
  const listed = summary.violations.slice(0, LISTED_MAX);
  return (
    <>
      {summary.budgetStoppedRuns > 0 && <p className="explorer-hint">{tp('explorer.budgetStopped', summary.budgetStoppedRuns)}</p>}
      {summary.violatingRuns > 0 && <ByInvariant summary={summary} />}
      {smallest && (
        <div className="explorer-counterexample">
          <h3>{t('explorer.counterexample')}</h3>
          <p className="explorer-narration">{tp(smallest.narration.key, smallest.narration.count, smallest.narration.params)}</p>
          <p className="explorer-hint">
            {tp('explorer.counterexample.size', smallest.scenario.actions.length, { nodes: smallest.scenario.nodes, until: smallest.scenario.until, shrinkRuns: smallest.shrinkRuns })}
          </p>
          <button type="button" className="primary" onClick={() => onLoad(smallest.scenario, smallest.violation.at, t('explorer.loadedCounterexample', { at: smallest.violation.at }))}>
            {t('explorer.openCounterexample')}
          </button>
        </div>
      )}
      {listed.length > 0 && plan && (
        <>
          <h3>{t('explorer.runs')}</h3>
          <ul className="explorer-runs">
            {listed.map((v) => (
              <li key={v.run}>
                <span id={`${rowId}-${v.run}`}>{t('explorer.run.item', { run: v.run, invariant: v.invariant, at: v.at })}</span>
                <button
                  type="button"
                  className="small"
                  aria-describedby={`${rowId}-${v.run}`}
                  onClick={() => onLoad(runScenario(plan, v.run), v.at, t('explorer.loaded', { run: v.run, invariant: v.invariant, at: v.at }))}
                >
                  {t('explorer.load')}
                </button>
              </li>
            ))}
          </ul>
          {summary.violatingRuns > listed.length && <p className="explorer-hint">{tp('explorer.more', summary.violatingRuns - listed.length)}</p>}
        </>
      )}
    </>
  );
}

/**
 * Where the header ends, in px from the top of the window (undefined: the stylesheet decides):
 * the header wraps onto two rows on narrower screens, and the drawer must not cover its buttons.
 */
function useHeaderBottom(): number | undefined {
  const [bottom, setBottom] = useState<number | undefined>(undefined);
  useEffect(() => {
    const header = document.querySelector('.app-header');
    if (!header || typeof ResizeObserver === 'undefined') return;
    const measure = () => setBottom(window.innerWidth > 760 ? Math.round(header.getBoundingClientRect().bottom) + 8 : undefined);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(header);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, []);
  return bottom;
}
