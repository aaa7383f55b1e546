import { EDUCATION_LEVELS, type TCandidateEducation } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { useZodForm } from '@/hooks/use-zod-form';
import { EntryTable, Subform } from './entry-list-parts';
import { EMPTY_EDUCATION, ZEducationFormValues } from './entry-form-schemas';
import { CheckboxField } from './fields/checkbox-field';

interface EducationEditorProps {
  entries: TCandidateEducation[];
  onChange: (entries: TCandidateEducation[]) => void;
}

/** Education and training: the entries so far, and a small part of the form to add one. */
export function EducationEditor({ entries, onChange }: EducationEditorProps) {
  const { t } = useTranslation();
  const form = useZodForm({
    id: 'education',
    schema: ZEducationFormValues,
    initialValues: EMPTY_EDUCATION,
    resetAfterSuccess: true,
    onSubmit: async (entry) => onChange([...entries, entry]),
  });
  const labels = {
    programme: t('candidates.education.programme'),
    level: t('candidates.education.level'),
    completed: t('candidates.education.completed'),
    year: t('candidates.education.year'),
  };

  return (
    <div className="kp-candidate-entries">
      <EntryTable
        id="education-caption"
        caption={t('candidates.education.caption')}
        headers={[labels.programme, labels.level, labels.completed, labels.year]}
        rows={entries.map((entry, index) => ({
          key: `${entry.programme}-${index}`,
          name: entry.programme,
          cells: [
            entry.programme,
            t(`candidates.educationLevels.${entry.level}`),
            t(entry.completed ? 'candidates.yes' : 'candidates.no'),
            entry.year ?? '—',
          ],
        }))}
        onRemove={(index) => onChange(entries.filter((_, i) => i !== index))}
      />
      <Subform
        legend={t('candidates.education.add')}
        addLabel={t('candidates.education.addButton')}
        form={form}
        labels={labels}
      >
        <TextField form={form} name="programme" label={labels.programme} />
        <SelectField form={form} name="level" label={labels.level}>
          <option value="">{t('candidates.choose')}</option>
          {EDUCATION_LEVELS.map((level) => (
            <option key={level} value={level}>
              {t(`candidates.educationLevels.${level}`)}
            </option>
          ))}
        </SelectField>
        <CheckboxField form={form} name="completed" label={labels.completed} />
        <TextField form={form} name="year" label={labels.year} type="number" inputMode="numeric" />
      </Subform>
    </div>
  );
}
