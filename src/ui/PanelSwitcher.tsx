// The panel switcher: in presenter mode and on a phone the side panels fold away; each is one
// click from here (a drawer in presenter mode, a tab under the cluster on a phone).

import { t } from '../i18n/translate';

/** The folded panels (exported for the catalog test, which enumerates their keys). */
export const PANEL_NAMES = ['left', 'right'] as const;
export type PanelName = (typeof PANEL_NAMES)[number];

export function PanelSwitcher({ open, onOpen }: { open: PanelName | null; onOpen(panel: PanelName | null): void }) {
  const button = (panel: PanelName) => (
    <button
      type="button"
      aria-expanded={open === panel}
      aria-controls={`panel-${panel}`}
      aria-label={t(`classroom.panel.${panel}`)}
      onClick={() => onOpen(open === panel ? null : panel)}
    >
      {t(`classroom.panel.${panel}Short`)}
    </button>
  );
  return (
    <div className="panel-switcher" role="group" aria-label={t('classroom.panels')}>
      {button('left')}
      {button('right')}
    </div>
  );
}
