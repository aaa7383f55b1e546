import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { PlaceMatching } from '@/features/matching/components/place-matching';
import { useErrorMessage } from '@/hooks/use-error-message';
import { usePlace } from '../api/get-place';
import { PlaceDetails } from '../components/place-details';
import { PlaceLifecycle } from '../components/place-lifecycle';
import { PlaceStatus } from '../components/place-status';
import { editPlacePath } from '../place-paths';
import '../components/places.css';

/** One place for its contractor or a consultant: what it offers, its status and what can be done next. */
export function PlaceRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation() as {
    pathname: string;
    state: { created?: boolean; saved?: boolean } | null;
  };
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const place = usePlace(id);
  // "Saved" is said once: not again after the next action, nor after a reload.
  const [notice, setNotice] = useState(
    location.state?.created ? 'created' : location.state?.saved ? 'saved' : null,
  );
  const hasState = location.state !== null;
  useEffect(() => {
    if (hasState) void navigate(location.pathname, { replace: true, state: null });
  }, [hasState, location.pathname, navigate]);

  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a kp-back-link" to={paths.places}>
          {t('places.detail.back')}
        </Link>
      </p>
      {place.isPending && <Loading />}
      {place.isError && (
        <>
          <PageTitle documentTitle={t('places.detail.notFound')}>{t('places.detail.notFound')}</PageTitle>
          <Alert type="error">
            <p className="utrecht-paragraph">{errorMessage(place.error)}</p>
          </Alert>
        </>
      )}
      {place.data && (
        <>
          <p className="utrecht-pre-heading kp-pre-heading">
            {t(`places.kinds.${place.data.kind}`)} · {place.data.contractor.name}
          </p>
          <PageTitle documentTitle={place.data.title}>{place.data.title}</PageTitle>
          <p className="utrecht-paragraph">
            {t('places.fields.status')}: <PlaceStatus status={place.data.status} />
          </p>
          {notice && (
            <Alert type="ok" role="status">
              <p className="utrecht-paragraph">{t(`places.detail.${notice}`)}</p>
            </Alert>
          )}
          <PlaceLifecycle
            place={place.data}
            editPath={editPlacePath(place.data.id)}
            onMoved={() => setNotice(null)}
          />
          <PlaceDetails place={place.data} />
          <PlaceMatching place={place.data} />
        </>
      )}
    </>
  );
}
