// Paxos views: one node (promised ballot, accepted (ballot, value), learned value, proposer
// round and proposal) and the acceptor table of all nodes.

import { ballotText, obj, plainText, type View } from './fields';
import { KeyValues } from './KeyValues';
import { t } from '../../i18n/translate';

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
          ['Promised', ballotText(view.promised) ?? 'nothing yet'],
          ['Accepted', a.ballot === '—' ? 'nothing yet' : `${a.value} at ${a.ballot}`],
          ['Learned', dash(view.learned)],
          ['Proposer round', dash(view.round)],
        ]}
      />
      {proposal && (
        <>
          <h3>Proposal</h3>
          <KeyValues
            rows={[
              ['Ballot', ballotText(proposal.ballot) ?? '—'],
              ['Value', dash(proposal.value)],
              ['Phase', dash(proposal.phase)],
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
        <caption>Acceptors</caption>
        <thead>
          <tr>
            <th scope="col">Node</th>
            <th scope="col">Promised</th>
            <th scope="col">Accepted ballot</th>
            <th scope="col">Accepted value</th>
            <th scope="col">Learned</th>
            <th scope="col">Proposing</th>
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
                <td>{proposal ? `${ballotText(proposal.ballot) ?? ''} ${dash(proposal.phase)}` : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
