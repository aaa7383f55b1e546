import { DISMISS_REASONS, ZDismissReason, type TDismissReason } from '@kansplek/api/contract';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SelectField } from '@/components/ui/select-field';
import { TextAreaField } from '@/components/ui/text-area-field';
import { useZodForm } from '@/hooks/use-zod-form';

// The rule of ZCreateMatch and ZDismissMatch: a reason always, a note when the reason is "other".
const ZDismissForm = z
  .object({ reason: ZDismissReason, note: z.string().trim().max(1000) })
  .superRefine((v, ctx) => {
    if (v.reason === 'other' && !v.note)
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'required' });
  });

export interface DismissValues {
  reason: TDismissReason;
  note: string;
}

interface DismissDialogProps {
  /** The candidate's name, in the button and the dialog's title. */
  name: string;
  /** Sends the dismissal; a thrown API error is shown in the dialog, keeping what was chosen. */
  onDismiss: (values: DismissValues) => Promise<unknown>;
}

/**
 * "Afwijzen" with a reason: a modal <dialog> keeps focus inside, closes with Escape and gives focus
 * back to the button; problems are listed in a summary that takes focus and names each field.
 */
export function DismissDialog({ name, onDismiss }: DismissDialogProps) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const formId = useId();
  const form = useZodForm({
    id: `dismiss-${formId.replace(/:/g, '')}`,
    schema: ZDismissForm,
    initialValues: { reason: '', note: '' },
    resetAfterSuccess: true,
    onSubmit: async (values) => {
      await onDismiss(values);
      dialogRef.current?.close();
    },
  });
  const labels = { reason: t('matching.dismiss.reason'), note: t('matching.dismiss.note') };

  return (
    <>
      <Button onClick={() => dialogRef.current?.showModal()}>
        {t('matching.proposals.dismiss')}
        <span className="kp-visually-hidden"> {name}</span>
      </Button>
      <dialog ref={dialogRef} className="kp-dialog" aria-labelledby={headingId}>
        <form className="kp-form" noValidate onSubmit={form.handleSubmit}>
          <h2 className="utrecht-heading-2" id={headingId}>
            {t('matching.dismiss.title', { name })}
          </h2>
          <p className="utrecht-paragraph">{t('matching.dismiss.intro', { name })}</p>
          <ErrorSummary form={form} labels={labels} />
          <SelectField form={form} name="reason" label={labels.reason}>
            <option value="">{t('matching.dismiss.chooseReason')}</option>
            {DISMISS_REASONS.map((reason) => (
              <option key={reason} value={reason}>
                {t(`matching.dismissReasons.${reason}`)}
              </option>
            ))}
          </SelectField>
          <TextAreaField
            form={form}
            name="note"
            label={labels.note}
            description={t('matching.dismiss.noteHint')}
            rows={3}
          />
          <div className="utrecht-button-group">
            <Button type="submit" appearance="primary-action" busy={form.isSubmitting}>
              {t('matching.dismiss.confirm')}
              <span className="kp-visually-hidden"> {name}</span>
            </Button>
            <Button appearance="subtle" onClick={() => dialogRef.current?.close()}>
              {t('matching.dismiss.cancel')}
            </Button>
          </div>
        </form>
      </dialog>
    </>
  );
}
