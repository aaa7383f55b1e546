import {
  MAIL_DELIVERIES,
  ZMailDelivery,
  type TMailPreferences,
  type TMailTopic,
} from '@kansplek/api/contract';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { RadioGroupField } from '@/components/ui/radio-group-field';
import { useZodForm } from '@/hooks/use-zod-form';
import { useUpdateMailPreferences } from '../api/mail-preferences';

/** Per topic of the user's role: an e-mail at once, the daily summary, or none (one fieldset each). */
export function MailPreferencesForm({ preferences }: { preferences: TMailPreferences }) {
  const { t } = useTranslation();
  const update = useUpdateMailPreferences();
  const [saved, setSaved] = useState(false);
  const topics = preferences.topics.map((entry) => entry.topic);
  // The role's own topics, each one delivery; sent as { topics: { … } }.
  const schema = useMemo(
    () =>
      z
        .object(
          Object.fromEntries(topics.map((topic) => [topic, ZMailDelivery])) as Record<
            TMailTopic,
            typeof ZMailDelivery
          >,
        )
        .transform((values) => ({ topics: values })),
    // The topics follow the role, which does not change on this page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [topics.join()],
  );
  const form = useZodForm({
    id: 'mail-preferences',
    schema,
    initialValues: Object.fromEntries(preferences.topics.map((e) => [e.topic, e.delivery])) as Record<
      TMailTopic,
      string
    >,
    onSubmit: async (changes) => {
      setSaved(false);
      await update.mutateAsync(changes);
      setSaved(true);
    },
  });
  const labels = Object.fromEntries(
    topics.map((topic) => [topic, t(`mailPreferences.topics.${topic}.label`)]),
  );

  return (
    <form className="utrecht-form kp-form" noValidate onSubmit={form.handleSubmit}>
      <ErrorSummary form={form} labels={labels} />
      <div role="status">
        {saved && (
          <Alert type="ok">
            <p className="utrecht-paragraph">{t('mailPreferences.saved')}</p>
          </Alert>
        )}
      </div>
      {preferences.topics.map(({ topic, defaultDelivery }) => (
        <RadioGroupField
          key={topic}
          form={form}
          name={topic}
          legend={labels[topic]!}
          description={
            <p className="utrecht-paragraph">{t(`mailPreferences.topics.${topic}.description`)}</p>
          }
          options={MAIL_DELIVERIES.map((delivery) => {
            const label = t(`mailPreferences.deliveries.${delivery}`);
            return {
              value: delivery,
              label:
                delivery === defaultDelivery ? t('mailPreferences.defaultChoice', { choice: label }) : label,
            };
          })}
        />
      ))}
      <div className="utrecht-button-group">
        <Button type="submit" appearance="primary-action" busy={form.isSubmitting}>
          {t('mailPreferences.save')}
        </Button>
      </div>
    </form>
  );
}
