import { useTranslation } from 'react-i18next';
import { generatePath, Link, useNavigate, useParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { useErrorMessage } from '@/hooks/use-error-message';
import { useEffort } from '../api/get-efforts';
import { EffortForm } from '../components/effort-form';

/** Correct a submitted effort (only while it waits for a decision; the API says when that is). */
export function EditEffortRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const effort = useEffort(id);
  const back = generatePath(paths.effort, { id });
  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a kp-back-link" to={back}>
          {t('efforts.form.backToEffort')}
        </Link>
      </p>
      <PageTitle documentTitle={t('efforts.form.editTitle')}>{t('efforts.form.editTitle')}</PageTitle>
      {effort.isPending && <Loading />}
      {effort.isError && (
        <Alert type="error">
          <p className="utrecht-paragraph">{errorMessage(effort.error)}</p>
        </Alert>
      )}
      {effort.data && !effort.data.allowedActions.includes('edit') && (
        <Alert type="info">
          <p className="utrecht-paragraph">{t('efforts.form.notEditable')}</p>
        </Alert>
      )}
      {effort.data?.allowedActions.includes('edit') && (
        <EffortForm effort={effort.data} onSaved={() => navigate(back)} />
      )}
    </>
  );
}
