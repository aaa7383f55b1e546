import type { TEnrolmentConfirmed } from '@kansplek/api/contract';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ButtonLink } from '@/components/ui/button-link';
import { PageTitle } from '@/components/ui/page-title';
import { RETURN_TO_PARAM, safeReturnPath } from '@/config/paths';
import { startSession } from '../api/start-session';
import { RecoveryCodes } from '../components/recovery-codes';
import { SecondFactorEnrolment } from '../components/second-factor-enrolment';

/**
 * Staff who sign in without a second factor come here after their password (the session is not
 * signed in yet): set one up, note the recovery codes, then go on.
 */
export function SecondFactorEnrolmentRoute() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [searchParams] = useSearchParams();
  const returnTo = safeReturnPath(searchParams.get(RETURN_TO_PARAM));
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);

  const confirmed = async ({ me, recoveryCodes: codes }: TEnrolmentConfirmed) => {
    setRecoveryCodes(codes);
    await startSession(queryClient, me);
  };

  return (
    <div className="kp-narrow">
      <PageTitle documentTitle={t('secondFactor.enrolTitle')}>{t('secondFactor.enrolTitle')}</PageTitle>
      {recoveryCodes ? (
        <>
          <RecoveryCodes codes={recoveryCodes} />
          <p className="utrecht-paragraph">
            <ButtonLink to={returnTo} appearance="primary-action">
              {t('secondFactor.continue')}
            </ButtonLink>
          </p>
        </>
      ) : (
        <>
          <p className="utrecht-paragraph utrecht-paragraph--lead">{t('secondFactor.enrolIntro')}</p>
          <SecondFactorEnrolment onConfirmed={(result) => void confirmed(result)} />
        </>
      )}
    </div>
  );
}
