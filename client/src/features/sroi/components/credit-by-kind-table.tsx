import type { TContractProgress } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { formatEuros } from '@/lib/money';
import { DataTable } from '@/components/ui/data-table';

/** Credit per kind of placement or effort: how many, and what they count for. */
export function CreditByKindTable({
  bySource,
  caption,
}: {
  bySource: TContractProgress['bySource'];
  caption: string;
}) {
  const { t, i18n } = useTranslation();
  return (
    <DataTable
      caption={caption}
      columns={[
        { header: t('sroi.fields.kind') },
        { header: t('sroi.fields.count'), numeric: true },
        { header: t('sroi.fields.credit'), numeric: true },
      ]}
      rows={bySource.map((row) => ({
        key: row.kind,
        cells: [t(`sroi.kinds.${row.kind}`), row.count, formatEuros(row.cents, i18n.language)],
      }))}
    />
  );
}
