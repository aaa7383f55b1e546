import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { useErrorMessage } from '@/hooks/use-error-message';
import { useRegion } from '../api/get-region';
import { RegionForm } from '../components/region-form';

export function EditRegionRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const errorMessage = useErrorMessage();
  const region = useRegion(id);
  const [saved, setSaved] = useState(false);

  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a kp-back-link" to={paths.regions}>
          {t('regions.form.back')}
        </Link>
      </p>
      <PageTitle documentTitle={region.data?.name ?? t('regions.form.editTitle')}>
        {region.data ? t('regions.form.editNamed', { name: region.data.name }) : t('regions.form.editTitle')}
      </PageTitle>
      <div role="status">
        {saved && (
          <Alert type="ok">
            <p className="utrecht-paragraph">{t('regions.form.saved')}</p>
          </Alert>
        )}
      </div>
      {region.isPending && <Loading />}
      {region.isError && (
        <Alert type="error">
          <p className="utrecht-paragraph">{errorMessage(region.error)}</p>
        </Alert>
      )}
      {region.data && <RegionForm region={region.data} onSaved={() => setSaved(true)} />}
    </>
  );
}
