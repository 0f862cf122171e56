// Help: what the app is and its keyboard shortcuts. A modal dialog that keeps focus inside
// and gives it back on close.

import { t } from '../i18n/translate';
import { useLayoutEffect, useRef } from 'react';

export function HelpDialog({ onClose }: { onClose(): void }) {
  const closeButton = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  // A layout effect: focus is on Close in the same commit that shows the dialog, never a frame later.
  useLayoutEffect(() => {
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
        <h2 id="help-title">{t('help.title')}</h2>
        <p>{t('help.intro')}</p>
        <h3>{t('help.keyboard')}</h3>
        <dl className="shortcuts">
          <div>
            <dt>
              <kbd>{t('help.key.space')}</kbd>
            </dt>
            <dd>{t('help.playPause')}</dd>
          </div>
          <div>
            <dt>
              <kbd>K</kbd>
            </dt>
            <dd>{t('classroom.help.k')}</dd>
          </div>
          <div>
            <dt>
              <kbd>.</kbd> / <kbd>{t('help.key.pageDown')}</kbd> · <kbd>{t('help.key.pageUp')}</kbd>
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
            <dd>{t('help.step')}</dd>
          </div>
          <div>
            <dt>
              <kbd>{t('help.key.home')}</kbd> / <kbd>{t('help.key.end')}</kbd>
            </dt>
            <dd>{t('help.startEnd')}</dd>
          </div>
          <div>
            <dt>
              <kbd>1</kbd>–<kbd>9</kbd>
            </dt>
            <dd>{t('help.selectNode')}</dd>
          </div>
          <div>
            <dt>
              <kbd>{t('help.key.escape')}</kbd>
            </dt>
            <dd>{t('help.clearSelection')}</dd>
          </div>
          <div>
            <dt>
              <kbd>?</kbd>
            </dt>
            <dd>{t('help.thisHelp')}</dd>
          </div>
        </dl>
        <button type="button" ref={closeButton} className="primary" onClick={onClose}>
          {t('controls.close')}
        </button>
      </div>
    </div>
  );
}
