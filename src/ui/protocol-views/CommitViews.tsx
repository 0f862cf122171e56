// 2PC/3PC views: each transaction's state per node, the coordinator's log, and "blocked since t"
// where a node is uncertain.

import { arr, num, obj, plainText, str, type View } from './fields';
import { KeyValues } from './KeyValues';

function transactionsOf(view: View): [string, string][] {
  return Object.entries(obj(view.transactions) ?? {}).map(([label, state]) => [label, str(state) ?? plainText(state, 16)]);
}

function blockedOf(view: View): [string, number | null][] {
  return Object.entries(obj(view.blocked) ?? {}).map(([label, since]) => [label, num(since)]);
}

function logLines(view: View): string[] {
  return arr(view.log).map((entry) => plainText(entry, 60));
}

export function CommitNodeDetails({ view }: { view: View }) {
  const transactions = transactionsOf(view);
  const blocked = new Map(blockedOf(view));
  const votes = obj(view.votes);
  const log = logLines(view);
  return (
    <div className="protocol-details commit">
      <KeyValues rows={[['Role', str(view.role) ?? '—']]} />
      <table className="compact">
        <caption>Transactions</caption>
        <thead>
          <tr>
            <th scope="col">Transaction</th>
            <th scope="col">State</th>
            <th scope="col">Blocked</th>
          </tr>
        </thead>
        <tbody>
          {transactions.length === 0 && (
            <tr>
              <td colSpan={3} className="muted">
                None yet
              </td>
            </tr>
          )}
          {transactions.map(([label, state]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>
                <span className={`tx-state tx-${state}`}>{state}</span>
              </td>
              <td>{blocked.has(label) ? `blocked since ${blocked.get(label) ?? '?'} ms` : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {votes && Object.keys(votes).length > 0 && (
        <>
          <h3>Votes</h3>
          <p className="mono">{plainText(votes, 200)}</p>
        </>
      )}
      <h3>Durable log</h3>
      {log.length === 0 ? (
        <p className="muted">Empty.</p>
      ) : (
        <ol className="durable-log">
          {log.slice(-30).map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ol>
      )}
    </div>
  );
}

export function CommitClusterTable({ views }: { views: readonly View[] }) {
  const labels: string[] = [];
  for (const view of views) for (const [label] of transactionsOf(view)) if (!labels.includes(label)) labels.push(label);
  const coordinator = views.find((v) => str(v.role) === 'coordinator');
  const blockedRows = views.flatMap((view) => blockedOf(view).map(([label, since]) => ({ id: view.id, label, since })));
  return (
    <div className="protocol-cluster commit">
      <table className="compact tx-grid">
        <caption>Transactions per node</caption>
        <thead>
          <tr>
            <th scope="col">Node</th>
            {labels.map((label) => (
              <th key={label} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {views.map((view) => {
            const states = new Map(transactionsOf(view));
            return (
              <tr key={view.id} className={view.up ? '' : 'down'}>
                <th scope="row">
                  S{view.id}
                  {str(view.role) === 'coordinator' ? ' (coord.)' : ''}
                  {view.up ? '' : ' ✕'}
                </th>
                {labels.map((label) => {
                  const state = states.get(label);
                  return <td key={label}>{state ? <span className={`tx-state tx-${state}`}>{state}</span> : '—'}</td>;
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      {blockedRows.length > 0 && (
        <ul className="blocked-list">
          {blockedRows.map((row) => (
            <li key={`${row.id}-${row.label}`}>
              S{row.id} is blocked on {row.label} since {row.since ?? '?'} ms
            </li>
          ))}
        </ul>
      )}
      {coordinator && (
        <>
          <h3>Coordinator's log (S{coordinator.id})</h3>
          {logLines(coordinator).length === 0 ? (
            <p className="muted">Empty.</p>
          ) : (
            <ol className="durable-log">
              {logLines(coordinator)
                .slice(-20)
                .map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
            </ol>
          )}
        </>
      )}
    </div>
  );
}
