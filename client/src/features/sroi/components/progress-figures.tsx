import type { TContractProgress } from '@kansplek/api/contract';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '@/lib/format';
import { formatBasisPoints, formatEuros } from '@/lib/money';
import { DataList } from '@/components/ui/data-list';
import { ForecastBadge } from './forecast-badge';

/** The figures of a contract's progress as a description list: owed, realised, expected, when. */
export function ProgressFigures({ progress }: { progress: TContractProgress }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const euros = (cents: number) => formatEuros(cents, locale);
  const rows: Array<[string, ReactNode]> = [
    [t('sroi.fields.obligation'), <strong key="obligation">{euros(progress.obligationCents)}</strong>],
    [t('sroi.fields.realised'), euros(progress.realisedCents)],
    [t('sroi.fields.percentage'), formatBasisPoints(progress.realisedBasisPoints, locale)],
    [
      t('sroi.fields.pipeline'),
      t('sroi.progress.pipeline', { amount: euros(progress.pipelineCents), count: progress.pipelineMatches }),
    ],
    [
      t('sroi.fields.deadline'),
      `${formatDay(progress.deadline, locale)} (${t('sroi.progress.daysLeft', { count: Math.max(0, progress.daysLeft) })})`,
    ],
    [t('sroi.fields.forecast'), <ForecastBadge status={progress.forecast.status} key="forecast" />],
    [t('sroi.fields.projected'), euros(progress.forecast.projectedCents)],
    [t('sroi.fields.expectedToDate'), euros(progress.forecast.expectedToDateCents)],
  ];
  return <DataList rows={rows} />;
}
