import { FAIRNESS_DIMENSIONS } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { PageTitle } from '@/components/ui/page-title';
import { useErrorMessage } from '@/hooks/use-error-message';
import { withFilterParams } from '@/lib/search-params';
import { useFairnessReport } from '../api/get-fairness-report';
import { csvUrl, REPORT_PARAM, reportFiltersFromSearchParams } from '../api/report-params';
import { CsvLink } from '../components/csv-link';
import { FairnessGroupsTable } from '../components/fairness-groups-table';
import { FairnessOverrides } from '../components/fairness-overrides';
import { PeriodFilter } from '../components/period-filter';

/**
 * Whether the matches treat groups alike (issue 21): per target group, age band, municipality and
 * support needed, the funnel's rates and each group's ratio against the best group, flagged below
 * the threshold; and how often consultants overrode the proposals. Tables, not charts, carry it.
 */
export function FairnessRoute() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [searchParams, setSearchParams] = useSearchParams();
  const { from, to } = reportFiltersFromSearchParams(searchParams);
  const period = { from, to };
  const report = useFairnessReport(period);
  const apply = (next: { from?: string; to?: string }) =>
    setSearchParams(
      withFilterParams(searchParams, { [REPORT_PARAM.from]: next.from, [REPORT_PARAM.to]: next.to }),
    );
  const data = report.data;
  const suppressed = data
    ? data.cases === null || data.groups.some((g) => g.steps.some((s) => s.count === null))
    : false;

  return (
    <>
      <PageTitle documentTitle={t('reports.fairness.title')}>{t('reports.fairness.title')}</PageTitle>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{t('reports.fairness.intro')}</p>
      <p className="utrecht-paragraph">
        {t('reports.fairness.howToRead', { threshold: '0,8', minCases: 20 })}
      </p>
      <PeriodFilter
        key={`${from}-${to}`}
        value={period}
        onApply={apply}
        idPrefix="fairness"
        label={t('reports.fairness.periodLabel')}
      />
      {report.isPending && <Loading />}
      {report.isError && (
        <Alert type="error">
          <p className="utrecht-paragraph">{errorMessage(report.error)}</p>
        </Alert>
      )}
      {data && (
        <>
          <p className="utrecht-paragraph" role="status">
            {data.flagged > 0
              ? t('reports.fairness.flaggedCount', { count: data.flagged })
              : t('reports.fairness.noneFlagged')}
          </p>
          {suppressed && <p className="utrecht-paragraph">{t('reports.suppressionNote')}</p>}
          {data.groups.length === 0 && <p className="utrecht-paragraph">{t('reports.fairness.empty')}</p>}
          {FAIRNESS_DIMENSIONS.map((dimension) => {
            const groups = data.groups.filter((g) => g.dimension === dimension);
            return groups.length ? (
              <section key={dimension} aria-labelledby={`fairness-${dimension}`}>
                <h2 className="utrecht-heading-2" id={`fairness-${dimension}`}>
                  {t(`reports.fairness.dimensions.${dimension}`)}
                </h2>
                <FairnessGroupsTable dimension={dimension} groups={groups} />
              </section>
            ) : null;
          })}
          <CsvLink
            href={csvUrl('/api/reports/fairness', { ...period, table: 'groups' })}
            table={t('reports.fairness.groupsTable')}
          />
          <section aria-labelledby="fairness-overrides">
            <h2 className="utrecht-heading-2" id="fairness-overrides">
              {t('reports.fairness.overrides.title')}
            </h2>
            <FairnessOverrides overrides={data.overrides} />
            <CsvLink
              href={csvUrl('/api/reports/fairness', { ...period, table: 'overrides' })}
              table={t('reports.fairness.overrides.title')}
            />
          </section>
        </>
      )}
    </>
  );
}
