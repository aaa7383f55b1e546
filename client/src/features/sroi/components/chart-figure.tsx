import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './sroi.css';

interface ChartFigureProps {
  caption: string;
  /** One sentence with what the chart shows, read out instead of the drawing. */
  summary: string;
  /** The same figures as a table (WCAG 1.1.1): the chart is never the only way to read them. */
  table: ReactNode;
  children: ReactNode;
}

/** A chart with its caption, a spoken summary and its data as a table behind a toggle. */
export function ChartFigure({ caption, summary, table, children }: ChartFigureProps) {
  const { t } = useTranslation();
  return (
    <figure className="kp-chart">
      <figcaption className="kp-chart__caption">{caption}</figcaption>
      <div className="kp-chart__plot" role="img" aria-label={summary}>
        {children}
      </div>
      <details className="kp-chart__data">
        <summary className="utrecht-link">{t('sroi.chart.showTable')}</summary>
        {table}
      </details>
    </figure>
  );
}
