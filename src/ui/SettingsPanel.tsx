// Scenario settings: cluster size, seed, length, network, and the protocol's parameters
// (generated from its ParamSpec list, with defaults). Every change is validated by the
// scenario parser; a rejected value shows the parser's message and changes nothing.

import { useEffect, useState, type ReactNode } from 'react';
import type { ParamSpec } from '../engine/types';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from './store-context';
import type { Scenario } from '../scenario/format';
import { withParam } from '../scenario/param-ranges';
import { t } from '../i18n/translate';
import { tp } from '../i18n/plural';
import { optionWord, paramLabel } from './value-words';

export function SettingsPanel() {
  const scenario = useAppStore((s) => s.scenario);
  const params = useAppStore((s) => s.run.protocol.params);
  const updateScenario = useAppStore((s) => s.updateScenario);
  // Per-node parameters (votes) are about participants: leave out the nodes that say they coordinate.
  const coordinators = useAppStore(useShallow((s) => s.panelSnapshot.views.filter((v) => v.role === 'coordinator').map((v) => v.id)));
  const [problem, setProblem] = useState<string | null>(null);
  const apply = (edit: (draft: Scenario) => Scenario) => setProblem(updateScenario(edit));

  return (
    <section className="panel settings" aria-labelledby="settings-title">
      <div className="panel-head">
        <h2 id="settings-title">{t('settings.title')}</h2>
      </div>
      <div className="panel-body">
        {problem && (
          <p className="field-error" role="alert">
            {problem}
          </p>
        )}
        <div className="field-grid">
          <NumberField
            label={t('settings.nodes')}
            value={scenario.nodes}
            min={1}
            max={9}
            onCommit={(nodes) =>
              apply((d) => ({
                ...d,
                nodes,
                // Actions on nodes that no longer exist are dropped with them.
                actions: d.actions.filter((a) => !('node' in a) || a.node <= nodes).filter((a) => !('from' in a) || (a.from <= nodes && a.to <= nodes)).map((a) => (a.do === 'partition' ? { ...a, groups: a.groups.map((g) => g.filter((id) => id <= nodes)).filter((g) => g.length > 0) } : a)).filter((a) => a.do !== 'partition' || a.groups.length > 0),
                params: Object.fromEntries(Object.entries(d.params).map(([k, v]) => [k, trimNodeMap(params, k, v, nodes)])),
              }))
            }
          />
          <NumberField label={t('settings.seed')} value={scenario.seed} min={0} max={4294967295} onCommit={(seed) => apply((d) => ({ ...d, seed }))} />
          <NumberField label={t('settings.length')} unit="ms" value={scenario.until} min={1} max={600000} onCommit={(until) => apply((d) => ({ ...d, until, actions: d.actions.filter((a) => a.at <= until) }))} />
          <NumberField label={t('settings.latencyMin')} unit="ms" value={scenario.network.latencyMsMin} min={0} max={60000} onCommit={(v) => apply((d) => ({ ...d, network: { ...d.network, latencyMsMin: v, latencyMsMax: Math.max(v, d.network.latencyMsMax) } }))} />
          <NumberField label={t('settings.latencyMax')} unit="ms" value={scenario.network.latencyMsMax} min={0} max={60000} onCommit={(v) => apply((d) => ({ ...d, network: { ...d.network, latencyMsMax: v, latencyMsMin: Math.min(v, d.network.latencyMsMin) } }))} />
          <NumberField label={t('settings.loss')} unit="%" value={Math.round(scenario.network.dropRatio * 100)} min={0} max={100} onCommit={(v) => apply((d) => ({ ...d, network: { ...d.network, dropRatio: v / 100 } }))} />
          <NumberField label={t('settings.duplication')} unit="%" value={Math.round(scenario.network.duplicateRatio * 100)} min={0} max={100} onCommit={(v) => apply((d) => ({ ...d, network: { ...d.network, duplicateRatio: v / 100 } }))} />
        </div>
        <button type="button" className="small" onClick={() => apply((d) => ({ ...d, seed: (d.seed * 1103515245 + 12345) % 2147483648 }))}>
          {t('settings.newSeed')}
        </button>
        {params.length > 0 && <h3>{t('settings.parameters', { protocol: scenario.protocol.toUpperCase() })}</h3>}
        {params.map((spec) => (
          <ParamField key={spec.name} protocol={scenario.protocol} spec={spec} value={scenario.params[spec.name]} nodes={scenario.nodes} skip={coordinators} onChange={(value) => apply((d) => ({ ...d, params: withParam(params, d.params, spec.name, value) }))} />
        ))}
        {scenario.actions.length > 0 && (
          <p className="muted">
            {tp('settings.actions', scenario.actions.length)}{' '}
            <button type="button" className="link-button" onClick={() => apply((d) => ({ ...d, actions: [] }))}>
              {t('settings.clearActions')}
            </button>
          </p>
        )}
      </div>
    </section>
  );
}

function trimNodeMap(specs: readonly ParamSpec[], name: string, value: unknown, nodes: number): unknown {
  const spec = specs.find((s) => s.name === name);
  if (!spec || spec.kind !== 'nodeMap' || typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([id]) => Number(id) <= nodes));
}

function NumberField({ label, value, min, max, unit, onCommit }: { label: string; value: number; min: number; max: number; unit?: string; onCommit(value: number): void }) {
  const [draft, setDraft] = useState(String(value));
  useEffect(() => setDraft(String(value)), [value]);
  const commit = () => {
    const number = Number(draft);
    if (draft.trim() === '' || !Number.isFinite(number)) return setDraft(String(value));
    const clamped = Math.min(max, Math.max(min, Math.round(number)));
    if (clamped !== value) onCommit(clamped);
    setDraft(String(clamped));
  };
  return (
    <label className="field">
      <span>
        {label}
        {unit ? <span className="unit"> ({unit})</span> : null}
      </span>
      <input
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
    </label>
  );
}

function ParamField({ protocol, spec, value, nodes, skip, onChange }: { protocol: string; spec: ParamSpec; value: unknown; nodes: number; skip: readonly number[]; onChange(value: unknown): void }) {
  let control: ReactNode;
  const label = paramLabel(protocol, spec);
  switch (spec.kind) {
    case 'int':
      return <NumberField label={label} unit={spec.unit} value={typeof value === 'number' ? value : spec.default} min={spec.min} max={spec.max} onCommit={onChange} />;
    case 'boolean':
      return (
        <label className={`field checkbox${spec.teaching ? ' teaching' : ''}`}>
          <input type="checkbox" checked={typeof value === 'boolean' ? value : spec.default} onChange={(event) => onChange(event.target.checked)} />
          <span>
            {label}
            {spec.teaching && <span className="badge">{t('settings.teaching')}</span>}
          </span>
        </label>
      );
    case 'enum':
      control = (
        <select value={typeof value === 'string' ? value : spec.default} onChange={(event) => onChange(event.target.value)}>
          {spec.options.map((option) => (
            <option key={option} value={option}>
                    {optionWord(option)}
                  </option>
          ))}
        </select>
      );
      return (
        <label className="field">
          <span>{label}</span>
          {control}
        </label>
      );
    case 'nodeMap': {
      const map = (typeof value === 'object' && value !== null ? value : {}) as Record<string, string>;
      return (
        <fieldset className="field node-map">
          <legend>{label}</legend>
          {Array.from({ length: nodes }, (_, i) => String(i + 1))
            .filter((id) => !skip.includes(Number(id)))
            .map((id) => (
            <label key={id}>
              <span>S{id}</span>
              <select
                value={map[id] ?? spec.default}
                onChange={(event) => {
                  const next = { ...map };
                  if (event.target.value === spec.default) delete next[id];
                  else next[id] = event.target.value;
                  onChange(next);
                }}
              >
                {spec.options.map((option) => (
                  <option key={option} value={option}>
                    {optionWord(option)}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
      );
    }
  }
}
