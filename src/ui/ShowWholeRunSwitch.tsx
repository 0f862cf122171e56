// "Show the whole run": off by default (the page shows only what has happened up to the
// playhead); on, the log, invariants and timeline show the run to its end. Remembered.

import { t } from '../i18n/translate';
import { useAppStore } from './store-context';

const STORAGE_KEY = 'consensus-lab.showWholeRun';

export function readShowWholeRun(): boolean {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'true';
  } catch {
    return false;
  }
}

function remember(show: boolean): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, String(show));
  } catch {
    // Private mode or storage off: the switch still works for this visit.
  }
}

export function ShowWholeRunSwitch() {
  const show = useAppStore((s) => s.showWholeRun);
  const setShow = useAppStore((s) => s.setShowWholeRun);
  return (
    <label className="switch" title={t('lessonPanel.showWholeRunHint')}>
      <input
        type="checkbox"
        role="switch"
        checked={show}
        onChange={(event) => {
          setShow(event.target.checked);
          remember(event.target.checked);
        }}
      />
      <span>{t('lessonPanel.showWholeRun')}</span>
    </label>
  );
}
