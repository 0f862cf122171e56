// The message colours of this run, with their type names.
import { useMemo } from 'react';
import { useAppStore } from '../store-context';
import { messageColorScale } from './message-colors';

export function Legend() {
  const types = useAppStore((s) => s.run.messageTypes);
  const color = useMemo(() => messageColorScale(types), [types]);
  if (types.length === 0) return null;
  return (
    <ul className="legend" aria-label="Message types">
      {types.slice(0, 10).map((type) => (
        <li key={type}>
          <span className="swatch" style={{ background: color(type) }} aria-hidden="true" />
          {type}
        </li>
      ))}
    </ul>
  );
}
