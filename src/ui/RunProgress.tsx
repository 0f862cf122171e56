// The run as it arrives: a progress bar while the worker computes it (how much of the scenario's
// time is computed), and the budget notice when the engine stopped it early.

import { useAppStore } from './store-context';
import { budgetNotice } from './budget-notice';
import { t } from '../i18n/translate';

export function RunProgress() {
  const computedUntil = useAppStore((s) => s.run.computedUntil);
  const done = useAppStore((s) => s.run.done);
  const budgetStop = useAppStore((s) => s.run.budgetStop);
  const until = useAppStore((s) => s.scenario.until);
  const percent = Math.floor((100 * Math.max(0, computedUntil)) / Math.max(1, until));
  return (
    <div className="run-progress">
      {/* A fixed-height slot: the bar coming and going does not move the controls below. */}
      <div style={{ height: 4 }}>
        {!done && (
          <progress
            aria-label={t('controls.computing')}
            max={until}
            value={Math.max(0, computedUntil)}
            aria-valuetext={t('controls.computed', { percent })}
            style={{ display: 'block', width: '100%', height: 4 }}
          />
        )}
      </div>
      {budgetStop && (
        <p role="status" className="notice">
          {budgetNotice(budgetStop)}
        </p>
      )}
    </div>
  );
}
