import { CANDIDATE_STATUSES, PLACE_KINDS, SECTORS, TRAVEL_MODES } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import type { ZodForm } from '@/hooks/use-zod-form';
import { useConsultantOptions } from '../../api/get-filter-options';
import type { CandidateFormField } from '../candidate-form-schema';
import { CheckboxGroupField } from '../fields/checkbox-group-field';
import { FormSection } from './form-section';

interface WishesFieldsProps {
  form: ZodForm<CandidateFormField>;
  labels: Record<CandidateFormField, string>;
  /** The status is changed on an existing profile only; a new candidate starts as active. */
  withStatus: boolean;
}

export function WishesFields({ form, labels, withStatus }: WishesFieldsProps) {
  const { t } = useTranslation();
  const consultants = useConsultantOptions();
  return (
    <FormSection title={t('candidates.sections.wishes')}>
      <TextField form={form} name="hoursMin" label={labels.hoursMin} type="number" inputMode="numeric" />
      <TextField
        form={form}
        name="hoursMax"
        label={labels.hoursMax}
        type="number"
        inputMode="numeric"
        description={t('candidates.hints.hours')}
      />
      <TextField form={form} name="availableFrom" label={labels.availableFrom} type="date" />
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
      <SelectField form={form} name="consultantId" label={labels.consultantId}>
        {(consultants.data?.data ?? []).map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </SelectField>
      {withStatus && (
        <SelectField
          form={form}
          name="status"
          label={labels.status}
          description={t('candidates.hints.status')}
        >
          {CANDIDATE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`candidates.statuses.${status}`)}
            </option>
          ))}
        </SelectField>
      )}
    </FormSection>
  );
}
