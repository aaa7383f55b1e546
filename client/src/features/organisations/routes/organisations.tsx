import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button-link';
import { Loading } from '@/components/ui/loading';
import { PageTitle } from '@/components/ui/page-title';
import { Pagination } from '@/components/ui/pagination';
import { paths } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/components/use-current-user';
import { useErrorMessage } from '@/hooks/use-error-message';
import { usePageParam } from '@/hooks/use-page-param';
import { useOrganisations } from '../api/get-organisations';
import {
  organisationFiltersFromSearchParams,
  organisationListParams,
  searchParamsFromOrganisationFilters,
} from '../components/organisation-filter-params';
import { OrganisationFilters } from '../components/organisation-filters';
import { OrganisationsTable } from '../components/organisations-table';

const PAGE_SIZE = 20;

/** Admins: every organisation. Consultants: their region's, registering its contractors and social enterprises. */
export function OrganisationsRoute() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const errorMessage = useErrorMessage();
  const [searchParams, setSearchParams] = useSearchParams();
  const page = usePageParam();
  const filters = organisationFiltersFromSearchParams(searchParams);
  const organisations = useOrganisations(organisationListParams(filters, page, PAGE_SIZE));

  return (
    <>
      <PageTitle documentTitle={t('organisations.list.title')}>{t('organisations.list.title')}</PageTitle>
      <p className="utrecht-paragraph">
        {t(`organisations.list.intro.${me.role === 'admin' ? 'admin' : 'consultant'}`)}
      </p>
      <p className="utrecht-paragraph">
        <ButtonLink to={paths.newOrganisation} appearance="primary-action">
          {t('organisations.list.new')}
        </ButtonLink>
      </p>

      <OrganisationFilters
        key={searchParams.toString()}
        value={filters}
        onApply={(next) => setSearchParams(searchParamsFromOrganisationFilters(next))}
        onClear={() => setSearchParams(new URLSearchParams())}
      />

      {organisations.isPending && <Loading />}
      {organisations.isError && (
        <Alert type="error">
          <p className="utrecht-paragraph">{errorMessage(organisations.error)}</p>
        </Alert>
      )}
      {organisations.data && organisations.data.data.length === 0 && (
        <p className="utrecht-paragraph" role="status">
          {t('organisations.list.empty')}
        </p>
      )}
      {organisations.data && organisations.data.data.length > 0 && (
        <>
          <OrganisationsTable organisations={organisations.data.data} total={organisations.data.page.total} />
          <Pagination page={organisations.data.page} />
        </>
      )}
    </>
  );
}
