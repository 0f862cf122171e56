// Raft views: one node (role, term, votedFor, log coloured by term with the commit index,
// nextIndex/matchIndex on a leader) and the log grid of all nodes side by side.
// Reads the documented view fields only; anything missing renders as "—".

import { arr, num, obj, plainText, str, type View } from './fields';
import { KeyValues } from './KeyValues';
import { t } from '../../i18n/translate';
import { tp } from '../../i18n/plural';
import { valueWord } from '../value-words';
import { renderNote } from '../../i18n/note';
import type { Note } from '../../engine/types';

/** A request's outcome is a note (key and parameters); anything else is shown as it is. */
const isNote = (value: unknown): value is Note => typeof value === 'object' && value !== null && typeof (value as { key?: unknown }).key === 'string';

const TERM_COLOURS = 6;
const GRID_COLUMNS_MAX = 24;

interface Entry {
  term: number | null;
  value: unknown;
}

function logOf(view: View): Entry[] {
  return arr(view.log).map((e) => {
    const o = obj(e);
    return { term: num(o?.term), value: o ? o.value : e };
  });
}

const termClass = (term: number | null) => (term === null ? 'term-none' : `term-${term % TERM_COLOURS}`);
const dash = (value: unknown) => (value === null || value === undefined ? '—' : plainText(value, 24));

function LogCells({ log, commitIndex, from, to, labelled }: { log: Entry[]; commitIndex: number; from: number; to: number; labelled: boolean }) {
  const cells = [];
  for (let index = from; index <= to; index++) {
    const entry = log[index - 1];
    if (!entry) {
      cells.push(<span key={index} className="log-cell empty" aria-hidden="true" />);
      continue;
    }
    const committed = index <= commitIndex;
    cells.push(
      <span
        key={index}
        className={`log-cell ${termClass(entry.term)}${committed ? ' committed' : ' uncommitted'}`}
        title={t(committed ? 'views.logCellCommitted' : 'views.logCell', { index, term: entry.term ?? '?', value: plainText(entry.value, 40) })}
      >
        <span className="cell-term">{entry.term ?? '?'}</span>
        {labelled && <span className="cell-value">{plainText(entry.value, 8)}</span>}
      </span>,
    );
  }
  return <>{cells}</>;
}

/** A client request as the inspector writes it: the value and what became of it. */
function requestText(value: unknown): string {
  const request = obj(value);
  if (!request) return dash(value);
  return t('classroom.request', { value: plainText(request.value, 24), outcome: plainText(isNote(request.outcome) ? renderNote(request.outcome) : request.outcome, 80) });
}

export function RaftNodeDetails({ view, before }: { view: View; before?: View | null }) {
  const log = logOf(view);
  const commitIndex = num(view.commitIndex) ?? 0;
  const role = str(view.role);
  const nextIndex = obj(view.nextIndex);
  const matchIndex = obj(view.matchIndex);
  const votes = view.votesGranted;
  const start = Math.max(1, log.length - GRID_COLUMNS_MAX + 1);
  return (
    <div className="protocol-details raft">
      <KeyValues
        rows={[
          // A crash resets the role to follower: "was" is the role just before the crash.
          [t('views.role'), view.up ? (role ? valueWord(role) : '—') : str(before?.role) ? t('classroom.crashedWas', { role: valueWord(str(before?.role)!) }) : t('classroom.crashed')],
          [t('views.term'), dash(view.term)],
          [t('views.votedFor'), num(view.votedFor) !== null ? `S${view.votedFor}` : '—'],
          [t('views.leader'), num(view.leaderId) !== null ? `S${view.leaderId}` : '—'],
          [t('views.commitIndex'), String(commitIndex)],
          [t('views.votesGranted'), Array.isArray(votes) ? votes.map((v) => `S${v}`).join(', ') || '—' : dash(votes)],
          [t('views.lastRequest'), requestText(view.lastRequest)],
        ]}
      />
      <h3>
        {t('views.log')} <span className="muted">({t('classroom.logSummary', { entries: tp('classroom.entries', log.length), commitIndex })})</span>
      </h3>
      {log.length === 0 ? (
        <p className="muted">{t('views.emptyLog')}</p>
      ) : (
        <div className="log-row" role="img" aria-label={t('classroom.logLabel', { node: view.id, entries: tp('classroom.entries', log.length), commitIndex })}>
          {start > 1 && <span className="muted">{t('views.earlier', { count: start - 1 })} </span>}
          <LogCells log={log} commitIndex={commitIndex} from={start} to={log.length} labelled />
        </div>
      )}
      {role === 'leader' && (nextIndex || matchIndex) && (
        <table className="compact">
          <caption>{t('views.replication')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('views.follower')}</th>
              <th scope="col">{t('views.nextIndex')}</th>
              <th scope="col">{t('views.matchIndex')}</th>
            </tr>
          </thead>
          <tbody>
            {Object.keys({ ...nextIndex, ...matchIndex })
              .filter((id) => Number(id) !== view.id)
              .map((id) => (
                <tr key={id}>
                  <th scope="row">S{id}</th>
                  <td>{dash(nextIndex?.[id])}</td>
                  <td>{dash(matchIndex?.[id])}</td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

export function RaftClusterTable({ views }: { views: readonly View[] }) {
  const logs = views.map(logOf);
  const longest = Math.max(0, ...logs.map((l) => l.length));
  const start = Math.max(1, longest - GRID_COLUMNS_MAX + 1);
  return (
    <div className="protocol-cluster raft">
      <h3>
        {t('views.logsOfAll')} <span className="muted">{t('views.logsKey')}</span>
      </h3>
      <table className="log-grid">
        <thead>
          <tr>
            <th scope="col">{t('views.node')}</th>
            <th scope="col">{t('views.term')}</th>
            <th scope="col">{t('views.log')} {start > 1 ? t('views.fromIndex', { index: start }) : ''}</th>
          </tr>
        </thead>
        <tbody>
          {views.map((view, i) => (
            <tr key={view.id} className={view.up ? '' : 'down'}>
              <th scope="row">
                S{view.id}
                {str(view.role) === 'leader' && view.up ? ' ★' : ''}
                {view.up ? '' : ' ✕'}
              </th>
              <td>{dash(view.term)}</td>
              <td className="log-row">
                <LogCells log={logs[i]} commitIndex={num(view.commitIndex) ?? 0} from={start} to={Math.max(start, longest)} labelled={false} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
