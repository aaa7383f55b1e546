import { defaultTrialEnd, ZStartTrial, type TMatch } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import { CheckboxField } from '@/features/places/components/checkbox-field';
import { useStartTrial } from '../api/start-trial';
import { isWholeDate, todayIsoDate } from './dates';
import { FormProblems } from './form-problems';
import { contractFormSchema, optional } from './match-form-schema';
import { useMatchStepForm } from './use-match-step-form';

type Field = 'startDate' | 'plannedEnd' | 'longerReason' | 'intentToEmploy' | 'note';
type Values = Record<Field, string>;

// The last day of two calendar months from the start, or null while the start is not a whole date yet.
const defaultEnd = (start: string) => (isWholeDate(start) ? defaultTrialEnd(start) : null);

/** A planned end beyond the default two months needs a reason (the API checks the same). */
export function needsLongerReason(values: Pick<Values, 'startDate' | 'plannedEnd'>): boolean {
  const limit = defaultEnd(values.startDate);
  return limit !== null && values.plannedEnd > limit;
}

/**
 * Starting the trial period (proefplaatsing): start, planned end (two months unless a reason is
 * given, never over six) and the contractor's intent to employ for at least six months.
 */
export function StartTrialForm({ match, onDone }: { match: TMatch; onDone: (text: string) => void }) {
  const { t } = useTranslation();
  const start = useStartTrial();
  const today = todayIsoDate();
  const form = useMatchStepForm({
    id: 'start-trial',
    schema: contractFormSchema(ZStartTrial, (values: Values) => ({
      version: match.version,
      startDate: optional(values.startDate),
      plannedEnd: optional(values.plannedEnd),
      // A reason typed for a longer trial stays in the form but is not sent once the end is back within two months.
      longerReason: needsLongerReason(values) ? optional(values.longerReason) : undefined,
      intentToEmploy: values.intentToEmploy === 'true',
      note: values.note,
    })),
    initialValues: {
      startDate: today,
      plannedEnd: defaultEnd(today) ?? '',
      longerReason: '',
      intentToEmploy: '',
      note: '',
    },
    send: (body) => start.mutateAsync({ id: match.id, ...body }),
    onDone: () => onDone(t('pipeline.trial.started', { name: match.candidate.fullName })),
  });
  // The planned end follows the start while it is still the default two months after it.
  const trialForm = {
    ...form,
    setValue: (field: Field, value: string) => {
      if (field === 'startDate' && form.values.plannedEnd === (defaultEnd(form.values.startDate) ?? '')) {
        form.setValue('plannedEnd', defaultEnd(value) ?? '');
      }
      form.setValue(field, value);
    },
  };
  const longer = needsLongerReason(form.values);
  const labels: Partial<Record<Field, string>> = {
    startDate: t('pipeline.trial.startDate'),
    plannedEnd: t('pipeline.trial.plannedEnd'),
    ...(longer ? { longerReason: t('pipeline.trial.longerReason') } : {}),
    intentToEmploy: t('pipeline.trial.intentToEmploy'),
    note: t('pipeline.fields.note'),
  };

  return (
    <form className="kp-form kp-match-form" noValidate onSubmit={form.handleSubmit}>
      <h3 className="utrecht-heading-3">{t('pipeline.trial.startTitle')}</h3>
      <FormProblems form={form} labels={labels} />
      <TextField form={trialForm} name="startDate" label={t('pipeline.trial.startDate')} type="date" />
      <TextField
        form={trialForm}
        name="plannedEnd"
        label={t('pipeline.trial.plannedEnd')}
        description={t('pipeline.trial.plannedEndHint')}
        type="date"
      />
      {longer && (
        <TextAreaField
          form={form}
          name="longerReason"
          label={t('pipeline.trial.longerReason')}
          description={t('pipeline.trial.longerReasonHint')}
          rows={3}
        />
      )}
      <CheckboxField
        form={form}
        name="intentToEmploy"
        label={t('pipeline.trial.intentToEmploy')}
        description={t('pipeline.trial.intentToEmployHint')}
      />
      <TextAreaField form={form} name="note" label={t('pipeline.fields.note')} rows={2} />
      <Button type="submit" appearance="primary-action" busy={form.isSubmitting}>
        {t('pipeline.trial.startSubmit')}
      </Button>
    </form>
  );
}
