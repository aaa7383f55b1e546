import type { TCredit, TEffort } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { formatDay } from '@/lib/format';
import { formatEuros } from '@/lib/money';
import { ruleSetText } from './credit-texts';
import { DataTable } from '@/components/ui/data-table';

/** The credited placements of the statement, every one of them. */
export function StatementPlacements({ credits }: { credits: TCredit[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  if (credits.length === 0) return <p className="utrecht-paragraph">{t('sroi.statement.noPlacements')}</p>;
  return (
    <DataTable
      caption={t('sroi.statement.placementsCaption', { count: credits.length })}
      columns={[
        { header: t('sroi.fields.credited') },
        { header: t('sroi.fields.kind') },
        { header: t('sroi.fields.date') },
        { header: t('sroi.fields.ruleSet') },
        { header: t('sroi.fields.amount'), numeric: true },
      ]}
      rows={credits.map((credit) => ({
        key: credit.id,
        cells: [
          credit.label,
          t(`sroi.kinds.${credit.kind}`),
          formatDay(credit.date.slice(0, 10), locale),
          ruleSetText(t, credit.ruleSet),
          formatEuros(credit.amountCents, locale),
        ],
      }))}
    />
  );
}

/** The accepted efforts with their evidence, and what each counts for (from its credit). */
export function StatementEfforts({ credits, efforts }: { credits: TCredit[]; efforts: TEffort[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const creditOf = new Map(credits.map((credit) => [credit.effortId, credit]));
  if (efforts.length === 0) return <p className="utrecht-paragraph">{t('sroi.statement.noEfforts')}</p>;
  return (
    <DataTable
      caption={t('sroi.statement.effortsCaption', { count: efforts.length })}
      columns={[
        { header: t('sroi.fields.description') },
        { header: t('sroi.fields.kind') },
        { header: t('sroi.fields.date') },
        { header: t('sroi.fields.evidence') },
        { header: t('sroi.fields.ruleSet') },
        { header: t('sroi.fields.amount'), numeric: true },
      ]}
      rows={efforts.map((effort) => {
        const credit = creditOf.get(effort.id);
        const cents = credit?.amountCents ?? effort.creditCents ?? 0;
        const what = [
          effort.socialEnterprise?.name,
          effort.amountCents !== null ? formatEuros(effort.amountCents, locale) : null,
          effort.hours !== null ? t('sroi.lineParams.hours', { count: effort.hours }) : null,
        ].filter(Boolean);
        return {
          key: effort.id,
          cells: [
            what.length ? `${effort.description} (${what.join(', ')})` : effort.description,
            t(`sroi.kinds.${effort.kind}`),
            formatDay(effort.date.slice(0, 10), locale),
            effort.evidence,
            ruleSetText(t, credit?.ruleSet ?? null),
            formatEuros(cents, locale),
          ],
        };
      })}
    />
  );
}
