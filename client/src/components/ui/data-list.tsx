import type { ReactNode } from 'react';

/** Label–value pairs as a description list in the NL Design System data-list style. */
export function DataList({ rows }: { rows: ReadonlyArray<readonly [string, ReactNode]> }) {
  return (
    <dl className="utrecht-data-list utrecht-data-list--rows kp-data-list">
      {rows.map(([key, value]) => (
        <div className="utrecht-data-list__item" key={key}>
          <dt className="utrecht-data-list__item-key">{key}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
