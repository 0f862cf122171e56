// The messages in flight at the playhead, as a list of buttons (the keyboard way to pick one).
import { useShallow } from 'zustand/react/shallow';
import { describeMessage, messagesInFlight } from '../../store/run';
import { useAppStore } from '../store-context';
import { t } from '../../i18n/translate';

const SHOWN_MAX = 40;

export function InFlightList() {
  const run = useAppStore((s) => s.run);
  const ids = useAppStore(useShallow((s) => messagesInFlight(s.run, s.panelTime)));
  const selectMessage = useAppStore((s) => s.selectMessage);
  const playing = useAppStore((s) => s.playing);
  if (playing) {
    // Moving messages cannot be picked; the list comes back on pause.
    return (
      <div className="in-flight">
        <h3>{t('inspector.inFlight', { count: ids.length })}</h3>
        <p className="muted">{t('inspector.pauseToPick')}</p>
      </div>
    );
  }
  return (
    <div className="in-flight">
      <h3>{t('inspector.inFlight', { count: ids.length })}</h3>
      {ids.length === 0 ? (
        <p className="muted">{t('inspector.noneInFlight')}</p>
      ) : (
        <ul className="plain">
          {ids.slice(0, SHOWN_MAX).map((id) => {
            const m = run.messages.get(id);
            return (
              <li key={id}>
                <button type="button" className="small message-button" onClick={() => selectMessage(id)}>
                  {`#${id} S${m.from} → S${m.to} ${describeMessage(run.protocol, m.payload).label}`}
                </button>
              </li>
            );
          })}
          {ids.length > SHOWN_MAX && <li className="muted">{t('inspector.more', { count: ids.length - SHOWN_MAX })}</li>}
        </ul>
      )}
    </div>
  );
}
