import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { PageTitle } from '@/components/ui/page-title';
import { RETURN_TO_PARAM, safeReturnPath } from '@/config/paths';
import { useMe } from '../api/get-me';
import { LoginForm } from '../components/login-form';

export function LoginRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const returnTo = safeReturnPath(searchParams.get(RETURN_TO_PARAM));

  if (me.isPending) return <Loading />;
  if (me.data) return <Navigate to={returnTo} replace />;

  return (
    <div className="kp-narrow">
      <PageTitle documentTitle={t('login.title')}>{t('login.title')}</PageTitle>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{t('login.intro')}</p>
      <LoginForm onSuccess={() => navigate(returnTo, { replace: true })} />
      <p className="utrecht-paragraph kp-after-form">{t('login.noAccount')}</p>
    </div>
  );
}
