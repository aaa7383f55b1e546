import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextAreaField } from '@/components/ui/text-area-field';
import { useZodForm } from '@/hooks/use-zod-form';

const ZDeclineForm = z.object({ note: z.string().trim().max(1000) });

interface DeclineIntroductionDialogProps {
  /** The place's title, in the buttons and the dialog's title. */
  title: string;
  /** Sends the "no"; a thrown API error is shown in the dialog, keeping the note. */
  onDecline: (note: string) => Promise<unknown>;
}

/**
 * "Nee" to an introduction, confirmed in a modal <dialog> with an optional note to the consultant.
 * Escape closes it and focus returns to the "Nee" button.
 */
export function DeclineIntroductionDialog({ title, onDecline }: DeclineIntroductionDialogProps) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const formId = useId();
  const form = useZodForm({
    id: `decline-${formId.replace(/:/g, '')}`,
    schema: ZDeclineForm,
    initialValues: { note: '' },
    resetAfterSuccess: true,
    onSubmit: async ({ note }) => {
      await onDecline(note);
      dialogRef.current?.close();
    },
  });
  const labels = { note: t('portal.decline.note') };

  return (
    <>
      <Button onClick={() => dialogRef.current?.showModal()}>
        {t('portal.waiting.no')}
        <span className="kp-visually-hidden"> – {title}</span>
      </Button>
      <dialog ref={dialogRef} className="kp-dialog" aria-labelledby={headingId}>
        <form className="kp-form" noValidate onSubmit={form.handleSubmit}>
          <h2 className="utrecht-heading-2" id={headingId}>
            {t('portal.decline.title', { title })}
          </h2>
          <p className="utrecht-paragraph">{t('portal.decline.intro')}</p>
          <ErrorSummary form={form} labels={labels} />
          <TextAreaField form={form} name="note" label={labels.note} rows={3} />
          <div className="utrecht-button-group">
            <Button type="submit" appearance="primary-action" busy={form.isSubmitting}>
              {t('portal.decline.confirm')}
            </Button>
            <Button appearance="subtle" onClick={() => dialogRef.current?.close()}>
              {t('portal.decline.cancel')}
            </Button>
          </div>
        </form>
      </dialog>
    </>
  );
}
