// Undo and Redo of scenario changes (accessible names "Undo" and "Redo" are a contract); each is
// disabled when there is nothing to undo or redo.

import { useAppStore } from './store-context';
import { tp } from '../i18n/plural';
import { t } from '../i18n/translate';

export function HistoryButtons() {
  const canUndo = useAppStore((s) => s.past.length > 0);
  const canRedo = useAppStore((s) => s.future.length > 0);
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  return (
    <span className="history-buttons">
      <button type="button" disabled={!canUndo} onClick={() => undo()} title={t('history.undoHint')}>
        {t('history.undo')}
      </button>
      <button type="button" disabled={!canRedo} onClick={() => redo()} title={t('history.redoHint')}>
        {t('history.redo')}
      </button>
    </span>
  );
}

/** Said after a fork replaced later actions, with undo one click away (the act still happened). */
export function ForkNotice() {
  const replaced = useAppStore((s) => s.forkReplaced);
  const undo = useAppStore((s) => s.undo);
  const dismiss = useAppStore((s) => s.dismissFork);
  return (
    <div role="status" className={replaced ? 'notice fork-notice' : 'visually-hidden'}>
      {replaced !== null && (
        <>
          <span>{tp('history.replaced', replaced)}</span>
          <button type="button" className="small primary" onClick={() => undo()} title={t('history.undoHint')}>
            {t('history.bringBack')}
          </button>
          <button type="button" className="small" onClick={dismiss}>
            {t('history.dismiss')}
          </button>
        </>
      )}
    </div>
  );
}
