import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button-link';
import { Loading } from '@/components/ui/loading';
import { PageTitle } from '@/components/ui/page-title';
import { Pagination } from '@/components/ui/pagination';
import { paths } from '@/config/paths';
import { useErrorMessage } from '@/hooks/use-error-message';
import { usePageParam } from '@/hooks/use-page-param';
import { useCandidates } from '../api/get-candidates';
import {
  filtersFromSearchParams,
  listParamsFromFilters,
  searchParamsFromFilters,
} from '../components/candidate-filter-params';
import { CandidateFilters } from '../components/candidate-filters';
import { CandidatesTable } from '../components/candidates-table';
import '../candidates.css';

const PAGE_SIZE = 20;

export function CandidatesRoute() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [searchParams, setSearchParams] = useSearchParams();
  const { state } = useLocation() as { state: { erased?: string } | null };
  const page = usePageParam();
  const filters = filtersFromSearchParams(searchParams);
  const candidates = useCandidates(listParamsFromFilters(filters, page, PAGE_SIZE));

  return (
    <>
      <PageTitle documentTitle={t('candidates.list.title')}>{t('candidates.list.title')}</PageTitle>
      <p className="utrecht-paragraph">{t('candidates.list.intro')}</p>
      <p className="utrecht-paragraph">
        <ButtonLink to={paths.newCandidate} appearance="primary-action">
          {t('candidates.list.new')}
        </ButtonLink>
      </p>
      <div role="status">
        {state?.erased && (
          <Alert type="ok">
            <p className="utrecht-paragraph">{t('candidates.erase.done', { name: state.erased })}</p>
          </Alert>
        )}
      </div>

      <CandidateFilters
        key={searchParams.toString()}
        value={filters}
        onApply={(next) => setSearchParams(searchParamsFromFilters(next))}
        onClear={() => setSearchParams(new URLSearchParams())}
      />

      {candidates.isPending && <Loading />}
      {candidates.isError && (
        <Alert type="error">
          <p className="utrecht-paragraph">{errorMessage(candidates.error)}</p>
        </Alert>
      )}
      {candidates.data && candidates.data.data.length === 0 && (
        <p className="utrecht-paragraph">{t('candidates.list.empty')}</p>
      )}
      {candidates.data && candidates.data.data.length > 0 && (
        <>
          <CandidatesTable candidates={candidates.data.data} total={candidates.data.page.total} />
          <Pagination page={candidates.data.page} />
        </>
      )}
    </>
  );
}
