import { ZRescheduleInterview, type TMatch } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import { useRescheduleInterview } from '../api/reschedule-interview';
import { useTransitionMatch } from '../api/transition-match';
import { todayIsoDate } from './dates';
import { FormProblems } from './form-problems';
import { contractFormSchema, topLevelField, type FieldFor } from './match-form-schema';
import { useMatchStepForm } from './use-match-step-form';

type Field = 'date' | 'startTime' | 'endTime' | 'location' | 'note';
type Values = Record<Field, string>;

/** `interview.startTime` shows at the start time field; a missing plan at the date. */
const interviewField: FieldFor = (path, body) =>
  path[0] === 'interview' ? (typeof path[1] === 'string' ? path[1] : 'date') : topLevelField(path, body);

const planOf = (values: Values) => ({
  date: values.date,
  startTime: values.startTime,
  endTime: values.endTime,
  location: values.location,
});

interface InterviewFormProps {
  match: TMatch;
  /** `plan` moves the match to interview; `reschedule` moves an interview already planned. */
  mode: 'plan' | 'reschedule';
  onDone: (text: string) => void;
}

/** The interview's date, start and end (Dutch time) and place; the parties get it with a calendar file. */
export function InterviewForm({ match, mode, onDone }: InterviewFormProps) {
  const { t } = useTranslation();
  const transition = useTransitionMatch();
  const reschedule = useRescheduleInterview();
  const planned = match.interview;
  const name = match.candidate.fullName;
  const form = useMatchStepForm({
    id: `interview-${mode}`,
    // The plan, checked as the API checks it; planning sends it with the move to interview.
    schema: contractFormSchema(
      ZRescheduleInterview,
      (values: Values) => ({ version: match.version, interview: planOf(values), note: values.note }),
      interviewField,
    ),
    initialValues: {
      date: planned?.date ?? todayIsoDate(),
      startTime: planned?.startTime ?? '',
      endTime: planned?.endTime ?? '',
      location: planned?.location ?? '',
      note: '',
    },
    fieldFor: interviewField,
    send: (body) =>
      mode === 'plan'
        ? transition.mutateAsync({ id: match.id, to: 'interview', ...body })
        : reschedule.mutateAsync({ id: match.id, ...body }),
    onDone: () =>
      onDone(t(mode === 'plan' ? 'pipeline.interview.planned' : 'pipeline.interview.rescheduled', { name })),
  });
  const labels: Record<Field, string> = {
    date: t('pipeline.interview.date'),
    startTime: t('pipeline.interview.startTime'),
    endTime: t('pipeline.interview.endTime'),
    location: t('pipeline.interview.location'),
    note: t('pipeline.fields.note'),
  };

  return (
    <form className="kp-form kp-match-form" noValidate onSubmit={form.handleSubmit}>
      <h3 className="utrecht-heading-3">
        {t(mode === 'plan' ? 'pipeline.interview.planTitle' : 'pipeline.interview.rescheduleTitle')}
      </h3>
      <FormProblems form={form} labels={labels} candidateId={match.candidate.id} />
      <TextField form={form} name="date" label={labels.date} type="date" />
      <TextField form={form} name="startTime" label={labels.startTime} type="time" />
      <TextField form={form} name="endTime" label={labels.endTime} type="time" />
      <TextField
        form={form}
        name="location"
        label={labels.location}
        description={t('pipeline.interview.locationHint')}
      />
      <TextAreaField form={form} name="note" label={labels.note} rows={2} />
      <Button type="submit" appearance="primary-action" busy={form.isSubmitting}>
        {t(mode === 'plan' ? 'pipeline.interview.planSubmit' : 'pipeline.interview.rescheduleSubmit')}
        <span className="kp-visually-hidden"> {name}</span>
      </Button>
    </form>
  );
}
