import { ZAftercareCheckIn, ZEndEmployment, type TMatch } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { RadioGroupField } from '@/components/ui/radio-group-field';
import { SelectField } from '@/components/ui/select-field';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import { useEndEmployment } from '../api/end-employment';
import { useRecordAftercare } from '../api/record-aftercare';
import { todayIsoDate } from './dates';
import { FormProblems } from './form-problems';
import { contractFormSchema, numberOrUndefined, optional } from './match-form-schema';
import { useMatchStepForm } from './use-match-step-form';

interface EmploymentFormProps {
  match: TMatch;
  onDone: (text: string) => void;
}

/** An aftercare check-in (nazorg) that is still open: is the candidate still employed? */
export function AftercareForm({ match, onDone }: EmploymentFormProps) {
  const { t } = useTranslation();
  const record = useRecordAftercare();
  const open = (match.employment?.aftercare ?? []).filter((entry) => entry.doneAt === null);
  const form = useMatchStepForm({
    id: 'aftercare',
    schema: contractFormSchema(
      ZAftercareCheckIn,
      (values: { month: string; stillEmployed: string; note: string }) => ({
        version: match.version,
        month: numberOrUndefined(values.month),
        stillEmployed: values.stillEmployed === '' ? undefined : values.stillEmployed === 'true',
        note: values.note,
      }),
    ),
    initialValues: { month: String(open[0]?.month ?? ''), stillEmployed: '', note: '' },
    send: (body) => record.mutateAsync({ id: match.id, ...body }),
    onDone: () => onDone(t('pipeline.aftercare.done')),
  });
  if (open.length === 0) return null;
  const labels = {
    month: t('pipeline.aftercare.month'),
    stillEmployed: t('pipeline.aftercare.stillEmployed'),
    note: t('pipeline.fields.note'),
  };

  return (
    <form className="kp-form kp-match-form" noValidate onSubmit={form.handleSubmit}>
      <h3 className="utrecht-heading-3">{t('pipeline.aftercare.formTitle')}</h3>
      <FormProblems form={form} labels={labels} />
      <SelectField form={form} name="month" label={labels.month}>
        {open.map((entry) => (
          <option key={entry.month} value={String(entry.month)}>
            {t('pipeline.aftercare.after', { count: entry.month })}
          </option>
        ))}
      </SelectField>
      <RadioGroupField
        form={form}
        name="stillEmployed"
        legend={labels.stillEmployed}
        options={[
          { value: 'true', label: t('pipeline.aftercare.employedYes') },
          { value: 'false', label: t('pipeline.aftercare.employedNo') },
        ]}
      />
      <TextAreaField form={form} name="note" label={labels.note} rows={2} />
      <Button type="submit" appearance="primary-action" busy={form.isSubmitting}>
        {t('pipeline.aftercare.submit')}
      </Button>
    </form>
  );
}

/** "Dienstverband beëindigd": when and why the employment ended; the candidate returns to the pool. */
export function EndEmploymentForm({ match, onDone }: EmploymentFormProps) {
  const { t } = useTranslation();
  const end = useEndEmployment();
  const form = useMatchStepForm({
    id: 'end-employment',
    schema: contractFormSchema(ZEndEmployment, (values: { endDate: string; reason: string }) => ({
      version: match.version,
      endDate: optional(values.endDate),
      reason: values.reason,
    })),
    initialValues: { endDate: todayIsoDate(), reason: '' },
    send: (body) => end.mutateAsync({ id: match.id, ...body }),
    onDone: () => onDone(t('pipeline.ended.done', { name: match.candidate.fullName })),
  });
  const labels = { endDate: t('pipeline.ended.endDate'), reason: t('pipeline.ended.reason') };

  return (
    <form className="kp-form kp-match-form" noValidate onSubmit={form.handleSubmit}>
      <h3 className="utrecht-heading-3">{t('pipeline.ended.formTitle')}</h3>
      <p className="utrecht-paragraph">{t('pipeline.ended.explain')}</p>
      <FormProblems form={form} labels={labels} />
      <TextField form={form} name="endDate" label={labels.endDate} type="date" />
      <TextAreaField form={form} name="reason" label={labels.reason} rows={3} />
      <Button type="submit" busy={form.isSubmitting}>
        {t('pipeline.ended.submit')}
      </Button>
    </form>
  );
}
