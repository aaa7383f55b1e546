import { LOCALES, ZUpdateMe, type TMe } from '@kansplek/api/contract';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { useZodForm } from '@/hooks/use-zod-form';
import { changeLocale } from '@/i18n';
import { useUpdateMe } from '../api/update-me';

export function AccountForm({ me }: { me: TMe }) {
  const { t } = useTranslation();
  const updateMe = useUpdateMe();
  const [saved, setSaved] = useState(false);
  const form = useZodForm({
    id: 'account',
    schema: ZUpdateMe,
    initialValues: { name: me.name, locale: me.locale },
    onSubmit: async (changes) => {
      setSaved(false);
      const updated = await updateMe.mutateAsync(changes);
      await changeLocale(updated.locale);
      setSaved(true);
    },
  });
  const { setValue } = form;

  // The header's language switch also changes the account; keep the select in step, and the name as typed.
  useEffect(() => setValue('locale', me.locale), [me.locale, setValue]);

  const labels = { name: t('fields.name'), locale: t('fields.locale') };

  return (
    <form className="utrecht-form kp-form" noValidate onSubmit={form.handleSubmit}>
      <ErrorSummary form={form} labels={labels} />
      <div role="status">
        {saved && (
          <Alert type="ok">
            <p className="utrecht-paragraph">{t('account.saved')}</p>
          </Alert>
        )}
      </div>
      <TextField form={form} name="name" label={labels.name} autoComplete="name" />
      <SelectField form={form} name="locale" label={labels.locale}>
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {t(`language.names.${locale}`)}
          </option>
        ))}
      </SelectField>
      <div className="utrecht-button-group">
        <Button type="submit" appearance="primary-action" busy={form.isSubmitting}>
          {t('common.save')}
        </Button>
      </div>
    </form>
  );
}
