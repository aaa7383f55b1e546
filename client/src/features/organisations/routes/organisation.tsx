import { useTranslation } from 'react-i18next';
import { generatePath, Link, useParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button-link';
import { Loading } from '@/components/ui/loading';
import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/components/use-current-user';
import { useErrorMessage } from '@/hooks/use-error-message';
import { useOrganisation } from '../api/get-organisation';
import { DisplacementPanel } from '../components/displacement-panel';
import { OrganisationDetails } from '../components/organisation-details';
import { isCompany } from '../components/organisation-form-values';

export function OrganisationRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useCurrentUser();
  const errorMessage = useErrorMessage();
  const organisation = useOrganisation(id);
  // Consultants change companies only (the server checks the region as well).
  const canEdit = organisation.data && (me.role === 'admin' || isCompany(organisation.data.kind));

  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a kp-back-link" to={paths.organisations}>
          {t('organisations.detail.back')}
        </Link>
      </p>
      {organisation.isPending && <Loading />}
      {organisation.isError && (
        <>
          <PageTitle documentTitle={t('organisations.detail.title')}>
            {t('organisations.detail.title')}
          </PageTitle>
          <Alert type="error">
            <p className="utrecht-paragraph">{errorMessage(organisation.error)}</p>
          </Alert>
        </>
      )}
      {organisation.data && (
        <>
          <p className="utrecht-pre-heading kp-pre-heading">
            {t(`organisations.kinds.${organisation.data.kind}`)}
          </p>
          <PageTitle documentTitle={organisation.data.name}>{organisation.data.name}</PageTitle>
          <OrganisationDetails organisation={organisation.data} />
          {canEdit && (
            <p className="utrecht-paragraph">
              <ButtonLink to={generatePath(paths.editOrganisation, { id: organisation.data.id })}>
                {t('organisations.detail.edit')}
              </ButtonLink>
            </p>
          )}
          {organisation.data.kind === 'contractor' && <DisplacementPanel organisation={organisation.data} />}
        </>
      )}
    </>
  );
}
