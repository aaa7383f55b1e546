import { EXIT_REASONS, ZTransitionMatch, type TMatch, type TTransitionMatch } from '@kansplek/api/contract';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { TextAreaField } from '@/components/ui/text-area-field';
import { useTransitionMatch } from '../api/transition-match';
import { FormProblems } from './form-problems';
import { contractFormSchema, optional } from './match-form-schema';
import type { TExitMove } from './match-steps';
import { useMatchStepForm } from './use-match-step-form';

interface ExitDialogProps {
  match: TMatch;
  to: TExitMove;
  onDone: (match: TMatch) => void;
}

/**
 * Declining or withdrawing a match, with a reason: a modal <dialog> keeps focus inside, closes with
 * Escape and gives focus back to its button. The form exists only while the dialog is open (a board
 * has many cards), and keeps what was chosen when the API refuses.
 */
export function ExitDialog({ match, to, onDone }: ExitDialogProps) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const name = match.candidate.fullName;

  const show = () => {
    setOpen(true);
    dialogRef.current?.showModal();
  };

  return (
    <>
      <Button onClick={show}>
        {t(`pipeline.moves.${to}`)}
        <span className="kp-visually-hidden"> {name}</span>
      </Button>
      <dialog
        ref={dialogRef}
        className="kp-dialog"
        aria-labelledby={headingId}
        onClose={() => setOpen(false)}
      >
        <h2 className="utrecht-heading-2" id={headingId}>
          {t(`pipeline.exit.${to}.title`, { name })}
        </h2>
        {open && (
          <ExitForm
            match={match}
            to={to}
            onCancel={() => dialogRef.current?.close()}
            onDone={(moved) => {
              dialogRef.current?.close();
              onDone(moved);
            }}
          />
        )}
      </dialog>
    </>
  );
}

type Field = 'reason' | 'note';

function ExitForm({ match, to, onCancel, onDone }: ExitDialogProps & { onCancel: () => void }) {
  const { t } = useTranslation();
  const formId = useId().replace(/:/g, '');
  const transition = useTransitionMatch();
  const name = match.candidate.fullName;
  const form = useMatchStepForm<Field, TTransitionMatch>({
    id: `exit-${to}-${formId}`,
    schema: contractFormSchema(ZTransitionMatch, (values: Record<Field, string>) => ({
      to,
      version: match.version,
      reason: optional(values.reason),
      note: values.note,
    })),
    initialValues: { reason: '', note: '' },
    send: (body) => transition.mutateAsync({ id: match.id, ...body }),
    onDone,
  });
  const labels = { reason: t('pipeline.exit.reason'), note: t('pipeline.exit.note') };

  return (
    <form className="kp-form" noValidate onSubmit={form.handleSubmit}>
      <p className="utrecht-paragraph">{t(`pipeline.exit.${to}.intro`, { name })}</p>
      <FormProblems form={form} labels={labels} />
      <SelectField form={form} name="reason" label={labels.reason}>
        <option value="">{t('pipeline.exit.chooseReason')}</option>
        {EXIT_REASONS.map((reason) => (
          <option key={reason} value={reason}>
            {t(`pipeline.exitReasons.${reason}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        form={form}
        name="note"
        label={labels.note}
        description={t('pipeline.exit.noteHint')}
        rows={3}
      />
      <div className="utrecht-button-group">
        <Button type="submit" appearance="primary-action" busy={form.isSubmitting}>
          {t(`pipeline.exit.${to}.confirm`)}
          <span className="kp-visually-hidden"> {name}</span>
        </Button>
        <Button appearance="subtle" onClick={onCancel}>
          {t('pipeline.exit.cancel')}
        </Button>
      </div>
    </form>
  );
}
