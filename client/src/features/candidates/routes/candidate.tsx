import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button-link';
import { Loading } from '@/components/ui/loading';
import { PageTitle } from '@/components/ui/page-title';
import { paths, placeSearchFromCandidatePath } from '@/config/paths';
import { CandidateRecommendations } from '@/features/matching/components/candidate-recommendations';
import { useErrorMessage } from '@/hooks/use-error-message';
import { useCandidate } from '../api/get-candidate';
import { AccountPanel } from '../components/account-panel';
import { CandidateDetails } from '../components/candidate-details';
import { ConsentPanel } from '../components/consent-panel';
import { EraseCandidate } from '../components/erase-dialog';
import { ExportButton } from '../components/export-button';
import { SensitiveDetails } from '../components/sensitive-details';
import { editCandidatePath } from '../paths';
import '../candidates.css';

export function CandidateRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { state } = useLocation() as { state: { saved?: boolean } | null };
  const errorMessage = useErrorMessage();
  const candidate = useCandidate(id);
  const data = candidate.data;
  const name = data ? `${data.firstName} ${data.lastName}` : t('candidates.detail.title');

  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a kp-back-link" to={paths.candidates}>
          {t('candidates.backToList')}
        </Link>
      </p>
      <PageTitle documentTitle={name}>{name}</PageTitle>
      {candidate.isPending && <Loading />}
      {candidate.isError && (
        <Alert type="error">
          <p className="utrecht-paragraph">{errorMessage(candidate.error)}</p>
        </Alert>
      )}
      {data && (
        <>
          <div role="status">
            {state?.saved && (
              <Alert type="ok">
                <p className="utrecht-paragraph">{t('candidates.detail.saved')}</p>
              </Alert>
            )}
          </div>
          <div className="utrecht-button-group kp-inline-actions">
            <ButtonLink to={editCandidatePath(data.id)} appearance="primary-action">
              {t('candidates.detail.edit')}
            </ButtonLink>
            <ButtonLink to={placeSearchFromCandidatePath(data.id)}>
              {t('candidates.detail.searchPlaces')}
            </ButtonLink>
            <ExportButton candidateId={data.id} />
            <EraseCandidate
              candidate={data}
              onErased={() => navigate(paths.candidates, { state: { erased: name } })}
            />
          </div>
          <CandidateDetails candidate={data} />
          <SensitiveDetails sensitive={data.sensitive} />
          <CandidateRecommendations candidateId={data.id} />
          <ConsentPanel candidate={data} />
          <AccountPanel candidate={data} />
        </>
      )}
    </>
  );
}
