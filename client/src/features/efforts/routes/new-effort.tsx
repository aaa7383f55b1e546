import { useTranslation } from 'react-i18next';
import { generatePath, Link, useNavigate, useSearchParams } from 'react-router';
import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/components/use-current-user';
import { Forbidden } from '@/features/misc/routes/forbidden';
import { EffortForm } from '../components/effort-form';

/** Submit an effort; from a contract's page the contract is chosen already (`?opdracht=`). */
export function NewEffortRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const [searchParams] = useSearchParams();
  if (me.role !== 'contractor' && me.role !== 'consultant') return <Forbidden />;
  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a kp-back-link" to={paths.efforts}>
          {t('efforts.detail.back')}
        </Link>
      </p>
      <PageTitle documentTitle={t('efforts.form.newTitle')}>{t('efforts.form.newTitle')}</PageTitle>
      <p className="utrecht-paragraph">{t('efforts.form.newIntro')}</p>
      <EffortForm
        contractId={searchParams.get('opdracht') ?? undefined}
        onSaved={(effort) => navigate(generatePath(paths.effort, { id: effort.id }))}
      />
    </>
  );
}
