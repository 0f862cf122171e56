// Help: what the app is and its keyboard shortcuts. A modal dialog that keeps focus inside
// and gives it back on close.

import { t } from '../i18n/translate';
import { useEffect, useRef } from 'react';

export function HelpDialog({ onClose }: { onClose(): void }) {
  const closeButton = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    closeButton.current?.focus();
    return () => previous?.focus?.();
  }, []);
  return (
    <div className="modal-backdrop" onClick={onClose}>
      <div
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby="help-title"
        ref={dialog}
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            onClose();
          }
          if (event.key === 'Tab') {
            // Keep focus inside the dialog.
            const focusable = dialog.current?.querySelectorAll<HTMLElement>('button, [href], [tabindex="0"]');
            if (!focusable || focusable.length === 0) return;
            const first = focusable[0];
            const last = focusable[focusable.length - 1];
            if (event.shiftKey && document.activeElement === first) {
              event.preventDefault();
              last.focus();
            } else if (!event.shiftKey && document.activeElement === last) {
              event.preventDefault();
              first.focus();
            }
          }
        }}
      >
        <h2 id="help-title">Consensus Lab — help</h2>
        <p>
          A deterministic simulation of Raft, Paxos, 2PC and 3PC. Select a node, a link or a message to act on it; every act
          becomes part of the scenario at the current moment. Acting after stepping back forks the timeline. The link in the
          address bar always reproduces what you see.
        </p>
        <h3>Keyboard</h3>
        <dl className="shortcuts">
          <div>
            <dt>
              <kbd>Space</kbd>
            </dt>
            <dd>Play or pause</dd>
          </div>
          <div>
            <dt>
              <kbd>K</kbd>
            </dt>
            <dd>{t('classroom.help.k')}</dd>
          </div>
          <div>
            <dt>
              <kbd>.</kbd> / <kbd>PgDn</kbd> · <kbd>PgUp</kbd>
            </dt>
            <dd>{t('classroom.help.pages')}</dd>
          </div>
          <div>
            <dt>
              <kbd>P</kbd>
            </dt>
            <dd>{t('classroom.help.presenter')}</dd>
          </div>
          <div>
            <dt>
              <kbd>↑</kbd> / <kbd>↓</kbd>
            </dt>
            <dd>{t('classroom.help.log')}</dd>
          </div>
          <div>
            <dt>
              <kbd>→</kbd> / <kbd>←</kbd>
            </dt>
            <dd>Step to the next / previous event</dd>
          </div>
          <div>
            <dt>
              <kbd>Home</kbd> / <kbd>End</kbd>
            </dt>
            <dd>Go to the start / end of the run</dd>
          </div>
          <div>
            <dt>
              <kbd>1</kbd>–<kbd>9</kbd>
            </dt>
            <dd>Select node S1–S9</dd>
          </div>
          <div>
            <dt>
              <kbd>Esc</kbd>
            </dt>
            <dd>Clear the selection</dd>
          </div>
          <div>
            <dt>
              <kbd>?</kbd>
            </dt>
            <dd>This help</dd>
          </div>
        </dl>
        <button type="button" ref={closeButton} className="primary" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
