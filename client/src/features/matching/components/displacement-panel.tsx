import { ZConfirmDisplacement, type TPlace } from '@kansplek/api/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextAreaField } from '@/components/ui/text-area-field';
import { useZodForm } from '@/hooks/use-zod-form';
import { formatDateTime } from '@/lib/format';
import { useConfirmDisplacement } from '../api/confirm-displacement';

// The contract's rule for the note (at least 10 characters), without the version the form does not show.
const ZConfirmForm = ZConfirmDisplacement.pick({ note: true });

/**
 * Verdringing: at a contractor that recently laid people off, a consultant first confirms that the
 * place is additional work; until then nobody is proposed.
 */
export function DisplacementPanel({ place }: { place: TPlace }) {
  const { t, i18n } = useTranslation();
  const confirm = useConfirmDisplacement(place.id);
  const [done, setDone] = useState(false);
  const form = useZodForm({
    id: 'displacement',
    schema: ZConfirmForm,
    initialValues: { note: '' },
    onSubmit: async ({ note }) => {
      await confirm.mutateAsync({ version: place.version, note });
      setDone(true);
    },
  });
  const confirmation = place.displacement.confirmation;
  const labels = { note: t('matching.displacement.note') };

  return (
    <section aria-labelledby="matching-displacement" className="kp-matching-subsection">
      <h3 className="utrecht-heading-3" id="matching-displacement">
        {t('matching.displacement.title')}
      </h3>
      <div role="status">
        {done && (
          <Alert type="ok">
            <p className="utrecht-paragraph">{t('matching.displacement.done')}</p>
          </Alert>
        )}
      </div>
      {confirmation ? (
        <p className="utrecht-paragraph">
          {t('matching.displacement.confirmed', {
            name: confirmation.by.name,
            date: formatDateTime(confirmation.at, i18n.language),
            note: confirmation.note,
          })}
        </p>
      ) : (
        <Alert type="warning">
          <p className="utrecht-paragraph">{t('matching.displacement.flagged')}</p>
          <form className="kp-form" noValidate onSubmit={form.handleSubmit}>
            <ErrorSummary form={form} labels={labels} />
            <TextAreaField
              form={form}
              name="note"
              label={labels.note}
              description={t('matching.displacement.noteHint')}
              rows={3}
            />
            <Button type="submit" appearance="primary-action" busy={form.isSubmitting}>
              {t('matching.displacement.confirm')}
            </Button>
          </form>
        </Alert>
      )}
    </section>
  );
}
