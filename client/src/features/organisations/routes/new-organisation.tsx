import { useTranslation } from 'react-i18next';
import { generatePath, Link, useNavigate } from 'react-router';
import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { OrganisationForm } from '../components/organisation-form';

export function NewOrganisationRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a kp-back-link" to={paths.organisations}>
          {t('organisations.detail.back')}
        </Link>
      </p>
      <PageTitle documentTitle={t('organisations.form.newTitle')}>
        {t('organisations.form.newTitle')}
      </PageTitle>
      <OrganisationForm
        onSaved={(organisation) => navigate(generatePath(paths.organisation, { id: organisation.id }))}
      />
    </>
  );
}
