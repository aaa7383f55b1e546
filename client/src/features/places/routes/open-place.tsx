import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { InterestButton } from '@/features/portal/components/interest-button';
import { useErrorMessage } from '@/hooks/use-error-message';
import { useOpenPlace } from '../api/get-place';
import { OpenPlaceDetails } from '../components/open-place-details';
import '../components/places.css';

/** One open place, told in plain Dutch for the candidate. */
export function OpenPlaceRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const errorMessage = useErrorMessage();
  const place = useOpenPlace(id);

  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a kp-back-link" to={paths.openPlaces}>
          {t('places.open.back')}
        </Link>
      </p>
      {place.isPending && <Loading />}
      {place.isError && (
        <>
          <PageTitle documentTitle={t('places.open.gone')}>{t('places.open.gone')}</PageTitle>
          <Alert type="info">
            <p className="utrecht-paragraph">{errorMessage(place.error)}</p>
          </Alert>
        </>
      )}
      {place.data && (
        <>
          <p className="utrecht-pre-heading kp-pre-heading">
            {t(`places.kindsPlain.${place.data.kind}`)} · {place.data.employer.name}
          </p>
          <PageTitle documentTitle={place.data.title}>{place.data.title}</PageTitle>
          <OpenPlaceDetails place={place.data} />
          <InterestButton placeId={place.data.id} placeTitle={place.data.title} />
        </>
      )}
    </>
  );
}
