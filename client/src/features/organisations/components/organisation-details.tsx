import type { TOrganisation } from '@kansplek/api/contract';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegionNames } from '../api/get-region-names';
import { DataList } from '@/components/ui/data-list';

function addressLines(organisation: TOrganisation): string | null {
  const address = organisation.address;
  if (!address) return null;
  const street = [address.street, address.houseNumber].filter(Boolean).join(' ');
  return [street, [address.postcode, address.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}

export function OrganisationDetails({ organisation }: { organisation: TOrganisation }) {
  const { t } = useTranslation();
  const regions = useRegionNames();
  const regionName = (id: string) => regions.data?.data.find((region) => region.id === id)?.name;
  const regionNames = organisation.regionIds.map((id) => regionName(id)).filter(Boolean);
  const rows: Array<[string, ReactNode]> = [
    [t('organisations.fields.kind'), t(`organisations.kinds.${organisation.kind}`)],
    ...(organisation.kvkNumber
      ? [[t('organisations.fields.kvkNumber'), organisation.kvkNumber] as [string, string]]
      : []),
    ...(organisation.municipalityCode
      ? [[t('organisations.fields.municipalityCode'), organisation.municipalityCode] as [string, string]]
      : []),
    [t('organisations.fields.address'), addressLines(organisation) ?? t('organisations.detail.noAddress')],
    ...(organisation.regionIds.length
      ? [[t('organisations.fields.regions'), regionNames.join(', ') || '…'] as [string, string]]
      : []),
  ];

  return <DataList rows={rows} />;
}
