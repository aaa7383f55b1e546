import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { useZodForm } from '@/hooks/use-zod-form';

interface CodeConfirmFormProps {
  id: string;
  title: string;
  intro: string;
  submitLabel: string;
  schema: z.ZodType<{ code: string }>;
  onSubmit: (code: string) => Promise<unknown>;
}

/** A change to the second factor, confirmed with a code (the account is signed in, but the phone must be there). */
export function CodeConfirmForm({ id, title, intro, submitLabel, schema, onSubmit }: CodeConfirmFormProps) {
  const { t } = useTranslation();
  const form = useZodForm({
    id,
    schema,
    initialValues: { code: '' },
    onSubmit: ({ code }) => onSubmit(code),
    resetAfterSuccess: true,
  });
  const labels = { code: t('secondFactor.codeLabel') };

  return (
    <form className="utrecht-form kp-form" noValidate onSubmit={form.handleSubmit}>
      <h3 className="utrecht-heading-3">{title}</h3>
      <p className="utrecht-paragraph">{intro}</p>
      <ErrorSummary form={form} labels={labels} />
      <TextField
        form={form}
        name="code"
        label={labels.code}
        autoComplete="one-time-code"
        spellCheck={false}
      />
      <div className="utrecht-button-group">
        <Button type="submit" busy={form.isSubmitting}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
