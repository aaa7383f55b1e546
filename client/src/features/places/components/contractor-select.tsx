import { useTranslation } from 'react-i18next';
import { FormField } from '@/components/ui/form-field';
import { useFieldErrorMessage } from '@/components/ui/use-field-error-message';
import type { ZodForm } from '@/hooks/use-zod-form';
import { useContractorOptions } from '../api/get-place-options';
import type { PlaceFormField } from './place-form-values';

interface ContractorSelectProps {
  form: ZodForm<PlaceFormField>;
  label: string;
  onChange: (contractorId: string) => void;
}

/** A consultant offers a place on behalf of one of the contractors in their region. */
export function ContractorSelect({ form, label, onChange }: ContractorSelectProps) {
  const { t } = useTranslation();
  const errorMessage = useFieldErrorMessage();
  const contractors = useContractorOptions();
  const error = form.fieldErrors.contractorId;
  return (
    <FormField
      id={form.fieldId('contractorId')}
      label={label}
      kind="select"
      description={contractors.isError ? t('places.form.contractorsUnavailable') : undefined}
      errorText={error && errorMessage('contractorId', label, error)}
    >
      {(a11y) => (
        <select
          {...a11y}
          name="contractorId"
          className={`utrecht-select utrecht-select--html-select${error ? ' utrecht-select--invalid' : ''}`}
          value={form.values.contractorId}
          onChange={(event) => onChange(event.target.value)}
        >
          <option value="">
            {contractors.isPending ? t('common.loading') : t('places.form.chooseContractor')}
          </option>
          {(contractors.data?.data ?? []).map((org) => (
            <option key={org.id} value={org.id}>
              {org.name}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
