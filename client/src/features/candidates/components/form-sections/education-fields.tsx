import { EDUCATION_LEVELS, LANGUAGE_LEVELS, type TCandidateEducation } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/ui/select-field';
import type { ZodForm } from '@/hooks/use-zod-form';
import type { CandidateFormField } from '../candidate-form-schema';
import { EducationEditor } from '../education-editor';
import { CheckboxField } from '../fields/checkbox-field';
import { FormSection } from './form-section';

interface EducationFieldsProps {
  form: ZodForm<CandidateFormField>;
  labels: Record<CandidateFormField, string>;
  education: TCandidateEducation[];
  onEducationChange: (entries: TCandidateEducation[]) => void;
}

export function EducationFields({ form, labels, education, onEducationChange }: EducationFieldsProps) {
  const { t } = useTranslation();
  return (
    <FormSection title={t('candidates.sections.education')}>
      <SelectField form={form} name="educationLevel" label={labels.educationLevel}>
        <option value="">{t('candidates.choose')}</option>
        {EDUCATION_LEVELS.map((level) => (
          <option key={level} value={level}>
            {t(`candidates.educationLevels.${level}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        form={form}
        name="dutchLevel"
        label={labels.dutchLevel}
        description={t('candidates.hints.dutchLevel')}
      >
        <option value="">{t('candidates.choose')}</option>
        {LANGUAGE_LEVELS.map((level) => (
          <option key={level} value={level}>
            {t(`candidates.languageLevels.${level}`)}
          </option>
        ))}
      </SelectField>
      <CheckboxField form={form} name="drivingLicence" label={labels.drivingLicence} />
      <h3 className="utrecht-heading-3">{t('candidates.education.heading')}</h3>
      <EducationEditor entries={education} onChange={onEducationChange} />
    </FormSection>
  );
}
