import { ZTrialCheckIn, type TMatch } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { RadioGroupField } from '@/components/ui/radio-group-field';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import { useRecordCheckIn } from '../api/record-check-in';
import { todayIsoDate } from './dates';
import { contractFormSchema, numberOrUndefined, optional, type FieldFor } from './match-form-schema';
import { FormProblems } from './form-problems';
import { useMatchStepForm } from './use-match-step-form';

export const RATINGS = ['attendance', 'attitude', 'skills', 'fit'] as const;
const SCORES = ['1', '2', '3', '4', '5'] as const;

type Field = 'date' | (typeof RATINGS)[number] | 'note';

// `ratings.attendance` in the body is the `attendance` question on the form.
const fieldFor: FieldFor = (path) =>
  path[0] === 'ratings' ? String(path[1] ?? 'attendance') : String(path[0]);

/** A check-in during the trial: the date, four ratings from 1 to 5 (a radio group each) and a note. */
export function CheckInForm({ match, onDone }: { match: TMatch; onDone: (text: string) => void }) {
  const { t } = useTranslation();
  const record = useRecordCheckIn();
  const form = useMatchStepForm({
    id: 'check-in',
    schema: contractFormSchema(
      ZTrialCheckIn,
      (values: Record<Field, string>) => ({
        date: optional(values.date),
        ratings: Object.fromEntries(RATINGS.map((rating) => [rating, numberOrUndefined(values[rating])])),
        note: values.note,
      }),
      fieldFor,
    ),
    initialValues: { date: todayIsoDate(), attendance: '', attitude: '', skills: '', fit: '', note: '' },
    send: (body) => record.mutateAsync({ id: match.id, ...body }),
    fieldFor,
    onDone: () => onDone(t('pipeline.checkIn.done')),
  });
  const options = SCORES.map((score) => ({ value: score, label: t(`pipeline.checkIn.scores.${score}`) }));
  const labels: Record<Field, string> = {
    date: t('pipeline.checkIn.date'),
    ...(Object.fromEntries(RATINGS.map((r) => [r, t(`pipeline.checkIn.ratings.${r}`)])) as Record<
      (typeof RATINGS)[number],
      string
    >),
    note: t('pipeline.fields.note'),
  };

  return (
    <form className="kp-form kp-match-form" noValidate onSubmit={form.handleSubmit}>
      <h3 className="utrecht-heading-3">{t('pipeline.checkIn.title')}</h3>
      <p className="utrecht-paragraph">{t('pipeline.checkIn.scale')}</p>
      <FormProblems form={form} labels={labels} />
      <TextField form={form} name="date" label={labels.date} type="date" />
      {RATINGS.map((rating) => (
        <RadioGroupField key={rating} form={form} name={rating} legend={labels[rating]} options={options} />
      ))}
      <TextAreaField form={form} name="note" label={labels.note} rows={3} />
      <Button type="submit" appearance="primary-action" busy={form.isSubmitting}>
        {t('pipeline.checkIn.submit')}
      </Button>
    </form>
  );
}
