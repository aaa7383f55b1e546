import { ZSecondFactorCode, type TMe } from '@kansplek/api/contract';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { useZodForm } from '@/hooks/use-zod-form';
import { useVerifySecondFactor } from '../api/verify-second-factor';

/** The second step of signing in: the code the authenticator app shows, or a recovery code. */
export function SecondFactorForm({ onSuccess }: { onSuccess: (me: TMe) => void }) {
  const { t } = useTranslation();
  const verify = useVerifySecondFactor();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const form = useZodForm({
    id: 'second-factor',
    schema: ZSecondFactorCode,
    initialValues: { code: '' },
    onSubmit: async (input) => onSuccess(await verify.mutateAsync(input)),
  });
  const labels = { code: t('secondFactor.codeLabel') };

  // The form replaces the password form on the same page: say so by moving there.
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <form className="utrecht-form kp-form" noValidate onSubmit={form.handleSubmit}>
      <h2 className="utrecht-heading-2" ref={headingRef} tabIndex={-1}>
        {t('secondFactor.stepTitle')}
      </h2>
      <p className="utrecht-paragraph">{t('secondFactor.stepIntro')}</p>
      <ErrorSummary form={form} labels={labels} />
      <TextField
        form={form}
        name="code"
        label={labels.code}
        description={t('secondFactor.codeHint')}
        autoComplete="one-time-code"
        spellCheck={false}
        autoCapitalize="none"
      />
      <div className="utrecht-button-group">
        <Button type="submit" appearance="primary-action" busy={form.isSubmitting}>
          {form.isSubmitting ? t('secondFactor.verifying') : t('secondFactor.verify')}
        </Button>
      </div>
    </form>
  );
}
