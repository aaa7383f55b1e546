import { useTranslation } from 'react-i18next';
import { generatePath, Link, useNavigate, useParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { useErrorMessage } from '@/hooks/use-error-message';
import { useOrganisation } from '../api/get-organisation';
import { OrganisationForm } from '../components/organisation-form';

export function EditOrganisationRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const organisation = useOrganisation(id);
  const detailPath = generatePath(paths.organisation, { id });

  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a kp-back-link" to={detailPath}>
          {t('organisations.form.backToOrganisation')}
        </Link>
      </p>
      <PageTitle documentTitle={t('organisations.form.editTitle')}>
        {t('organisations.form.editTitle')}
      </PageTitle>
      {organisation.isPending && <Loading />}
      {organisation.isError && (
        <Alert type="error">
          <p className="utrecht-paragraph">{errorMessage(organisation.error)}</p>
        </Alert>
      )}
      {organisation.data && (
        // After a colleague's save (409) the refetched organisation brings the new version; what was typed stays.
        <OrganisationForm organisation={organisation.data} onSaved={() => navigate(detailPath)} />
      )}
    </>
  );
}
