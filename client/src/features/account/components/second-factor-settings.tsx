import { ZAuthenticatorCode, ZSecondFactorCode, type TMe } from '@kansplek/api/contract';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { meQueryKey } from '@/features/auth/api/get-me';
import { RecoveryCodes } from '@/features/auth/components/recovery-codes';
import { SecondFactorEnrolment } from '@/features/auth/components/second-factor-enrolment';
import { useRenewRecoveryCodes, useTurnOffSecondFactor } from '../api/second-factor-settings';
import { CodeConfirmForm } from './code-confirm-form';

/**
 * Two-step verification on the account page: anyone may set it up; with it on, new recovery codes;
 * contractors and candidates may turn it off again (staff must keep it).
 */
export function SecondFactorSettings({ me }: { me: TMe }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const renew = useRenewRecoveryCodes();
  const turnOff = useTurnOffSecondFactor();
  const [enrolling, setEnrolling] = useState(false);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [turnedOff, setTurnedOff] = useState(false);
  const { enrolled, required, recoveryCodesLeft } = me.secondFactor;

  return (
    <section aria-labelledby="second-factor-title">
      <h2 className="utrecht-heading-2" id="second-factor-title">
        {t('secondFactor.settingsTitle')}
      </h2>
      <div role="status">
        {turnedOff && !enrolled && (
          <Alert type="ok">
            <p className="utrecht-paragraph">{t('secondFactor.turnedOff')}</p>
          </Alert>
        )}
      </div>
      {recoveryCodes && <RecoveryCodes codes={recoveryCodes} />}
      {enrolled ? (
        <>
          <p className="utrecht-paragraph">{t('secondFactor.statusOn', { count: recoveryCodesLeft })}</p>
          <CodeConfirmForm
            id="renew-recovery-codes"
            title={t('secondFactor.newCodesTitle')}
            intro={t('secondFactor.newCodesIntro')}
            submitLabel={t('secondFactor.newCodes')}
            schema={ZAuthenticatorCode}
            onSubmit={async (code) => setRecoveryCodes((await renew.mutateAsync(code)).recoveryCodes)}
          />
          {!required && (
            <CodeConfirmForm
              id="turn-off-second-factor"
              title={t('secondFactor.turnOffTitle')}
              intro={t('secondFactor.turnOffIntro')}
              submitLabel={t('secondFactor.turnOff')}
              schema={ZSecondFactorCode}
              onSubmit={async (code) => {
                await turnOff.mutateAsync(code);
                setRecoveryCodes(null);
                setTurnedOff(true);
              }}
            />
          )}
        </>
      ) : (
        <>
          <p className="utrecht-paragraph">{t('secondFactor.statusOff')}</p>
          {enrolling ? (
            <SecondFactorEnrolment
              onConfirmed={(result) => {
                queryClient.setQueryData(meQueryKey, result.me);
                setRecoveryCodes(result.recoveryCodes);
                setEnrolling(false);
                setTurnedOff(false);
              }}
            />
          ) : (
            <Button appearance="primary-action" onClick={() => setEnrolling(true)}>
              {t('secondFactor.setUp')}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
