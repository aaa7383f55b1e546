import { PLACE_KINDS, ZPlaceKind } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { FormField } from '@/components/ui/form-field';
import { Loading } from '@/components/ui/loading';
import { PageTitle } from '@/components/ui/page-title';
import { Pagination } from '@/components/ui/pagination';
import { useErrorMessage } from '@/hooks/use-error-message';
import { usePageParam } from '@/hooks/use-page-param';
import { useOpenPlaces } from '../api/get-places';
import { OpenPlaceCard } from '../components/open-place-card';
import '../components/places.css';

const PAGE_SIZE = 10;
// Dutch parameter name, as in the other lists: ?soort=internship
const KIND_PARAM = 'soort';

/** Candidates browse the open places of their region. */
export function OpenPlacesRoute() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [searchParams, setSearchParams] = useSearchParams();
  const page = usePageParam();
  const kindParam = ZPlaceKind.safeParse(searchParams.get(KIND_PARAM));
  const kind = kindParam.success ? kindParam.data : undefined;
  const places = useOpenPlaces({ kind, page, limit: PAGE_SIZE });

  const chooseKind = (value: string) => {
    // A new filter starts again at the first page.
    setSearchParams(value ? new URLSearchParams({ [KIND_PARAM]: value }) : new URLSearchParams());
  };

  return (
    <>
      <PageTitle documentTitle={t('places.open.title')}>{t('places.open.title')}</PageTitle>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{t('places.open.intro')}</p>
      <div className="kp-filters" role="search" aria-label={t('places.open.filterLabel')}>
        <FormField id="open-places-kind" label={t('places.open.kindLabel')} kind="select">
          {(a11y) => (
            <select
              {...a11y}
              className="utrecht-select utrecht-select--html-select"
              value={kind ?? ''}
              onChange={(event) => chooseKind(event.target.value)}
            >
              <option value="">{t('places.open.allKinds')}</option>
              {PLACE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`places.kindsPlain.${k}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      {places.isPending && <Loading />}
      {places.isError && (
        <Alert type="error">
          <p className="utrecht-paragraph">{errorMessage(places.error)}</p>
        </Alert>
      )}
      {places.data && (
        <p className="utrecht-paragraph" role="status">
          {t('places.open.count', { count: places.data.page.total })}
        </p>
      )}
      {places.data && places.data.data.length > 0 && (
        <>
          <ul className="kp-place-cards" aria-busy={places.isFetching}>
            {places.data.data.map((place) => (
              <OpenPlaceCard key={place.id} place={place} />
            ))}
          </ul>
          <Pagination page={places.data.page} />
        </>
      )}
    </>
  );
}
