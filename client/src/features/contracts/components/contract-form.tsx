import {
  TARGET_GROUPS,
  type TContract,
  type TCreateContract,
  type TUpdateContract,
} from '@kansplek/api/contract';
import type { z } from 'zod';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { useErrorMessage } from '@/hooks/use-error-message';
import { useZodForm } from '@/hooks/use-zod-form';
import { useContractParties } from '../api/get-contract-parties';
import { useCreateContract, useUpdateContract } from '../api/save-contract';
import { CheckboxField } from './checkbox-field';
import { CheckboxListField } from '@/components/ui/checkbox-list-field';
import {
  CONTRACT_FORM_FIELDS,
  contractToFormValues,
  createContractFormSchema,
  EMPTY_CONTRACT_FORM,
  updateContractFormSchema,
  type ContractFormField,
} from './contract-form-values';

interface ContractFormProps {
  /** The contract to change; without it the form registers a new one. */
  contract?: TContract;
  onSaved: (contract: TContract) => void;
}

/** Register or change a contract. Amounts are typed in euros and sent in cents; the obligation is the server's. */
export function ContractForm({ contract, onSaved }: ContractFormProps) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const municipalities = useContractParties('municipality');
  const contractors = useContractParties('contractor');
  const createContract = useCreateContract();
  const updateContract = useUpdateContract();
  const locale = i18n.language;

  // The schema fits the mode: a new contract needs every field, a change carries the version it is based on.
  const schema: z.ZodType<TCreateContract | TUpdateContract> = contract
    ? updateContractFormSchema(locale, contract.version)
    : createContractFormSchema(locale);
  const [initialValues] = useState(() =>
    contract ? contractToFormValues(contract, locale) : EMPTY_CONTRACT_FORM,
  );
  const form = useZodForm({
    id: 'contract',
    schema,
    initialValues,
    onSubmit: async (input) => {
      if (!contract) return onSaved(await createContract.mutateAsync(input as TCreateContract));
      // Only the fields the user changed: retrying after a colleague's save must not undo their other changes.
      const changed = CONTRACT_FORM_FIELDS.filter((field) => form.values[field] !== initialValues[field]);
      const changes = Object.fromEntries(changed.map((field) => [field, (input as TUpdateContract)[field]]));
      onSaved(await updateContract.mutateAsync({ ...changes, id: contract.id, version: contract.version }));
    },
  });

  const labels: Record<ContractFormField, string> = {
    title: t('contracts.fields.title'),
    reference: t('contracts.fields.reference'),
    municipalityId: t('contracts.fields.municipality'),
    contractorId: t('contracts.fields.contractor'),
    valueCents: t('contracts.fields.value'),
    sroiPercentage: t('contracts.fields.sroiPercentage'),
    startDate: t('contracts.fields.startDate'),
    endDate: t('contracts.fields.endDate'),
    realisationDeadline: t('contracts.fields.realisationDeadline'),
    labourIntensive: t('contracts.fields.labourIntensive'),
    preferredTargetGroups: t('contracts.fields.preferredTargetGroups'),
  };
  const partiesError = municipalities.error ?? contractors.error;

  return (
    <form className="utrecht-form kp-form" noValidate onSubmit={form.handleSubmit}>
      <ErrorSummary form={form} labels={labels} />
      <TextField form={form} name="title" label={labels.title} description={t('contracts.form.titleHint')} />
      <TextField
        form={form}
        name="reference"
        label={labels.reference}
        description={t('contracts.form.referenceHint')}
      />
      {partiesError ? (
        <Alert type="error">
          <p className="utrecht-paragraph">{errorMessage(partiesError)}</p>
        </Alert>
      ) : (
        <>
          <SelectField form={form} name="municipalityId" label={labels.municipalityId}>
            <option value="">
              {municipalities.isPending ? t('common.loading') : t('contracts.form.chooseMunicipality')}
            </option>
            {municipalities.data?.data.map((org) => (
              <option key={org.id} value={org.id}>
                {org.name}
              </option>
            ))}
          </SelectField>
          <SelectField form={form} name="contractorId" label={labels.contractorId}>
            <option value="">
              {contractors.isPending ? t('common.loading') : t('contracts.form.chooseContractor')}
            </option>
            {contractors.data?.data.map((org) => (
              <option key={org.id} value={org.id}>
                {org.name}
              </option>
            ))}
          </SelectField>
        </>
      )}
      <TextField
        form={form}
        name="valueCents"
        label={labels.valueCents}
        inputMode="decimal"
        autoComplete="off"
        description={t('contracts.form.valueHint')}
      />
      <TextField
        form={form}
        name="sroiPercentage"
        label={labels.sroiPercentage}
        inputMode="decimal"
        autoComplete="off"
        description={t('contracts.form.percentageHint')}
      />
      <p className="utrecht-paragraph kp-muted">{t('contracts.form.obligationNote')}</p>
      <TextField form={form} name="startDate" label={labels.startDate} type="date" />
      <TextField
        form={form}
        name="endDate"
        label={labels.endDate}
        type="date"
        description={t('contracts.form.endDateHint')}
      />
      <TextField
        form={form}
        name="realisationDeadline"
        label={labels.realisationDeadline}
        type="date"
        description={t('contracts.form.deadlineHint')}
      />
      <CheckboxField
        form={form}
        name="labourIntensive"
        label={labels.labourIntensive}
        description={t('contracts.form.labourIntensiveHint')}
      />
      <CheckboxListField
        form={form}
        name="preferredTargetGroups"
        legend={labels.preferredTargetGroups}
        description={t('contracts.form.targetGroupsHint')}
        options={TARGET_GROUPS.map((group) => ({
          value: group,
          label: t(`contracts.targetGroups.${group}`),
        }))}
      />
      <div className="utrecht-button-group">
        <Button type="submit" appearance="primary-action" busy={form.isSubmitting}>
          {contract ? t('common.save') : t('contracts.form.create')}
        </Button>
      </div>
    </form>
  );
}
