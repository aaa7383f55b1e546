import { PLACE_KINDS, SECTORS, TRAVEL_MODES, type TOwnCandidateProfile } from '@kansplek/api/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { withFormFieldPaths } from '@/features/candidates/components/candidate-form-schema';
import { CheckboxGroupField } from '@/features/candidates/components/fields/checkbox-group-field';
import { useZodForm } from '@/hooks/use-zod-form';
import { useUpdateOwnProfile } from '../api/update-own-profile';
import {
  ZPreferencesFormValues,
  preferencesFromProfile,
  type PreferencesFormField,
} from './preferences-form-schema';

/** The candidate keeps their hours, availability and wishes up to date; nothing else is sent. */
export function PreferencesForm({ profile }: { profile: TOwnCandidateProfile }) {
  const { t } = useTranslation();
  const updateProfile = useUpdateOwnProfile();
  const [saved, setSaved] = useState(false);
  const form = useZodForm({
    id: 'preferences',
    schema: ZPreferencesFormValues,
    initialValues: preferencesFromProfile(profile),
    onSubmit: async (changes) => {
      setSaved(false);
      try {
        await updateProfile.mutateAsync({ version: profile.version, ...changes });
      } catch (error) {
        throw withFormFieldPaths(error);
      }
      setSaved(true);
    },
  });
  const labels: Record<PreferencesFormField, string> = {
    hoursMin: t('profile.fields.hoursMin'),
    hoursMax: t('profile.fields.hoursMax'),
    availableFrom: t('profile.fields.availableFrom'),
    travelKm: t('profile.fields.travelKm'),
    travelMode: t('profile.fields.travelMode'),
    preferredSectors: t('profile.fields.preferredSectors'),
    preferredPlaceKinds: t('profile.fields.preferredPlaceKinds'),
  };

  return (
    <form className="utrecht-form kp-form" noValidate onSubmit={form.handleSubmit}>
      <ErrorSummary form={form} labels={labels} />
      <div role="status">
        {saved && (
          <Alert type="ok">
            <p className="utrecht-paragraph">{t('profile.preferences.saved')}</p>
          </Alert>
        )}
      </div>
      <TextField form={form} name="hoursMin" label={labels.hoursMin} type="number" inputMode="numeric" />
      <TextField
        form={form}
        name="hoursMax"
        label={labels.hoursMax}
        type="number"
        inputMode="numeric"
        description={t('profile.preferences.hoursHint')}
      />
      <TextField
        form={form}
        name="availableFrom"
        label={labels.availableFrom}
        type="date"
        description={t('profile.preferences.availableHint')}
      />
      <TextField form={form} name="travelKm" label={labels.travelKm} type="number" inputMode="numeric" />
      <SelectField form={form} name="travelMode" label={labels.travelMode}>
        {TRAVEL_MODES.map((mode) => (
          <option key={mode} value={mode}>
            {t(`candidates.travelModes.${mode}`)}
          </option>
        ))}
      </SelectField>
      <CheckboxGroupField
        form={form}
        name="preferredSectors"
        legend={labels.preferredSectors}
        options={SECTORS.map((value) => ({ value, label: t(`candidates.sectors.${value}`) }))}
      />
      <CheckboxGroupField
        form={form}
        name="preferredPlaceKinds"
        legend={labels.preferredPlaceKinds}
        options={PLACE_KINDS.map((value) => ({ value, label: t(`candidates.placeKinds.${value}`) }))}
      />
      <div className="utrecht-button-group">
        <Button type="submit" appearance="primary-action" busy={form.isSubmitting}>
          {t('common.save')}
        </Button>
      </div>
    </form>
  );
}
