import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { CandidateForm } from '../components/candidate-form';
import { candidatePath } from '../paths';
import '../candidates.css';

export function NewCandidateRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a kp-back-link" to={paths.candidates}>
          {t('candidates.backToList')}
        </Link>
      </p>
      <PageTitle documentTitle={t('candidates.create.title')}>{t('candidates.create.title')}</PageTitle>
      <p className="utrecht-paragraph">{t('candidates.create.intro')}</p>
      <CandidateForm onSaved={(saved) => navigate(candidatePath(saved.id), { state: { saved: true } })} />
    </>
  );
}
