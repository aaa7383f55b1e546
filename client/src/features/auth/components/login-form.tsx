import { ZLogin, type TSignInResult } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { useZodForm } from '@/hooks/use-zod-form';
import { useLogin } from '../api/login';

/** The password step; `onSuccess` gets the signed-in user or the step still to take. */
export function LoginForm({ onSuccess }: { onSuccess: (result: TSignInResult) => void }) {
  const { t } = useTranslation();
  const login = useLogin();
  const form = useZodForm({
    id: 'login',
    schema: ZLogin,
    initialValues: { email: '', password: '' },
    onSubmit: async (credentials) => onSuccess(await login.mutateAsync(credentials)),
  });
  const labels = { email: t('fields.email'), password: t('fields.password') };

  return (
    <form className="utrecht-form kp-form" noValidate onSubmit={form.handleSubmit}>
      <ErrorSummary form={form} labels={labels} />
      <TextField
        form={form}
        name="email"
        label={labels.email}
        type="email"
        autoComplete="username"
        spellCheck={false}
        autoCapitalize="none"
      />
      <TextField
        form={form}
        name="password"
        label={labels.password}
        type="password"
        autoComplete="current-password"
      />
      <div className="utrecht-button-group">
        <Button type="submit" appearance="primary-action" busy={form.isSubmitting}>
          {form.isSubmitting ? t('login.submitting') : t('login.submit')}
        </Button>
      </div>
    </form>
  );
}
