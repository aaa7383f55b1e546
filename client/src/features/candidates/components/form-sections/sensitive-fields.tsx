import { BENEFIT_TYPES, SUPPORT_KINDS, TARGET_GROUPS } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/ui/select-field';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import type { ZodForm } from '@/hooks/use-zod-form';
import type { CandidateFormField } from '../candidate-form-schema';
import { CheckboxGroupField } from '../fields/checkbox-group-field';
import { FormSection } from './form-section';

/** Target group, benefit and support: consultants only, never shown to employers. */
export function SensitiveFields({
  form,
  labels,
}: {
  form: ZodForm<CandidateFormField>;
  labels: Record<CandidateFormField, string>;
}) {
  const { t } = useTranslation();
  return (
    <FormSection
      title={t('candidates.sections.sensitive')}
      className="kp-candidate-sensitive"
      intro={<p className="utrecht-paragraph">{t('candidates.sensitiveNotice')}</p>}
    >
      <CheckboxGroupField
        form={form}
        name="targetGroups"
        legend={labels.targetGroups}
        options={TARGET_GROUPS.map((value) => ({ value, label: t(`candidates.targetGroups.${value}`) }))}
      />
      <SelectField form={form} name="benefitType" label={labels.benefitType}>
        {BENEFIT_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`candidates.benefitTypes.${type}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        form={form}
        name="benefitSince"
        label={labels.benefitSince}
        type="date"
        description={t('candidates.hints.benefitSince')}
      />
      <TextField
        form={form}
        name="birthDate"
        label={labels.birthDate}
        type="date"
        description={t('candidates.hints.birthDate')}
      />
      <CheckboxGroupField
        form={form}
        name="supportNeeds"
        legend={labels.supportNeeds}
        options={SUPPORT_KINDS.map((value) => ({ value, label: t(`candidates.supportKinds.${value}`) }))}
      />
      <TextAreaField form={form} name="supportNote" label={labels.supportNote} rows={3} />
    </FormSection>
  );
}
