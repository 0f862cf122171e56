// Fallback views for a protocol without its own inspector: every view field as text.

import { plainText, type View } from './fields';
import { KeyValues } from './KeyValues';
import { t } from '../../i18n/translate';

export function GenericNodeDetails({ view }: { view: View }) {
  const rows = Object.entries(view)
    .filter(([key]) => key !== 'id' && key !== 'up')
    .map(([key, value]): [string, string] => [key, plainText(value, 60)]);
  return <KeyValues rows={rows.length ? rows : [[t('views.state'), '—']]} />;
}

export function GenericClusterTable({ views }: { views: readonly View[] }) {
  const keys = Array.from(new Set(views.flatMap((v) => Object.keys(v)))).filter((k) => k !== 'id' && k !== 'up').slice(0, 5);
  return (
    <table className="compact">
      <caption>{t('views.nodes')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('views.node')}</th>
          {keys.map((key) => (
            <th key={key} scope="col">
              {key}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {views.map((view) => (
          <tr key={view.id}>
            <th scope="row">S{view.id}</th>
            {keys.map((key) => (
              <td key={key}>{plainText(view[key], 20)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
