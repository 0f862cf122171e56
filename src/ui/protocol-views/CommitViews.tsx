// 2PC/3PC views: each transaction's state per node, the coordinator's log, and "blocked since t"
// where a node is uncertain.

import { arr, num, obj, plainText, str, type View } from './fields';
import { KeyValues } from './KeyValues';
import { t } from '../../i18n/translate';
import { valueWord } from '../value-words';

function transactionsOf(view: View): [string, string][] {
  return Object.entries(obj(view.transactions) ?? {}).map(([label, state]) => [label, str(state) ?? plainText(state, 16)]);
}

function blockedOf(view: View): [string, number | null][] {
  return Object.entries(obj(view.blocked) ?? {}).map(([label, since]) => [label, num(since)]);
}

/** The words of each durable record (the view's log entries are data: record, t, at). */
const RECORD_KEYS: Readonly<Record<string, string>> = {
  start: 'views.record.start',
  yes: 'views.record.yes',
  no: 'views.record.no',
  precommit: 'views.record.precommit',
  preabort: 'views.record.preabort',
  commit: 'views.record.commit',
  abort: 'views.record.abort',
  end: 'views.record.end',
};

function logLines(view: View): string[] {
  return arr(view.log).map((entry) => {
    const record = obj(entry);
    const key = RECORD_KEYS[str(record?.record) ?? ''];
    const label = str(record?.t);
    const at = num(record?.at);
    return key !== undefined && label !== null && at !== null ? t(key, { t: label, at }) : plainText(entry, 60);
  });
}

/** The coordinator's tallies, one line per transaction: "T1: S2 yes, S3 no". */
function voteLines(votes: Record<string, unknown>): string[] {
  return Object.entries(votes).map(([label, tally]) => {
    const cast = Object.entries(obj(tally) ?? {}).map(([node, vote]) =>
      t(vote === 'yes' ? 'views.voteYes' : vote === 'no' ? 'views.voteNo' : 'views.voteOther', { node, vote: plainText(vote, 12) }),
    );
    return cast.length === 0 ? t('views.tallyEmpty', { t: label }) : t('views.tally', { t: label, votes: cast.join(t('views.listSeparator')) });
  });
}

/** The newest `max` lines of a durable log, or "Empty." */
function DurableLog({ lines, max }: { lines: string[]; max: number }) {
  if (lines.length === 0) return <p className="muted">{t('views.empty')}</p>;
  return (
    <ol className="durable-log">
      {lines.slice(-max).map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ol>
  );
}

export function CommitNodeDetails({ view }: { view: View }) {
  const transactions = transactionsOf(view);
  const blocked = new Map(blockedOf(view));
  const votes = obj(view.votes);
  const log = logLines(view);
  return (
    <div className="protocol-details commit">
      <KeyValues rows={[[t('views.role'), valueWord(str(view.role) ?? '—')]]} />
      <table className="compact">
        <caption>{t('views.transactions')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('views.transaction')}</th>
            <th scope="col">{t('views.state')}</th>
            <th scope="col">{t('views.blocked')}</th>
          </tr>
        </thead>
        <tbody>
          {transactions.length === 0 && (
            <tr>
              <td colSpan={3} className="muted">
                {t('views.noneYet')}
              </td>
            </tr>
          )}
          {transactions.map(([label, state]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>
                <span className={`tx-state tx-${state}`}>{valueWord(state)}</span>
              </td>
              <td>{blocked.has(label) ? t('views.blockedSince', { since: blocked.get(label) ?? '?' }) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {votes && Object.keys(votes).length > 0 && (
        <>
          <h3>{t('views.votes')}</h3>
          <ul className="vote-tallies">
            {voteLines(votes).slice(-12).map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('views.durableLog')}</h3>
      <DurableLog lines={log} max={30} />
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
        <caption>{t('views.transactionsPerNode')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('views.node')}</th>
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
                  {str(view.role) === 'coordinator' ? t('views.coordinatorMark') : ''}
                  {view.up ? '' : ' ✕'}
                </th>
                {labels.map((label) => {
                  const state = states.get(label);
                  return <td key={label}>{state ? <span className={`tx-state tx-${state}`}>{valueWord(state)}</span> : '—'}</td>;
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
              {t('views.blockedOn', { node: row.id, transaction: row.label, since: row.since ?? '?' })}
            </li>
          ))}
        </ul>
      )}
      {coordinator && (
        <>
          <h3>{t('views.coordinatorLog', { node: coordinator.id })}</h3>
          <DurableLog lines={logLines(coordinator)} max={20} />
        </>
      )}
    </div>
  );
}
