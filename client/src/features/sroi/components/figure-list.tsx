import type { ReactNode } from 'react';

/** Figures as a description list of label and value, in the NL Design System data-list style. */
export function FigureList({ rows }: { rows: Array<[string, ReactNode]> }) {
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
