// The skip link, first in the tab order: it takes keyboard users straight to Play. A button,
// not an anchor: it moves focus (no URL change, which would rewrite the share link's fragment).

import { t } from '../i18n/translate';

export function SkipLink() {
  return (
    <button type="button" className="skip-link" onClick={() => document.querySelector<HTMLElement>('#playback button.play')?.focus()}>
      {t('classroom.skipToPlayback')}
    </button>
  );
}
