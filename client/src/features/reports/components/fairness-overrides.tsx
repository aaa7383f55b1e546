import type { TFairnessOverrides } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/ui/data-table';
import { formatBasisPoints } from '@/lib/money';
import { peopleText } from './people-count';

/** How often consultants overrode the proposals: dismissed (by reason) and added by hand. */
export function FairnessOverrides({ overrides }: { overrides: TFairnessOverrides }) {
  const { t, i18n } = useTranslation();
  const share = (basisPoints: number | null) =>
    basisPoints === null ? '—' : formatBasisPoints(basisPoints, i18n.language);
  return (
    <DataTable
      caption={t('reports.fairness.overrides.caption')}
      columns={[
        { header: t('reports.fairness.overrides.kind') },
        { header: t('reports.fairness.overrides.count'), numeric: true },
        { header: t('reports.fairness.overrides.share'), numeric: true },
      ]}
      rows={[
        {
          key: 'proposals',
          cells: [t('reports.fairness.overrides.fromProposals'), peopleText(t, overrides.fromProposals), '—'],
        },
        {
          key: 'dismissed',
          cells: [
            t('reports.fairness.overrides.dismissed'),
            peopleText(t, overrides.dismissed),
            share(overrides.dismissedRateBasisPoints),
          ],
        },
        ...overrides.dismissedByReason.map((r) => ({
          key: r.reason,
          cells: [
            t('reports.fairness.overrides.dismissedFor', {
              reason: t(`matching.dismissReasons.${r.reason}`),
            }),
            peopleText(t, r.count),
            '—',
          ],
        })),
        {
          key: 'byHand',
          cells: [
            t('reports.fairness.overrides.addedByHand'),
            peopleText(t, overrides.addedByHand),
            share(overrides.addedByHandRateBasisPoints),
          ],
        },
        {
          key: 'constraints',
          cells: [
            t('reports.fairness.overrides.overridingConstraints'),
            peopleText(t, overrides.overridingConstraints),
            '—',
          ],
        },
      ]}
    />
  );
}
