import type { TCandidateWorkExperience } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/ui/select-field';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import { useZodForm } from '@/hooks/use-zod-form';
import { EntryTable, Subform } from './entry-list-parts';
import { EMPTY_EXPERIENCE, ZExperienceFormValues } from './entry-form-schemas';
import { OCCUPATION_OPTIONS } from './occupation-options';

interface ExperienceEditorProps {
  entries: TCandidateWorkExperience[];
  onChange: (entries: TCandidateWorkExperience[]) => void;
}

/** Work experience: the entries so far, and a small part of the form to add one. */
export function ExperienceEditor({ entries, onChange }: ExperienceEditorProps) {
  const { t } = useTranslation();
  const form = useZodForm({
    id: 'experience',
    schema: ZExperienceFormValues,
    initialValues: EMPTY_EXPERIENCE,
    resetAfterSuccess: true,
    onSubmit: async (entry) => onChange([...entries, entry]),
  });
  const labels = {
    title: t('candidates.experience.title'),
    employer: t('candidates.experience.employer'),
    iscoCode: t('candidates.experience.iscoCode'),
    from: t('candidates.experience.from'),
    to: t('candidates.experience.to'),
    description: t('candidates.experience.description'),
  };

  return (
    <div className="kp-candidate-entries">
      <EntryTable
        id="experience-caption"
        caption={t('candidates.experience.caption')}
        headers={[labels.title, labels.employer, t('candidates.experience.period')]}
        rows={entries.map((entry, index) => ({
          key: `${entry.title}-${entry.from}-${index}`,
          name: entry.title,
          cells: [
            entry.title,
            entry.employer,
            `${entry.from} – ${entry.to ?? t('candidates.experience.ongoing')}`,
          ],
        }))}
        onRemove={(index) => onChange(entries.filter((_, i) => i !== index))}
      />
      <Subform
        legend={t('candidates.experience.add')}
        addLabel={t('candidates.experience.addButton')}
        form={form}
        labels={labels}
      >
        <TextField form={form} name="title" label={labels.title} />
        <TextField form={form} name="employer" label={labels.employer} />
        <SelectField form={form} name="iscoCode" label={labels.iscoCode}>
          <option value="">{t('candidates.experience.noOccupation')}</option>
          {OCCUPATION_OPTIONS.map((o) => (
            <option key={o.iscoCode} value={o.iscoCode}>
              {t(`candidates.occupations.${o.iscoCode}`, { defaultValue: o.label })} ({o.iscoCode})
            </option>
          ))}
        </SelectField>
        <TextField form={form} name="from" label={labels.from} type="date" />
        <TextField
          form={form}
          name="to"
          label={labels.to}
          type="date"
          description={t('candidates.experience.toHint')}
        />
        <TextAreaField form={form} name="description" label={labels.description} rows={2} />
      </Subform>
    </div>
  );
}
