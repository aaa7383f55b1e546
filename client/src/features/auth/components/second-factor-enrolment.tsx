import { ZAuthenticatorCode, type TEnrolmentConfirmed } from '@kansplek/api/contract';
import { QRCodeSVG } from 'qrcode.react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Loading } from '@/components/ui/loading';
import { TextField } from '@/components/ui/text-field';
import { useErrorMessage } from '@/hooks/use-error-message';
import { useZodForm } from '@/hooks/use-zod-form';
import { useConfirmEnrolment, useEnrolmentSecret } from '../api/enrol-second-factor';

/** The secret in groups of four, easier to read and type: "KANS PLEK …". */
const grouped = (secret: string) => secret.replace(/(.{4})(?=.)/g, '$1 ');

/**
 * Setting up an authenticator app: scan the QR code, or type the key (for those who cannot scan),
 * then confirm with the code the app shows.
 */
export function SecondFactorEnrolment({
  onConfirmed,
}: {
  onConfirmed: (result: TEnrolmentConfirmed) => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const enrolment = useEnrolmentSecret();
  const confirm = useConfirmEnrolment();
  const form = useZodForm({
    id: 'enrol-second-factor',
    schema: ZAuthenticatorCode,
    initialValues: { code: '' },
    onSubmit: async ({ code }) => onConfirmed(await confirm.mutateAsync(code)),
  });
  const labels = { code: t('secondFactor.confirmLabel') };

  if (enrolment.isPending) return <Loading />;
  if (enrolment.isError) {
    return (
      <Alert type="error">
        <p className="utrecht-paragraph">{errorMessage(enrolment.error)}</p>
      </Alert>
    );
  }
  const { secret, otpauthUri } = enrolment.data;

  return (
    <div className="kp-enrolment">
      <ol className="utrecht-ordered-list">
        <li className="utrecht-ordered-list__item">{t('secondFactor.stepInstall')}</li>
        <li className="utrecht-ordered-list__item">
          {t('secondFactor.stepScan')}
          <div className="kp-qr">
            <QRCodeSVG
              value={otpauthUri}
              size={192}
              marginSize={4}
              title={t('secondFactor.qrTitle')}
              role="img"
            />
          </div>
          <p className="utrecht-paragraph">{t('secondFactor.manualKey')}</p>
          <p className="utrecht-paragraph">
            {t('secondFactor.keyLabel')}: <code className="kp-secret">{grouped(secret)}</code>
          </p>
        </li>
        <li className="utrecht-ordered-list__item">{t('secondFactor.stepConfirm')}</li>
      </ol>
      <form className="utrecht-form kp-form" noValidate onSubmit={form.handleSubmit}>
        <ErrorSummary form={form} labels={labels} />
        <TextField
          form={form}
          name="code"
          label={labels.code}
          inputMode="numeric"
          autoComplete="one-time-code"
          spellCheck={false}
        />
        <div className="utrecht-button-group">
          <Button type="submit" appearance="primary-action" busy={form.isSubmitting}>
            {t('secondFactor.confirm')}
          </Button>
        </div>
      </form>
    </div>
  );
}
