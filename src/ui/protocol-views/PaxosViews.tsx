// Paxos views: one node (promised ballot, accepted (ballot, value), learned value, proposer
// round and proposal) and the acceptor table of all nodes.

import { ballotText, obj, plainText, type View } from './fields';
import { KeyValues } from './KeyValues';
import { t } from '../../i18n/translate';
import { valueWord } from '../value-words';

/** A proposal's phase (prepare, accept, idle) as a word. */
const phaseWord = (value: unknown) => (typeof value === 'string' ? valueWord(value) : dash(value));

const dash = (value: unknown) => (value === null || value === undefined ? '—' : plainText(value, 24));

function accepted(view: View): { ballot: string; value: string } {
  const a = obj(view.accepted);
  if (!a) return { ballot: '—', value: '—' };
  return { ballot: ballotText(a.ballot) ?? '—', value: dash(a.value) };
}

/** [1, 2, 3] as "S1, S2, S3" (promises, accepts): node ids read as nodes, not as JSON. */
function nodeList(value: unknown): string | null {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'number')) return null;
  return value.length === 0 ? t('classroom.nodes.none') : value.map((v) => `S${v}`).join(', ');
}

export function PaxosNodeDetails({ view }: { view: View }) {
  const a = accepted(view);
  const proposal = obj(view.proposal);
  return (
    <div className="protocol-details paxos">
      <KeyValues
        rows={[
          [t('views.promised'), ballotText(view.promised) ?? t('views.nothingYet')],
          [t('views.accepted'), a.ballot === '—' ? t('views.nothingYet') : t('views.acceptedAt', { value: a.value, ballot: a.ballot })],
          [t('views.learned'), dash(view.learned)],
          [t('views.proposerRound'), dash(view.round)],
        ]}
      />
      {proposal && (
        <>
          <h3>{t('views.proposal')}</h3>
          <KeyValues
            rows={[
              [t('views.ballot'), ballotText(proposal.ballot) ?? '—'],
              [t('views.value'), dash(proposal.value)],
              [t('views.phase'), phaseWord(proposal.phase)],
              ...Object.entries(proposal)
                .filter(([key]) => !['ballot', 'value', 'phase'].includes(key))
                .map(([key, value]): [string, string] => [key, nodeList(value) ?? plainText(value, 40)]),
            ]}
          />
        </>
      )}
    </div>
  );
}

export function PaxosClusterTable({ views }: { views: readonly View[] }) {
  return (
    <div className="protocol-cluster paxos">
      <table className="compact acceptor-table">
        <caption>{t('views.acceptors')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('views.node')}</th>
            <th scope="col">{t('views.promised')}</th>
            <th scope="col">{t('views.acceptedBallot')}</th>
            <th scope="col">{t('views.acceptedValue')}</th>
            <th scope="col">{t('views.learned')}</th>
            <th scope="col">{t('views.proposing')}</th>
          </tr>
        </thead>
        <tbody>
          {views.map((view) => {
            const a = accepted(view);
            const proposal = obj(view.proposal);
            return (
              <tr key={view.id} className={view.up ? '' : 'down'}>
                <th scope="row">
                  S{view.id}
                  {view.up ? '' : ' ✕'}
                </th>
                <td>{ballotText(view.promised) ?? '—'}</td>
                <td>{a.ballot}</td>
                <td>{a.value}</td>
                <td>{dash(view.learned)}</td>
                <td>{proposal ? `${ballotText(proposal.ballot) ?? ''} ${phaseWord(proposal.phase)}` : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
