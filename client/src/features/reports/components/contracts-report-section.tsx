import type { TContractReportRow } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { Pagination } from '@/components/ui/pagination';
import { DataTable } from '@/components/ui/data-table';
import { ForecastBadge } from '@/features/sroi/components/forecast-badge';
import { ProgressBar } from '@/features/sroi/components/progress-bar';
import { contractPath } from '@/features/sroi/sroi-paths';
import { useErrorMessage } from '@/hooks/use-error-message';
import { usePageParam } from '@/hooks/use-page-param';
import { formatDay } from '@/lib/format';
import { formatEuros } from '@/lib/money';
import { useContractReport } from '../api/get-contract-report';
import { csvUrl } from '../api/report-params';
import type { ReportScope } from '../api/reports-query-key';
import { CsvLink } from './csv-link';

const PAGE_SIZE = 20;

/** Every contract in scope with obligation, realisation and forecast, a page at a time. */
export function ContractsReportSection({ scope }: { scope: ReportScope }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const page = usePageParam();
  const report = useContractReport({ ...scope, page, limit: PAGE_SIZE });

  return (
    <section aria-labelledby="reports-contracts-heading">
      <h2 className="utrecht-heading-2" id="reports-contracts-heading">
        {t('reports.contracts.title')}
      </h2>
      {report.isPending && <Loading />}
      {report.isError && (
        <Alert type="error">
          <p className="utrecht-paragraph">{errorMessage(report.error)}</p>
        </Alert>
      )}
      {report.data && report.data.data.length === 0 && (
        <p className="utrecht-paragraph">{t('reports.contracts.empty')}</p>
      )}
      {report.data && report.data.data.length > 0 && (
        <>
          <ContractsReportTable rows={report.data.data} total={report.data.page.total} />
          <Pagination page={report.data.page} />
        </>
      )}
      <CsvLink href={csvUrl('/api/reports/contracts', { ...scope })} table={t('reports.contracts.title')} />
    </section>
  );
}

function ContractsReportTable({ rows, total }: { rows: TContractReportRow[]; total: number }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return (
    <DataTable
      caption={t('reports.contracts.caption', { count: total })}
      columns={[
        { header: t('reports.contracts.contract') },
        { header: t('reports.contracts.parties') },
        { header: t('sroi.fields.obligation'), numeric: true },
        { header: t('sroi.fields.realised'), numeric: true },
        { header: t('sroi.fields.percentage') },
        { header: t('sroi.fields.deadline') },
        { header: t('sroi.fields.forecast') },
      ]}
      rows={rows.map((row) => ({
        key: row.contractId,
        cells: [
          <Link className="utrecht-link utrecht-link--html-a" to={contractPath(row.contractId)} key="title">
            {row.title}
          </Link>,
          `${row.municipality.name} / ${row.contractor.name}`,
          formatEuros(row.obligationCents, locale),
          formatEuros(row.realisedCents, locale),
          <ProgressBar basisPoints={row.realisedBasisPoints} label={row.title} key="bar" />,
          formatDay(row.deadline, locale),
          <ForecastBadge status={row.forecast} key="forecast" />,
        ],
      }))}
    />
  );
}
