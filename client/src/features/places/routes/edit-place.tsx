import { EDITABLE_PLACE_STATUSES } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { PageTitle } from '@/components/ui/page-title';
import { useErrorMessage } from '@/hooks/use-error-message';
import { usePlace } from '../api/get-place';
import { useUpdatePlace } from '../api/update-place';
import { PlaceForm } from '../components/place-form';
import { placePath } from '../place-paths';

export function EditPlaceRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const place = usePlace(id);
  const updatePlace = useUpdatePlace();
  const title = t('places.form.editTitle');

  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a kp-back-link" to={placePath(id)}>
          {t('places.form.backToPlace')}
        </Link>
      </p>
      <PageTitle documentTitle={place.data ? `${title}: ${place.data.title}` : title}>
        {place.data ? `${title}: ${place.data.title}` : title}
      </PageTitle>
      {place.isPending && <Loading />}
      {place.isError && (
        <Alert type="error">
          <p className="utrecht-paragraph">{errorMessage(place.error)}</p>
        </Alert>
      )}
      {place.data && !EDITABLE_PLACE_STATUSES.includes(place.data.status) && (
        <Alert type="info">
          <p className="utrecht-paragraph">{t('places.form.notEditable')}</p>
        </Alert>
      )}
      {place.data && EDITABLE_PLACE_STATUSES.includes(place.data.status) && (
        <PlaceForm
          // No key on the version: after a conflict the typed values stay, and the next save uses the newer version.
          mode="edit"
          place={place.data}
          cancelTo={placePath(id)}
          onSubmit={async (changes) => {
            await updatePlace.mutateAsync({ ...changes, id });
            await navigate(placePath(id), { state: { saved: true } });
          }}
        />
      )}
    </>
  );
}
