import { ZAcceptInvite, type TSignInResult } from '@kansplek/api/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { useZodForm } from '@/hooks/use-zod-form';
import { useAcceptInvitation } from '../api/accept-invitation';

interface SetPasswordFormProps {
  token: string;
  email: string;
  onSuccess: (result: TSignInResult) => void;
}

export function SetPasswordForm({ token, email, onSuccess }: SetPasswordFormProps) {
  const { t } = useTranslation();
  const accept = useAcceptInvitation();
  const [showPassword, setShowPassword] = useState(false);
  const form = useZodForm({
    id: 'set-password',
    schema: ZAcceptInvite,
    initialValues: { token, password: '' },
    onSubmit: async (input) => onSuccess(await accept.mutateAsync(input)),
  });
  const labels = { password: t('setPassword.password') };

  return (
    <form className="utrecht-form kp-form" noValidate onSubmit={form.handleSubmit}>
      <ErrorSummary form={form} labels={labels} />
      {/* Lets password managers store the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        form={form}
        name="password"
        label={labels.password}
        type={showPassword ? 'text' : 'password'}
        autoComplete="new-password"
        description={t('setPassword.passwordHint')}
      />
      <div className="utrecht-form-field utrecht-form-field--checkbox kp-checkbox">
        <input
          id="set-password-show"
          type="checkbox"
          className="utrecht-checkbox utrecht-checkbox--html-input"
          checked={showPassword}
          onChange={(event) => setShowPassword(event.target.checked)}
        />
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor="set-password-show">
          {t('setPassword.showPassword')}
        </label>
      </div>
      <div className="utrecht-button-group">
        <Button type="submit" appearance="primary-action" busy={form.isSubmitting}>
          {form.isSubmitting ? t('setPassword.submitting') : t('setPassword.submit')}
        </Button>
      </div>
    </form>
  );
}
