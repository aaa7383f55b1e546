import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { RegionForm } from '../components/region-form';

export function NewRegionRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a kp-back-link" to={paths.regions}>
          {t('regions.form.back')}
        </Link>
      </p>
      <PageTitle documentTitle={t('regions.form.newTitle')}>{t('regions.form.newTitle')}</PageTitle>
      <p className="utrecht-paragraph">{t('regions.form.newIntro')}</p>
      <RegionForm onSaved={() => navigate(paths.regions)} />
    </>
  );
}
