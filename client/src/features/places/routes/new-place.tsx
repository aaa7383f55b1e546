import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/components/use-current-user';
import { useCreatePlace } from '../api/create-place';
import { PlaceForm } from '../components/place-form';
import { placePath } from '../place-paths';

export function NewPlaceRoute() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const createPlace = useCreatePlace();

  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a kp-back-link" to={paths.places}>
          {t('places.detail.back')}
        </Link>
      </p>
      <PageTitle documentTitle={t('places.form.newTitle')}>{t('places.form.newTitle')}</PageTitle>
      <PlaceForm
        mode="create"
        chooseContractor={me.role === 'consultant'}
        cancelTo={paths.places}
        onSubmit={async (input) => {
          const place = await createPlace.mutateAsync(input);
          await navigate(placePath(place.id), { state: { created: true } });
        }}
      />
    </>
  );
}
