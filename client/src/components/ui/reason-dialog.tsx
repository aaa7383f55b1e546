import { useId, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { z } from 'zod';
import { useZodForm, type ZodForm } from '@/hooks/use-zod-form';
import { Button } from './button';
import { ErrorSummary } from './error-summary';
import { SelectField } from './select-field';
import { TextAreaField } from './text-area-field';

type Field = 'reason' | 'note';

export interface ReasonDialogLabels {
  /** The button that opens the dialog. */
  open: string;
  /** Read after `open` by screen readers only, to tell one card's button from the next (a name, a title). */
  openContext?: string;
  /** The list of reasons and its empty first option (with `reasons`). */
  reason?: string;
  chooseReason?: string;
  note: string;
  noteHint?: string;
  submit: string;
  /** Read after `submit` by screen readers only. */
  submitContext?: string;
  cancel: string;
}

export interface ReasonValues<Reason extends string> {
  reason: Reason;
  note: string;
}

type ReasonChoice<Reason extends string> =
  | {
      /** The reasons to choose from, in order; one is required. */
      reasons: ReadonlyArray<{ value: Reason; label: string }>;
      /** The reason that needs a note to explain it (the contracts' "other"). */
      noteRequiredFor?: Reason;
      /** Sends the choice; a thrown API error is shown in the dialog, keeping what was chosen. */
      onSubmit: (values: ReasonValues<Reason>) => Promise<unknown>;
    }
  | {
      /** Without reasons the dialog asks only for an optional note. */
      reasons?: undefined;
      noteRequiredFor?: undefined;
      onSubmit: (values: { note: string }) => Promise<unknown>;
    };

export type ReasonDialogProps<Reason extends string> = ReasonChoice<Reason> & {
  title: string;
  intro?: string;
  labels: ReasonDialogLabels;
  /** What went wrong, above the fields; an error summary unless the feature says more (a refused step). */
  problems?: (form: ZodForm<Field>, labels: Record<Field, string>) => ReactNode;
};

// The contracts' rule: a known reason when there are reasons, a note of at most 1000 characters.
function reasonFormSchema(reasons: readonly string[] | undefined, noteRequiredFor: string | undefined) {
  return z
    .object({
      reason: reasons ? z.string().refine((value) => reasons.includes(value)) : z.string(),
      note: z.string().trim().max(1000),
    })
    .superRefine((values, ctx) => {
      if (noteRequiredFor !== undefined && values.reason === noteRequiredFor && !values.note)
        ctx.addIssue({ code: 'custom', path: ['note'], message: 'required' });
    });
}

/**
 * A button that asks why in a modal <dialog> (decline, withdraw, dismiss): a reason from a list, a note,
 * and a confirming submit. The dialog keeps focus inside, closes with Escape and gives focus back to its
 * button; problems are listed in a summary that takes focus and names each field. The form exists only
 * while the dialog is open (a board has many cards), so a cancelled choice is not kept.
 */
export function ReasonDialog<Reason extends string>(props: ReasonDialogProps<Reason>) {
  const { title, intro, labels } = props;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const introId = useId();
  const [open, setOpen] = useState(false);

  const show = () => {
    // The form is there before the dialog opens, so the browser moves focus to its first field.
    flushSync(() => setOpen(true));
    dialogRef.current?.showModal();
  };
  const close = () => dialogRef.current?.close();

  const submit = async ({ reason, note }: { reason: string; note: string }) => {
    if (props.reasons === undefined) await props.onSubmit({ note });
    else await props.onSubmit({ reason: reason as Reason, note });
    close();
  };

  return (
    <>
      <Button onClick={show}>
        {labels.open}
        {labels.openContext && <span className="kp-visually-hidden"> {labels.openContext}</span>}
      </Button>
      <dialog
        ref={dialogRef}
        className="kp-dialog"
        aria-labelledby={headingId}
        aria-describedby={intro ? introId : undefined}
        onClose={() => setOpen(false)}
      >
        <h2 className="utrecht-heading-2" id={headingId}>
          {title}
        </h2>
        {intro && (
          <p className="utrecht-paragraph" id={introId}>
            {intro}
          </p>
        )}
        {open && (
          <ReasonForm
            reasons={props.reasons}
            noteRequiredFor={props.noteRequiredFor}
            labels={labels}
            problems={props.problems}
            onSubmit={submit}
            onCancel={close}
          />
        )}
      </dialog>
    </>
  );
}

interface ReasonFormProps {
  reasons: ReadonlyArray<{ value: string; label: string }> | undefined;
  noteRequiredFor: string | undefined;
  labels: ReasonDialogLabels;
  problems: ReasonDialogProps<string>['problems'];
  onSubmit: (values: { reason: string; note: string }) => Promise<unknown>;
  onCancel: () => void;
}

function ReasonForm({ reasons, noteRequiredFor, labels, problems, onSubmit, onCancel }: ReasonFormProps) {
  const formId = useId().replace(/:/g, '');
  const form = useZodForm({
    id: `reason-${formId}`,
    schema: reasonFormSchema(
      reasons?.map((reason) => reason.value),
      noteRequiredFor,
    ),
    initialValues: { reason: '', note: '' },
    onSubmit,
  });
  // In the order of the fields, so the summary lists them as they appear.
  const fieldLabels = { reason: labels.reason ?? '', note: labels.note };

  return (
    <form className="kp-form" noValidate onSubmit={form.handleSubmit}>
      {problems ? problems(form, fieldLabels) : <ErrorSummary form={form} labels={fieldLabels} />}
      {reasons && (
        <SelectField form={form} name="reason" label={fieldLabels.reason}>
          <option value="">{labels.chooseReason}</option>
          {reasons.map((reason) => (
            <option key={reason.value} value={reason.value}>
              {reason.label}
            </option>
          ))}
        </SelectField>
      )}
      <TextAreaField form={form} name="note" label={labels.note} description={labels.noteHint} rows={3} />
      <div className="utrecht-button-group">
        <Button type="submit" appearance="primary-action" busy={form.isSubmitting}>
          {labels.submit}
          {labels.submitContext && <span className="kp-visually-hidden"> {labels.submitContext}</span>}
        </Button>
        <Button appearance="subtle" onClick={onCancel}>
          {labels.cancel}
        </Button>
      </div>
    </form>
  );
}
