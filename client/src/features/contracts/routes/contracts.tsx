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
import { useContracts } from '../api/get-contracts';
import {
  contractFiltersFromSearchParams,
  contractListParams,
  searchParamsFromContractFilters,
} from '../components/contract-filter-params';
import { ContractFilters } from '../components/contract-filters';
import { ContractsTable } from '../components/contracts-table';

const PAGE_SIZE = 20;

/** Consultants: the region's contracts, to register and follow. Contractors and municipalities: their own, to read. */
export function ContractsRoute() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const errorMessage = useErrorMessage();
  const [searchParams, setSearchParams] = useSearchParams();
  const page = usePageParam();
  const filters = contractFiltersFromSearchParams(searchParams);
  const contracts = useContracts(contractListParams(filters, page, PAGE_SIZE));
  const isConsultant = me.role === 'consultant';

  return (
    <>
      <PageTitle documentTitle={t('contracts.list.title')}>{t('contracts.list.title')}</PageTitle>
      <p className="utrecht-paragraph">
        {t(`contracts.list.intro.${isConsultant ? 'consultant' : 'reader'}`)}
      </p>
      {isConsultant && (
        <p className="utrecht-paragraph">
          <ButtonLink to={paths.newContract} appearance="primary-action">
            {t('contracts.list.new')}
          </ButtonLink>
        </p>
      )}

      <ContractFilters
        key={searchParams.toString()}
        value={filters}
        showParties={isConsultant}
        onApply={(next) => setSearchParams(searchParamsFromContractFilters(next))}
        onClear={() => setSearchParams(new URLSearchParams())}
      />

      {contracts.isPending && <Loading />}
      {contracts.isError && (
        <Alert type="error">
          <p className="utrecht-paragraph">{errorMessage(contracts.error)}</p>
        </Alert>
      )}
      {contracts.data && contracts.data.data.length === 0 && (
        <p className="utrecht-paragraph" role="status">
          {t('contracts.list.empty')}
        </p>
      )}
      {contracts.data && contracts.data.data.length > 0 && (
        <>
          <ContractsTable contracts={contracts.data.data} total={contracts.data.page.total} />
          <Pagination page={contracts.data.page} />
        </>
      )}
    </>
  );
}
