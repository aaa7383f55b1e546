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
import { usePlaces } from '../api/get-places';
import {
  filtersFromSearchParams,
  listParamsFromFilters,
  searchParamsFromFilters,
} from '../components/place-filter-params';
import { PlaceFilters } from '../components/place-filters';
import { PlacesTable } from '../components/places-table';
import '../components/places.css';

const PAGE_SIZE = 20;

/** "Mijn plekken" for a contractor; the places of the region's contractors for a consultant. */
export function PlacesRoute() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const errorMessage = useErrorMessage();
  const [searchParams, setSearchParams] = useSearchParams();
  const page = usePageParam();
  const forConsultant = me.role === 'consultant';
  const filters = filtersFromSearchParams(searchParams);
  const places = usePlaces(
    listParamsFromFilters(
      forConsultant ? filters : { ...filters, contractorId: '', kind: '' },
      page,
      PAGE_SIZE,
    ),
  );
  const title = forConsultant ? t('places.list.regionTitle') : t('places.list.ownTitle');

  return (
    <>
      <PageTitle documentTitle={title}>{title}</PageTitle>
      <p className="utrecht-paragraph">
        {forConsultant ? t('places.list.regionIntro') : t('places.list.ownIntro')}
      </p>
      <p className="utrecht-paragraph">
        <ButtonLink to={paths.newPlace} appearance="primary-action">
          {t('places.list.new')}
        </ButtonLink>
      </p>
      <PlaceFilters
        key={searchParams.toString()}
        value={filters}
        forConsultant={forConsultant}
        onApply={(next) => setSearchParams(searchParamsFromFilters(next))}
        onClear={() => setSearchParams(new URLSearchParams())}
      />
      {places.isPending && <Loading />}
      {places.isError && (
        <Alert type="error">
          <p className="utrecht-paragraph">{errorMessage(places.error)}</p>
        </Alert>
      )}
      {places.data && places.data.data.length === 0 && (
        <p className="utrecht-paragraph">{t('places.list.empty')}</p>
      )}
      {places.data && places.data.data.length > 0 && (
        <>
          <PlacesTable
            places={places.data.data}
            total={places.data.page.total}
            showContractor={forConsultant}
          />
          <Pagination page={places.data.page} />
        </>
      )}
    </>
  );
}
