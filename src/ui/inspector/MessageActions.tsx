// Acting on a message in flight: drop, duplicate or delay it.
import { useState } from 'react';
import { describeMessage } from '../../store/run';
import { useAppStore } from '../store-context';
import { plainText } from '../protocol-views/fields';

export function MessageActions({ id }: { id: number }) {
  const run = useAppStore((s) => s.run);
  const time = useAppStore((s) => s.panelTime);
  const actOnMessage = useAppStore((s) => s.actOnMessage);
  const selectMessage = useAppStore((s) => s.selectMessage);
  const [delayMs, setDelayMs] = useState(100);
  if (id < 0 || id >= run.messages.count) return null;
  const m = run.messages.get(id);
  const { label } = describeMessage(run.protocol, m.payload);
  const inFlight = m.sentAt <= time && time < m.endAt;
  return (
    <div className="message-actions">
      <h3>
        Message #{m.id}: S{m.from} → S{m.to}
      </h3>
      <p className="mono">{label}</p>
      <p className="muted">
        Sent at {m.sentAt} ms, {m.fate === 'delivered' ? `delivered at ${m.deliverAt} ms` : m.fate === 'in-flight' ? `arrives at ${m.deliverAt} ms` : `${m.fate} at ${m.endAt} ms`}
        {m.duplicateOf !== undefined ? ` (a copy of #${m.duplicateOf})` : ''}
      </p>
      <details>
        <summary>Payload</summary>
        <pre className="payload">{plainText(m.payload, 600)}</pre>
      </details>
      <div className="button-row">
        <button type="button" className="danger" disabled={!inFlight} onClick={() => actOnMessage('drop', id)}>
          Drop message
        </button>
        <button type="button" disabled={!inFlight} onClick={() => actOnMessage('duplicate', id)}>
          Duplicate
        </button>
      </div>
      <div className="button-row">
        <label>
          <span>Delay by (ms)</span>
          <input type="number" min={1} max={60000} value={delayMs} onChange={(event) => setDelayMs(Math.max(1, Math.min(60000, Math.round(Number(event.target.value)) || 1)))} />
        </label>
        <button type="button" disabled={!inFlight} onClick={() => actOnMessage('delay', id, delayMs)}>
          Delay
        </button>
      </div>
      {!inFlight && <p className="muted">This message is not in flight at the playhead.</p>}
      <button type="button" className="small" onClick={() => selectMessage(null)}>
        Close
      </button>
    </div>
  );
}
