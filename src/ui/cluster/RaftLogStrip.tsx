// Raft's logs always in view, as the paper's figures draw them: one row per node, one cell per
// entry with its term (coloured by term), committed entries solid and the rest dashed, and a
// bar after the commit index. Beside the cluster (its empty top-left corner), under it on a
// phone. Reads view fields only.

import { useAppStore } from '../store-context';
import { arr, num, obj, str, type View } from '../protocol-views/fields';
import { t } from '../../i18n/translate';
import { tp } from '../../i18n/plural';

const TERM_COLOURS = 6;

/** `cells`: the most entries a row shows (the newest; the cluster gives the strip what room it has). */
export function RaftLogStrip({ cells: cellsMax }: { cells: number }) {
  const protocol = useAppStore((s) => s.scenario.protocol);
  const views = useAppStore((s) => s.snapshot.views) as readonly View[];
  if (protocol !== 'raft') return null;
  const logs = views.map((view) => arr(view.log).map((entry) => num(obj(entry)?.term)));
  const longest = Math.max(0, ...logs.map((log) => log.length));
  const from = Math.max(1, longest - cellsMax + 1);
  return (
    <div className="raft-log-strip" role="group" aria-label={t('classroom.logs')}>
      {views.map((view, i) => {
        const commitIndex = num(view.commitIndex) ?? 0;
        const log = logs[i];
        const cells = [];
        for (let index = from; index <= Math.max(from, longest); index++) {
          const term = log[index - 1];
          if (term === undefined) {
            cells.push(<span key={index} className="strip-cell empty" />);
            continue;
          }
          const committed = index <= commitIndex;
          cells.push(
            <span key={index} className={`strip-cell term-${(term ?? 0) % TERM_COLOURS}${committed ? ' committed' : ''}${index === commitIndex ? ' commit-mark' : ''}`}>
              {term ?? '?'}
            </span>,
          );
        }
        const label = t('classroom.logStripRow', { node: view.id, entries: tp('classroom.entries', log.length), commitIndex });
        return (
          <div key={view.id} className={`strip-row${view.up ? '' : ' down'}${str(view.role) === 'leader' && view.up ? ' leader' : ''}`} role="img" aria-label={label}>
            <span className="strip-node" aria-hidden="true">
              S{view.id}
            </span>
            {from > 1 && (
              <span className="strip-more" aria-hidden="true">
                …
              </span>
            )}
            {cells}
          </div>
        );
      })}
    </div>
  );
}
