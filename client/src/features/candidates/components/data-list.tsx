import type { ReactNode } from 'react';

/** Label–value rows (NL Design System data list); empty values show a dash rather than nothing. */
export function DataList({ items }: { items: Array<{ label: string; value: ReactNode }> }) {
  return (
    <dl className="utrecht-data-list utrecht-data-list--rows kp-data-list">
      {items.map((item) => (
        <div className="utrecht-data-list__item" key={item.label}>
          <dt className="utrecht-data-list__item-key">{item.label}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
            {item.value === null || item.value === undefined || item.value === '' ? '—' : item.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
