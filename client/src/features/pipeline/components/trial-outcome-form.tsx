import { CONTRACT_TYPES, EXIT_REASONS, ZTrialOutcome, type TMatch } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { RadioGroupField } from '@/components/ui/radio-group-field';
import { SelectField } from '@/components/ui/select-field';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import { useDecideTrialOutcome } from '../api/decide-trial-outcome';
import { todayIsoDate } from './dates';
import { FormProblems } from './form-problems';
import { contractFormSchema, numberOrUndefined, optional, type FieldFor } from './match-form-schema';
import { useMatchStepForm } from './use-match-step-form';

type Outcome = 'hired' | 'extended' | 'stopped';
type Field =
  | 'outcome'
  | 'startDate'
  | 'contractType'
  | 'hoursPerWeek'
  | 'employmentEnd'
  | 'mboLevel'
  | 'plannedEnd'
  | 'stopDate'
  | 'extendReason'
  | 'stopReason'
  | 'note';
type Values = Record<Field, string>;

const EMPLOYMENT_FIELDS: Record<string, Field> = {
  startDate: 'startDate',
  contractType: 'contractType',
  hoursPerWeek: 'hoursPerWeek',
  plannedEnd: 'employmentEnd',
  mboLevel: 'mboLevel',
};

/** Body paths to fields: the employment's own, and `reason`, which is text when extending, a code when stopping. */
const fieldFor: FieldFor = (path, body) => {
  const [first, second] = path.map(String);
  if (first === 'employment') return EMPLOYMENT_FIELDS[second ?? ''] ?? 'startDate';
  if (first === 'reason')
    return (body as { outcome?: string }).outcome === 'stopped' ? 'stopReason' : 'extendReason';
  return first;
};

function toBody(values: Values, version: number) {
  switch (values.outcome) {
    case 'hired':
      return {
        outcome: 'hired',
        version,
        employment: {
          startDate: optional(values.startDate),
          contractType: optional(values.contractType),
          hoursPerWeek: numberOrUndefined(values.hoursPerWeek),
          plannedEnd: optional(values.employmentEnd) ?? null,
          // The MBO level belongs to a BBL apprenticeship only; one chosen before switching type is not sent.
          mboLevel: values.contractType === 'bbl' ? (numberOrUndefined(values.mboLevel) ?? null) : null,
        },
        note: values.note,
      };
    case 'extended':
      return {
        outcome: 'extended',
        version,
        plannedEnd: optional(values.plannedEnd),
        reason: values.extendReason,
      };
    case 'stopped':
      return {
        outcome: 'stopped',
        version,
        stopDate: optional(values.stopDate),
        reason: optional(values.stopReason),
        note: values.note,
      };
    default:
      return { outcome: undefined };
  }
}

/** How the trial ends: hired with the employment's terms, extended to a new end with a reason, or stopped. */
export function TrialOutcomeForm({ match, onDone }: { match: TMatch; onDone: (text: string) => void }) {
  const { t } = useTranslation();
  const decide = useDecideTrialOutcome();
  const outcomes: Outcome[] = [
    ...(match.nextStages.includes('hired') ? (['hired'] as const) : []),
    'extended',
    ...(match.nextStages.includes('stopped') ? (['stopped'] as const) : []),
  ];
  const form = useMatchStepForm({
    id: 'trial-outcome',
    schema: contractFormSchema(ZTrialOutcome, (values: Values) => toBody(values, match.version), fieldFor),
    initialValues: {
      outcome: '',
      startDate: match.trial?.plannedEnd ?? '',
      contractType: '',
      hoursPerWeek: '',
      employmentEnd: '',
      mboLevel: '',
      plannedEnd: '',
      stopDate:
        todayIsoDate() < (match.trial?.plannedEnd ?? '') ? todayIsoDate() : (match.trial?.plannedEnd ?? ''),
      extendReason: '',
      stopReason: '',
      note: '',
    },
    send: (body) => decide.mutateAsync({ id: match.id, ...body }),
    fieldFor,
    onDone: (decided) =>
      onDone(t(`pipeline.outcome.done.${decided.stage === 'trial' ? 'extended' : decided.stage}`)),
  });
  const outcome = form.values.outcome;
  const label = (field: Field) => t(`pipeline.outcome.fields.${field}`);
  const shown: Field[] = [
    'outcome',
    ...(outcome === 'hired'
      ? ([
          'startDate',
          'contractType',
          ...(form.values.contractType === 'bbl' ? (['mboLevel'] as const) : []),
          'hoursPerWeek',
          'employmentEnd',
          'note',
        ] as const)
      : []),
    ...(outcome === 'extended' ? (['plannedEnd', 'extendReason'] as const) : []),
    ...(outcome === 'stopped' ? (['stopDate', 'stopReason', 'note'] as const) : []),
  ];
  const labels = Object.fromEntries(shown.map((field) => [field, label(field)])) as Partial<Values>;

  return (
    <form className="kp-form kp-match-form" noValidate onSubmit={form.handleSubmit}>
      <h3 className="utrecht-heading-3">{t('pipeline.outcome.title')}</h3>
      <FormProblems form={form} labels={labels} />
      <RadioGroupField
        form={form}
        name="outcome"
        legend={label('outcome')}
        options={outcomes.map((value) => ({ value, label: t(`pipeline.outcome.choices.${value}`) }))}
      />
      {outcome === 'hired' && (
        <>
          <TextField form={form} name="startDate" label={label('startDate')} type="date" />
          <SelectField form={form} name="contractType" label={label('contractType')}>
            <option value="">{t('pipeline.outcome.chooseContractType')}</option>
            {CONTRACT_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`pipeline.contractTypes.${type}`)}
              </option>
            ))}
          </SelectField>
          {form.values.contractType === 'bbl' && (
            <SelectField
              form={form}
              name="mboLevel"
              label={label('mboLevel')}
              description={t('pipeline.outcome.mboLevelHint')}
            >
              <option value="">{t('pipeline.outcome.chooseMboLevel')}</option>
              {[1, 2, 3, 4].map((level) => (
                <option key={level} value={String(level)}>
                  {t('pipeline.outcome.mboLevelOption', { level })}
                </option>
              ))}
            </SelectField>
          )}
          <TextField form={form} name="hoursPerWeek" label={label('hoursPerWeek')} inputMode="numeric" />
          <TextField
            form={form}
            name="employmentEnd"
            label={label('employmentEnd')}
            description={t('pipeline.outcome.employmentEndHint')}
            type="date"
          />
        </>
      )}
      {outcome === 'extended' && (
        <>
          <TextField
            form={form}
            name="plannedEnd"
            label={label('plannedEnd')}
            description={t('pipeline.outcome.plannedEndHint')}
            type="date"
          />
          <TextAreaField form={form} name="extendReason" label={label('extendReason')} rows={3} />
        </>
      )}
      {outcome === 'stopped' && (
        <TextField
          form={form}
          name="stopDate"
          label={label('stopDate')}
          description={t('pipeline.outcome.stopDateHint')}
          type="date"
        />
      )}
      {outcome === 'stopped' && (
        <SelectField form={form} name="stopReason" label={label('stopReason')}>
          <option value="">{t('pipeline.exit.chooseReason')}</option>
          {EXIT_REASONS.map((reason) => (
            <option key={reason} value={reason}>
              {t(`pipeline.exitReasons.${reason}`)}
            </option>
          ))}
        </SelectField>
      )}
      {(outcome === 'hired' || outcome === 'stopped') && (
        <TextAreaField form={form} name="note" label={label('note')} rows={2} />
      )}
      <Button type="submit" appearance="primary-action" busy={form.isSubmitting}>
        {t('pipeline.outcome.submit')}
      </Button>
    </form>
  );
}
