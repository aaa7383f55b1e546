import type { TSignInResult } from '@kansplek/api/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { PageTitle } from '@/components/ui/page-title';
import { RETURN_TO_PARAM, safeReturnPath, secondFactorEnrolmentPath } from '@/config/paths';
import { useMe } from '../api/get-me';
import { isSignedIn } from '../api/sign-in-result';
import { LoginForm } from '../components/login-form';
import { SecondFactorForm } from '../components/second-factor-form';

export function LoginRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const returnTo = safeReturnPath(searchParams.get(RETURN_TO_PARAM));
  const [askCode, setAskCode] = useState(false);

  if (me.isPending) return <Loading />;
  if (me.data) return <Navigate to={returnTo} replace />;

  const afterPassword = (result: TSignInResult) => {
    if (isSignedIn(result)) navigate(returnTo, { replace: true });
    else if (result.next === 'second_factor') setAskCode(true);
    else navigate(secondFactorEnrolmentPath(returnTo), { replace: true });
  };

  return (
    <div className="kp-narrow">
      <PageTitle documentTitle={t('login.title')}>{t('login.title')}</PageTitle>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{t('login.intro')}</p>
      {askCode ? (
        <SecondFactorForm onSuccess={() => navigate(returnTo, { replace: true })} />
      ) : (
        <>
          <LoginForm onSuccess={afterPassword} />
          <p className="utrecht-paragraph kp-after-form">{t('login.noAccount')}</p>
        </>
      )}
    </div>
  );
}
