import { type TSummaryReport } from '@kansplek/api/contract';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { CreditByKindTable } from '@/features/sroi/components/credit-by-kind-table';
import { DataTable } from '@/components/ui/data-table';
import { DataList } from '@/components/ui/data-list';
import { ProgressBar } from '@/features/sroi/components/progress-bar';
import { RealisationChart } from '@/features/sroi/components/realisation-chart';
import { useErrorMessage } from '@/hooks/use-error-message';
import { formatBasisPoints, formatEuros } from '@/lib/money';
import { useSummaryReport } from '../api/get-summary-report';
import { csvUrl } from '../api/report-params';
import type { ReportScope } from '../api/reports-query-key';
import { CsvLink } from './csv-link';
import { peopleText } from './people-count';

const SUMMARY_PATH = '/api/reports/summary';

/** Totals of the scope: obligation and realisation, people placed per target group, credit per kind, purchases. */
export function SummarySection({ scope }: { scope: ReportScope }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const summary = useSummaryReport(scope);
  const csv = (table: string) => csvUrl(SUMMARY_PATH, { ...scope, table });

  return (
    <section aria-labelledby="reports-summary-heading">
      <h2 className="utrecht-heading-2" id="reports-summary-heading">
        {summary.data
          ? t('reports.summary.titleOf', { name: summary.data.scope.name })
          : t('reports.summary.title')}
      </h2>
      {summary.isPending && <Loading />}
      {summary.isError && (
        <Alert type="error">
          <p className="utrecht-paragraph">{errorMessage(summary.error)}</p>
        </Alert>
      )}
      {summary.data && <SummaryFigures report={summary.data} csv={csv} />}
    </section>
  );
}

function SummaryFigures({ report, csv }: { report: TSummaryReport; csv: (table: string) => string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const euros = (cents: number) => formatEuros(cents, locale);
  const suppressed = report.peoplePlaced === null || report.byTargetGroup.some((row) => row.people === null);
  const totals: Array<[string, ReactNode]> = [
    [t('reports.summary.contracts'), report.contracts],
    [t('sroi.fields.obligation'), euros(report.obligationCents)],
    [t('sroi.fields.realised'), euros(report.realisedCents)],
    [t('sroi.fields.percentage'), formatBasisPoints(report.realisedBasisPoints, locale)],
    [t('reports.summary.peoplePlaced'), peopleText(t, report.peoplePlaced)],
  ];
  const purchases: Array<[string, ReactNode]> = [
    [t('reports.purchases.count'), report.socialPurchases.count],
    [t('reports.purchases.enterprises'), report.socialPurchases.enterprises],
    [t('reports.purchases.invoice'), euros(report.socialPurchases.invoiceCents)],
    [t('reports.purchases.credit'), euros(report.socialPurchases.creditCents)],
  ];

  return (
    <>
      <h3 className="utrecht-heading-3">{t('reports.summary.totalsTitle')}</h3>
      <ProgressBar basisPoints={report.realisedBasisPoints} label={t('sroi.progress.barLabel')} />
      <DataList rows={totals} />
      <CsvLink href={csv('totals')} table={t('reports.summary.totalsTitle')} />
      {suppressed && <p className="utrecht-paragraph">{t('reports.suppressionNote')}</p>}

      {report.byTargetGroup.length > 0 && (
        <>
          <h3 className="utrecht-heading-3">{t('reports.targetGroups.title')}</h3>
          <DataTable
            caption={t('reports.targetGroups.caption')}
            columns={[
              { header: t('reports.targetGroups.targetGroup') },
              { header: t('reports.targetGroups.people'), numeric: true },
            ]}
            rows={report.byTargetGroup.map((row) => ({
              key: row.targetGroup,
              cells: [t(`contracts.targetGroups.${row.targetGroup}`), peopleText(t, row.people)],
            }))}
          />
          <CsvLink href={csv('target_groups')} table={t('reports.targetGroups.title')} />
        </>
      )}

      <h3 className="utrecht-heading-3">{t('reports.sources.title')}</h3>
      {report.bySource.length > 0 ? (
        <CreditByKindTable bySource={report.bySource} caption={t('reports.sources.caption')} />
      ) : (
        <p className="utrecht-paragraph">{t('reports.sources.empty')}</p>
      )}
      <CsvLink href={csv('sources')} table={t('reports.sources.title')} />

      <h3 className="utrecht-heading-3">{t('reports.purchases.title')}</h3>
      <DataList rows={purchases} />
      <CsvLink href={csv('purchases')} table={t('reports.purchases.title')} />

      <h3 className="utrecht-heading-3">{t('reports.series.title')}</h3>
      <RealisationChart series={report.series} obligationCents={report.obligationCents} />
      <CsvLink href={csv('series')} table={t('reports.series.title')} />
    </>
  );
}
