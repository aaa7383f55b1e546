import type { TRuleSetValues } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { DataList } from '@/components/ui/data-list';
import { DataTable } from '@/components/ui/data-table';
import { formatBasisPoints, formatEuros } from '@/lib/money';

/** A rule set's values as readable tables in euros; "telt niet mee" where a block is not valued. */
export function RuleSetTables({ values }: { values: TRuleSetValues }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const euros = (cents: number | null) =>
    cents === null ? t('ruleSets.notValued') : formatEuros(cents, locale);
  const share = (basisPoints: number | null) =>
    basisPoints === null ? t('ruleSets.notValued') : formatBasisPoints(basisPoints, locale);
  const columns = (...fields: string[]) => fields.map((field) => ({ header: t(`ruleSets.fields.${field}`) }));
  return (
    <>
      <DataTable
        caption={t('ruleSets.sections.employment')}
        columns={columns('situation', 'minBenefitMonths', 'annualValue', 'capMonths')}
        rows={values.employment.map((rule, i) => ({
          key: String(i),
          cells: [
            t(`ruleSets.situations.${rule.situation}`),
            t('ruleSets.months', { count: rule.minBenefitMonths }),
            formatEuros(rule.annualValueCents, locale),
            rule.capMonths === null
              ? t('ruleSets.unlimited')
              : t('ruleSets.months', { count: rule.capMonths }),
          ],
        }))}
      />
      <DataTable
        caption={t('ruleSets.sections.apprenticeship')}
        columns={columns('levels', 'value')}
        rows={values.apprenticeship.map((rule, i) => ({
          key: String(i),
          cells: [
            t('ruleSets.levelRange', { min: rule.minLevel, max: rule.maxLevel }),
            formatEuros(rule.valueCents, locale),
          ],
        }))}
      />
      <DataTable
        caption={t('ruleSets.sections.bonuses')}
        columns={columns('bonus', 'value')}
        rows={values.bonuses.map((rule, i) => ({
          key: String(i),
          cells: [t(`ruleSets.bonuses.${rule.kind}`), formatEuros(rule.valueCents, locale)],
        }))}
      />
      <h2 className="utrecht-heading-2">{t('ruleSets.sections.other')}</h2>
      <DataList
        rows={[
          [
            t('ruleSets.fields.fullTimeHoursPerWeek'),
            t('ruleSets.hours', { count: values.fullTimeHoursPerWeek }),
          ],
          [t('ruleSets.fields.trialMonthly'), euros(values.trialMonthlyCents)],
          [t('ruleSets.fields.workExperienceMonthly'), euros(values.workExperienceMonthlyCents)],
          [t('ruleSets.fields.internship'), euros(values.internshipCents)],
          [t('ruleSets.fields.socialPurchase'), share(values.socialPurchaseBasisPoints)],
          [t('ruleSets.fields.volunteeringHour'), euros(values.volunteeringHourCents)],
          [t('ruleSets.fields.projectContribution'), share(values.projectContributionBasisPoints)],
          [t('ruleSets.fields.practicalSupport'), share(values.practicalSupportBasisPoints)],
        ]}
      />
    </>
  );
}
