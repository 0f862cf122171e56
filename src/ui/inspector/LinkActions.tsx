// Acting on a link: cut or restore each direction.
import { useAppStore } from '../store-context';
import { t } from '../../i18n/translate';

export function LinkActions({ from, to }: { from: number; to: number }) {
  const nodes = useAppStore((s) => s.scenario.nodes);
  const cut = useAppStore((s) => s.panelSnapshot.cut);
  const act = useAppStore((s) => s.act);
  const selectLink = useAppStore((s) => s.selectLink);
  const isCut = (a: number, b: number) => cut[(a - 1) * nodes + (b - 1)] === true;
  const row = (a: number, b: number) => (
    <li key={`${a}-${b}`}>
      <span>
        {`S${a} → S${b}`}: <strong>{isCut(a, b) ? t('inspector.linkState.cut') : t('inspector.linkState.open')}</strong>
      </span>
      <button type="button" className={isCut(a, b) ? 'primary' : 'danger'} onClick={() => act({ do: isCut(a, b) ? 'restore' : 'cut', from: a, to: b })}>
        {t(isCut(a, b) ? 'inspector.restoreLink' : 'inspector.cutLink', { from: a, to: b })}
      </button>
    </li>
  );
  return (
    <div className="link-actions">
      <h3>{t('inspector.link', { from, to })}</h3>
      <ul className="plain">{[row(from, to), row(to, from)]}</ul>
      <button type="button" className="small" onClick={() => selectLink(null)}>
        {t('controls.close')}
      </button>
    </div>
  );
}
