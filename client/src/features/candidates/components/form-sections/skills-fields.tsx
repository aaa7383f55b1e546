import type { TCandidateWorkExperience } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import type { ZodForm } from '@/hooks/use-zod-form';
import type { CandidateFormField } from '../candidate-form-schema';
import { ExperienceEditor } from '../experience-editor';
import { CheckboxGroupField } from '../fields/checkbox-group-field';
import { FormSection } from './form-section';

interface SkillsFieldsProps {
  form: ZodForm<CandidateFormField>;
  labels: Record<CandidateFormField, string>;
  occupationOptions: ReadonlyArray<{ iscoCode: string; label: string }>;
  experience: TCandidateWorkExperience[];
  onExperienceChange: (entries: TCandidateWorkExperience[]) => void;
}

export function SkillsFields({
  form,
  labels,
  occupationOptions,
  experience,
  onExperienceChange,
}: SkillsFieldsProps) {
  const { t } = useTranslation();
  return (
    <FormSection title={t('candidates.sections.skills')}>
      <TextField form={form} name="skills" label={labels.skills} description={t('candidates.hints.skills')} />
      <CheckboxGroupField
        form={form}
        name="occupations"
        legend={labels.occupations}
        description={t('candidates.hints.occupations')}
        options={occupationOptions.map((o) => ({
          value: o.iscoCode,
          label: `${t(`candidates.occupations.${o.iscoCode}`, { defaultValue: o.label })} (${o.iscoCode})`,
        }))}
      />
      <TextAreaField
        form={form}
        name="cvSummary"
        label={labels.cvSummary}
        description={t('candidates.hints.cvSummary')}
        rows={5}
      />
      <h3 className="utrecht-heading-3">{t('candidates.experience.heading')}</h3>
      <ExperienceEditor entries={experience} onChange={onExperienceChange} />
    </FormSection>
  );
}
