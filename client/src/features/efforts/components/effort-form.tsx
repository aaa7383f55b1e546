import { EFFORT_KINDS, type TEffort, type TSubmitEffort, type TUpdateEffort } from '@kansplek/api/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { RadioGroupField } from '@/components/ui/radio-group-field';
import { SelectField } from '@/components/ui/select-field';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import { useZodForm } from '@/hooks/use-zod-form';
import { useCreditableContracts, useSocialEnterprises } from '../api/get-effort-options';
import { useSubmitEffort, useUpdateEffort } from '../api/save-effort';
import {
  effortToFormValues,
  emptyEffortForm,
  submitEffortFormSchema,
  updateEffortFormSchema,
  type EffortFormField,
} from './effort-form-values';

interface EffortFormProps {
  /** The effort to correct; without it the form submits a new one. */
  effort?: TEffort;
  /** The contract to preselect for a new effort (from the contract page). */
  contractId?: string;
  onSaved: (effort: TEffort) => void;
}

/** Submit or correct an effort. The kind decides what is asked: an amount, hours, the social enterprise. */
export function EffortForm({ effort, contractId, onSaved }: EffortFormProps) {
  const { t, i18n } = useTranslation();
  const contracts = useCreditableContracts();
  const enterprises = useSocialEnterprises();
  const submitEffort = useSubmitEffort();
  const updateEffort = useUpdateEffort();
  const schema: z.ZodType<TSubmitEffort | TUpdateEffort> = effort
    ? updateEffortFormSchema(i18n.language, effort.version)
    : submitEffortFormSchema(i18n.language);
  const [initialValues] = useState(() =>
    effort ? effortToFormValues(effort, i18n.language) : emptyEffortForm(contractId),
  );
  const form = useZodForm({
    id: 'effort',
    schema,
    initialValues,
    onSubmit: async (input) =>
      onSaved(
        effort
          ? await updateEffort.mutateAsync({ ...(input as TUpdateEffort), id: effort.id })
          : await submitEffort.mutateAsync(input as TSubmitEffort),
      ),
  });
  const kind = form.values.kind;
  const labels: Partial<Record<EffortFormField, string>> = {
    ...(effort ? {} : { contractId: t('efforts.fields.contract') }),
    kind: t('efforts.fields.kind'),
    description: t('efforts.fields.description'),
    date: t('efforts.fields.date'),
    ...(kind === 'volunteering'
      ? { hours: t('efforts.fields.hours') }
      : { amountCents: t(`efforts.fields.amount.${kind === 'social_purchase' ? 'invoice' : 'cost'}`) }),
    ...(kind === 'social_purchase' ? { socialEnterpriseId: t('efforts.fields.socialEnterprise') } : {}),
    evidence: t('efforts.fields.evidence'),
  };

  return (
    <form className="utrecht-form kp-form" noValidate onSubmit={form.handleSubmit}>
      <ErrorSummary form={form} labels={labels} />
      {!effort && (
        <SelectField form={form} name="contractId" label={labels.contractId!}>
          <option value="">
            {contracts.isPending ? t('common.loading') : t('efforts.form.chooseContract')}
          </option>
          {contracts.data?.map((contract) => (
            <option key={contract.id} value={contract.id}>
              {contract.reference} – {contract.title}
            </option>
          ))}
        </SelectField>
      )}
      <RadioGroupField
        form={form}
        name="kind"
        legend={labels.kind!}
        options={EFFORT_KINDS.map((value) => ({ value, label: t(`efforts.kinds.${value}`) }))}
      />
      <TextAreaField
        form={form}
        name="description"
        label={labels.description!}
        description={t(`efforts.form.descriptionHint.${kind}`)}
        rows={3}
      />
      <TextField
        form={form}
        name="date"
        type="date"
        label={labels.date!}
        description={t('efforts.form.dateHint')}
      />
      {kind === 'volunteering' ? (
        <TextField form={form} name="hours" label={labels.hours!} inputMode="numeric" autoComplete="off" />
      ) : (
        <TextField
          form={form}
          name="amountCents"
          label={labels.amountCents!}
          inputMode="decimal"
          autoComplete="off"
          description={t('efforts.form.amountHint')}
        />
      )}
      {kind === 'social_purchase' && (
        <SelectField form={form} name="socialEnterpriseId" label={labels.socialEnterpriseId!}>
          <option value="">
            {enterprises.isPending ? t('common.loading') : t('efforts.form.chooseSocialEnterprise')}
          </option>
          {enterprises.data?.data.map((org) => (
            <option key={org.id} value={org.id}>
              {org.name}
            </option>
          ))}
        </SelectField>
      )}
      <TextAreaField
        form={form}
        name="evidence"
        label={labels.evidence!}
        description={t('efforts.form.evidenceHint')}
        rows={3}
      />
      <div className="utrecht-button-group">
        <Button type="submit" appearance="primary-action" busy={form.isSubmitting}>
          {effort ? t('common.save') : t('efforts.form.submit')}
        </Button>
      </div>
    </form>
  );
}
