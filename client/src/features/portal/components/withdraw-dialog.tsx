import { ZExitReason, type TExitReason } from '@kansplek/api/contract';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SelectField } from '@/components/ui/select-field';
import { TextAreaField } from '@/components/ui/text-area-field';
import { useZodForm } from '@/hooks/use-zod-form';

/** The reasons a candidate can have for withdrawing, told from their side (the rest are the others'). */
export const CANDIDATE_WITHDRAW_REASONS = [
  'not_interested',
  'found_other_work',
  'not_available',
  'too_far',
  'hours_mismatch',
  'personal_circumstances',
  'other',
] as const satisfies readonly TExitReason[];

// The rule of ZTransitionMatch: a reason always, a note when the reason is "other".
const ZWithdrawForm = z
  .object({ reason: ZExitReason, note: z.string().trim().max(1000) })
  .superRefine((v, ctx) => {
    if (v.reason === 'other' && !v.note)
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'required' });
  });

interface WithdrawDialogProps {
  /** The place's title, in the button and the dialog's title. */
  title: string;
  /** Sends the withdrawal; a thrown API error is shown in the dialog, keeping what was chosen. */
  onWithdraw: (values: { reason: TExitReason; note: string }) => Promise<unknown>;
}

/** "Trek mijn interesse in", confirmed in a modal <dialog> with the candidate's reason. */
export function WithdrawDialog({ title, onWithdraw }: WithdrawDialogProps) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const formId = useId();
  const form = useZodForm({
    id: `withdraw-${formId.replace(/:/g, '')}`,
    schema: ZWithdrawForm,
    initialValues: { reason: '', note: '' },
    resetAfterSuccess: true,
    onSubmit: async (values) => {
      await onWithdraw(values);
      dialogRef.current?.close();
    },
  });
  const labels = { reason: t('portal.withdraw.reason'), note: t('portal.withdraw.note') };

  return (
    <>
      <Button onClick={() => dialogRef.current?.showModal()}>
        {t('portal.withdraw.button')}
        <span className="kp-visually-hidden"> – {title}</span>
      </Button>
      <dialog ref={dialogRef} className="kp-dialog" aria-labelledby={headingId}>
        <form className="kp-form" noValidate onSubmit={form.handleSubmit}>
          <h2 className="utrecht-heading-2" id={headingId}>
            {t('portal.withdraw.title', { title })}
          </h2>
          <p className="utrecht-paragraph">{t('portal.withdraw.intro')}</p>
          <ErrorSummary form={form} labels={labels} />
          <SelectField form={form} name="reason" label={labels.reason}>
            <option value="">{t('portal.withdraw.chooseReason')}</option>
            {CANDIDATE_WITHDRAW_REASONS.map((reason) => (
              <option key={reason} value={reason}>
                {t(`portal.withdraw.reasons.${reason}`)}
              </option>
            ))}
          </SelectField>
          <TextAreaField
            form={form}
            name="note"
            label={labels.note}
            description={t('portal.withdraw.noteHint')}
            rows={3}
          />
          <div className="utrecht-button-group">
            <Button type="submit" appearance="primary-action" busy={form.isSubmitting}>
              {t('portal.withdraw.confirm')}
            </Button>
            <Button appearance="subtle" onClick={() => dialogRef.current?.close()}>
              {t('portal.withdraw.cancel')}
            </Button>
          </div>
        </form>
      </dialog>
    </>
  );
}
