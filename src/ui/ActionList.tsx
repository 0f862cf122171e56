// The action list (a region named "Actions", a contract): every action of the scenario with its
// time and what it does. Its time jumps there; the number field moves it (validated: an invalid
// time shows the validator's message and changes nothing); the last button deletes it alone.
// Moving and deleting are changes of the scenario, so they can be undone. Rows exist only while
// the list is open, a page at a time: a scenario may hold 10 000 actions, and rendering them all
// (hidden or not) would hold the page's thread for a long task at load.

import { useState } from 'react';
import type { Action } from '../engine/types';
import { useAppStore } from './store-context';
import { describeAction } from './action-words';
import { t } from '../i18n/translate';

/** Rows rendered per page of the list. */
export const ACTION_PAGE = 100;

export function ActionList() {
  const actions = useAppStore((s) => s.scenario.actions);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState(ACTION_PAGE);
  const more = Math.min(ACTION_PAGE, actions.length - shown);
  return (
    <section className="panel action-list" aria-label={t('history.actions')}>
      <details open={open}>
        <summary
          onClick={(event) => {
            // The list's rows follow this state (not the element's own toggling), so they exist only while open.
            event.preventDefault();
            setOpen(!open);
          }}
        >
          {t('history.actionsCount', { count: actions.length })}
        </summary>
        {error && (
          <p role="alert" className="action-error">
            {error}
          </p>
        )}
        {!open ? null : actions.length === 0 ? (
          <p className="muted">{t('history.none')}</p>
        ) : (
          <>
            <ol>
              {actions.slice(0, shown).map((action, index) => (
                // Index and content together: a row is remade when its action changes.
                <ActionRow key={`${index}:${JSON.stringify(action)}`} action={action} index={index} onError={setError} />
              ))}
            </ol>
            {more > 0 && (
              <button type="button" className="small" onClick={() => setShown(shown + ACTION_PAGE)}>
                {t('history.more', { count: more, total: actions.length })}
              </button>
            )}
          </>
        )}
      </details>
    </section>
  );
}

function ActionRow({ action, index, onError }: { action: Action; index: number; onError: (error: string | null) => void }) {
  const setTime = useAppStore((s) => s.setTime);
  const pause = useAppStore((s) => s.pause);
  const moveAction = useAppStore((s) => s.moveAction);
  const deleteAction = useAppStore((s) => s.deleteAction);
  const [draft, setDraft] = useState(String(action.at));
  const text = describeAction(action);
  const commit = () => {
    if (draft === String(action.at)) return;
    const error = moveAction(index, draft.trim() === '' ? NaN : Number(draft));
    onError(error);
    if (error !== null) setDraft(String(action.at));
  };
  return (
    <li>
      <button
        type="button"
        className="action-jump"
        aria-label={t('history.jump', { text, at: action.at })}
        onClick={() => {
          pause();
          setTime(action.at);
        }}
      >
        <span className="log-time">{action.at}</span> {text}
      </button>
      <input
        type="number"
        min={0}
        step={1}
        value={draft}
        aria-label={t('history.time', { text })}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
      <button type="button" className="small" aria-label={t('history.delete', { text, at: action.at })} title={t('history.delete', { text, at: action.at })} onClick={() => onError(deleteAction(index))}>
        ×
      </button>
    </li>
  );
}
