import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { PageTitle } from '@/components/ui/page-title';
import { useErrorMessage } from '@/hooks/use-error-message';
import { useCandidate } from '../api/get-candidate';
import { CandidateForm } from '../components/candidate-form';
import { candidatePath } from '../paths';
import '../candidates.css';

export function EditCandidateRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const candidate = useCandidate(id);
  const name = candidate.data ? `${candidate.data.firstName} ${candidate.data.lastName}` : '';

  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a kp-back-link" to={candidatePath(id)}>
          {t('candidates.backToCandidate')}
        </Link>
      </p>
      <PageTitle documentTitle={t('candidates.edit.title', { name })}>
        {t('candidates.edit.title', { name })}
      </PageTitle>
      {candidate.isPending && <Loading />}
      {candidate.isError && (
        <Alert type="error">
          <p className="utrecht-paragraph">{errorMessage(candidate.error)}</p>
        </Alert>
      )}
      {candidate.data && (
        <CandidateForm
          candidate={candidate.data}
          onSaved={(saved) => navigate(candidatePath(saved.id), { state: { saved: true } })}
        />
      )}
    </>
  );
}
