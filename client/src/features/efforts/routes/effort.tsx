import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { useErrorMessage } from '@/hooks/use-error-message';
import { useEffort } from '../api/get-efforts';
import { EffortActions } from '../components/effort-actions';
import { EffortDetails } from '../components/effort-details';
import { EvidenceUpload } from '../components/evidence-upload';

/** One effort: what was done and its evidence, the decision, and what the caller may do now. */
export function EffortRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const errorMessage = useErrorMessage();
  const effort = useEffort(id);

  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a kp-back-link" to={paths.efforts}>
          {t('efforts.detail.back')}
        </Link>
      </p>
      {effort.isPending && <Loading />}
      {effort.isError && (
        <>
          <PageTitle documentTitle={t('efforts.detail.title')}>{t('efforts.detail.title')}</PageTitle>
          <Alert type="error">
            <p className="utrecht-paragraph">{errorMessage(effort.error)}</p>
          </Alert>
        </>
      )}
      {effort.data && (
        <>
          <p className="utrecht-pre-heading kp-pre-heading">{t(`efforts.kinds.${effort.data.kind}`)}</p>
          <PageTitle documentTitle={effort.data.description}>{effort.data.description}</PageTitle>
          <EffortDetails effort={effort.data} />
          {effort.data.allowedActions.includes('edit') && <EvidenceUpload effort={effort.data} />}
          <EffortActions effort={effort.data} />
        </>
      )}
    </>
  );
}
