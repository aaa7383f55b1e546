import type { TFairnessDimension, TFairnessGroup } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/ui/data-table';
import { formatBasisPoints } from '@/lib/money';
import { peopleText } from './people-count';

/** The steps shown as columns; `proposed` is every case, so the cases column says it. */
const STEPS = ['shortlisted', 'introduced', 'trial', 'hired', 'durable'] as const;

/**
 * One dimension's groups (target groups, age bands, …) as a table: per step the share of the group's
 * cases that got that far and its ratio against the best group; a flag is written out, not only shown.
 */
export function FairnessGroupsTable({
  dimension,
  groups,
}: {
  dimension: TFairnessDimension;
  groups: TFairnessGroup[];
}) {
  const { t, i18n } = useTranslation();
  const ratio = (basisPoints: number) =>
    (basisPoints / 10_000).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'nl-NL', {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
  const groupName = (g: TFairnessGroup) => {
    switch (g.dimension) {
      case 'target_group':
        return g.group === 'none'
          ? t('reports.fairness.noTargetGroup')
          : t(`contracts.targetGroups.${g.group}`);
      case 'municipality':
        return g.label ?? g.group;
      default:
        return t(`reports.fairness.groups.${g.dimension}.${g.group}`);
    }
  };
  const stepCell = (s: TFairnessGroup['steps'][number]) => {
    if (s.rateBasisPoints === null) return peopleText(t, s.count);
    const rate = formatBasisPoints(s.rateBasisPoints, i18n.language);
    const text = s.ratioBasisPoints === null ? rate : `${rate} (${ratio(s.ratioBasisPoints)})`;
    return s.flagged ? (
      <>
        {text} <strong className="kp-fairness-flag">{t('reports.fairness.flagged')}</strong>
      </>
    ) : (
      text
    );
  };
  const mean = (value: number | null) => (value === null ? '—' : value.toLocaleString(i18n.language));

  return (
    <DataTable
      caption={t(`reports.fairness.dimensions.${dimension}`)}
      columns={[
        { header: t('reports.fairness.group') },
        { header: t('reports.fairness.cases'), numeric: true },
        ...STEPS.map((step) => ({ header: t(`reports.fairness.steps.${step}`), numeric: true })),
        { header: t('reports.fairness.meanRank'), numeric: true },
        { header: t('reports.fairness.meanScore'), numeric: true },
      ]}
      rows={groups.map((g) => ({
        key: g.group,
        cells: [
          groupName(g),
          peopleText(t, g.cases),
          ...STEPS.map((step) => stepCell(g.steps.find((s) => s.step === step)!)),
          mean(g.meanRank),
          mean(g.meanScore),
        ],
      }))}
    />
  );
}
