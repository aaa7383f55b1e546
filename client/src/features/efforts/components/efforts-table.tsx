import type { TEffort } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { generatePath, Link } from 'react-router';
import { DataTable } from '@/components/ui/data-table';
import { paths } from '@/config/paths';
import { formatDay } from '@/lib/format';
import { effortAmount } from './effort-amount';
import { EffortStatusBadge } from './effort-status-badge';

interface EffortsTableProps {
  efforts: TEffort[];
  caption: string;
  /** On a contract's own page the contract column says nothing new. */
  showContract?: boolean;
}

export function EffortsTable({ efforts, caption, showContract = true }: EffortsTableProps) {
  const { t, i18n } = useTranslation();
  const columns = [
    { header: t('efforts.fields.description') },
    ...(showContract ? [{ header: t('efforts.fields.contract') }] : []),
    { header: t('efforts.fields.kind') },
    { header: t('efforts.fields.date') },
    { header: t('efforts.fields.value'), numeric: true },
    { header: t('efforts.fields.status') },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={efforts.map((effort) => ({
        key: effort.id,
        cells: [
          <Link
            key="link"
            className="utrecht-link utrecht-link--html-a"
            to={generatePath(paths.effort, { id: effort.id })}
          >
            {effort.description}
          </Link>,
          ...(showContract ? [`${effort.contract.reference} – ${effort.contractor.name}`] : []),
          t(`efforts.kinds.${effort.kind}`),
          formatDay(effort.date, i18n.language),
          effortAmount(effort, t, i18n.language),
          <EffortStatusBadge key="status" status={effort.status} />,
        ],
      }))}
    />
  );
}
