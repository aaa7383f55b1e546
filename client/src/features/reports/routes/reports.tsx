import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageTitle } from '@/components/ui/page-title';
import { useCurrentUser } from '@/features/auth/components/use-current-user';
import { withFilterParams } from '@/lib/search-params';
import { REPORT_PARAM, reportFiltersFromSearchParams, scopeOf } from '../api/report-params';
import { ContractsReportSection } from '../components/contracts-report-section';
import { FunnelSection } from '../components/funnel-section';
import { ScopeFilters } from '../components/scope-filters';
import { SummarySection } from '../components/summary-section';

/**
 * Reports for consultants (their region, narrowed to a municipality or contractor), contractors and
 * municipalities (their own): totals, the placement funnel and progress per contract, each as CSV.
 */
export function ReportsRoute() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = reportFiltersFromSearchParams(searchParams);
  const scope = scopeOf(filters);
  const change = (changes: Partial<Record<keyof typeof REPORT_PARAM, string | undefined>>) =>
    setSearchParams(
      withFilterParams(
        searchParams,
        Object.fromEntries(
          Object.entries(changes).map(([key, value]) => [
            REPORT_PARAM[key as keyof typeof REPORT_PARAM],
            value,
          ]),
        ),
      ),
    );

  return (
    <>
      <PageTitle documentTitle={t('reports.title')}>{t('reports.title')}</PageTitle>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{t(`reports.intro.${me.role}`)}</p>
      {me.role === 'consultant' && <ScopeFilters value={scope} onChange={change} />}
      <SummarySection scope={scope} />
      <FunnelSection params={filters} onPeriodChange={change} />
      <ContractsReportSection scope={scope} />
    </>
  );
}
