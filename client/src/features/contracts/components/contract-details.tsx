import type { TContract } from '@kansplek/api/contract';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '@/lib/format';
import { formatEuros, formatPercentage } from '@/lib/money';
import { DataList } from '@/components/ui/data-list';
import { ContractStatusBadge } from './contract-status-badge';

/** Everything about one contract as a description list; the obligation first, since it is what counts. */
export function ContractDetails({ contract }: { contract: TContract }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const groups = contract.preferredTargetGroups.map((group) => t(`contracts.targetGroups.${group}`));
  const rows: Array<[string, ReactNode]> = [
    [t('fields.status'), <ContractStatusBadge status={contract.status} key="status" />],
    [
      t('contracts.fields.obligation'),
      <span key="obligation">
        <strong>{formatEuros(contract.obligationCents, locale)}</strong>{' '}
        {t('contracts.detail.obligationRounded', {
          value: formatEuros(contract.valueCents, locale),
          percentage: formatPercentage(contract.sroiPercentage, locale),
        })}
      </span>,
    ],
    [t('contracts.fields.value'), formatEuros(contract.valueCents, locale)],
    [t('contracts.fields.sroiPercentage'), formatPercentage(contract.sroiPercentage, locale)],
    [t('contracts.fields.reference'), contract.reference],
    [t('contracts.fields.municipality'), contract.municipality.name],
    [t('contracts.fields.contractor'), contract.contractor.name],
    [
      t('contracts.fields.term'),
      t('contracts.detail.term', {
        start: formatDay(contract.startDate, locale),
        end: formatDay(contract.endDate, locale),
      }),
    ],
    [t('contracts.fields.realisationDeadline'), formatDay(contract.realisationDeadline, locale)],
    [
      t('contracts.fields.labourIntensive'),
      contract.labourIntensive ? t('contracts.detail.yes') : t('contracts.detail.no'),
    ],
    [
      t('contracts.fields.preferredTargetGroups'),
      groups.length ? groups.join(', ') : t('contracts.detail.noTargetGroups'),
    ],
  ];

  return <DataList rows={rows} />;
}
