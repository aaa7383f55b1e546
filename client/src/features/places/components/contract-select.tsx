import type { TPlace } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/ui/select-field';
import type { ZodForm } from '@/hooks/use-zod-form';
import { useActiveContracts } from '../api/get-place-options';
import type { PlaceFormField } from './place-form-values';

interface ContractSelectProps {
  form: ZodForm<PlaceFormField>;
  label: string;
  contractorId: string | undefined;
  /** A consultant first chooses the contractor; until then there is nothing to choose from. */
  waitForContractor: boolean;
  /** The contract the place counts for now, shown even when it is no longer active. */
  current: TPlace['contract'];
  hint?: string;
}

/** The contract a place counts for: one of the contractor's active contracts, or none. */
export function ContractSelect({
  form,
  label,
  contractorId,
  waitForContractor,
  current,
  hint,
}: ContractSelectProps) {
  const { t } = useTranslation();
  const ready = !waitForContractor || !!contractorId;
  const contracts = useActiveContracts(contractorId, ready);
  const options = contracts.data?.data ?? [];
  const withCurrent = current && !options.some((c) => c.id === current.id) ? [current, ...options] : options;

  const status = !ready
    ? t('places.form.contractChooseContractorFirst')
    : contracts.isPending
      ? t('common.loading')
      : contracts.isError
        ? t('places.form.contractsUnavailable')
        : options.length === 0
          ? t('places.form.noActiveContracts')
          : t('places.form.contractHint');

  return (
    <SelectField form={form} name="contractId" label={label} description={hint ?? status}>
      <option value="">{t('places.form.noContract')}</option>
      {withCurrent.map((contract) => (
        <option key={contract.id} value={contract.id}>
          {contract.title} ({contract.reference})
        </option>
      ))}
    </SelectField>
  );
}
