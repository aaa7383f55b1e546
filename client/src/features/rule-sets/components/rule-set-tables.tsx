import type { TRuleSetValues } from '@kansplek/api/contract';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DataList } from '@/components/ui/data-list';
import { formatBasisPoints, formatEuros } from '@/lib/money';

function Table({ caption, headers, rows }: { caption: string; headers: string[]; rows: ReactNode[][] }) {
  const captionId = useId();
  return (
    <div
      className="utrecht-table-container utrecht-table-container--overflow-inline"
      tabIndex={0}
      role="region"
      aria-labelledby={captionId}
    >
      <table className="utrecht-table utrecht-table--html-table">
        <caption className="utrecht-table__caption" id={captionId}>
          {caption}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {headers.map((header) => (
              <th key={header} scope="col" className="utrecht-table__header-cell">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((cells, i) => (
            <tr className="utrecht-table__row" key={i}>
              {cells.map((cell, j) =>
                j === 0 ? (
                  <th key={j} scope="row" className="utrecht-table__cell">
                    {cell}
                  </th>
                ) : (
                  <td key={j} className="utrecht-table__cell">
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A rule set's values as readable tables in euros; "telt niet mee" where a block is not valued. */
export function RuleSetTables({ values }: { values: TRuleSetValues }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const euros = (cents: number | null) =>
    cents === null ? t('ruleSets.notValued') : formatEuros(cents, locale);
  const share = (basisPoints: number | null) =>
    basisPoints === null ? t('ruleSets.notValued') : formatBasisPoints(basisPoints, locale);
  return (
    <>
      <Table
        caption={t('ruleSets.sections.employment')}
        headers={[
          t('ruleSets.fields.targetGroup'),
          t('ruleSets.fields.minBenefitMonths'),
          t('ruleSets.fields.annualValue'),
          t('ruleSets.fields.capMonths'),
        ]}
        rows={values.employment.map((rule) => [
          t(`contracts.targetGroups.${rule.targetGroup}`),
          t('ruleSets.months', { count: rule.minBenefitMonths }),
          formatEuros(rule.annualValueCents, locale),
          rule.capMonths === null ? t('ruleSets.unlimited') : t('ruleSets.months', { count: rule.capMonths }),
        ])}
      />
      <Table
        caption={t('ruleSets.sections.apprenticeship')}
        headers={[t('ruleSets.fields.levels'), t('ruleSets.fields.value')]}
        rows={values.apprenticeship.map((rule) => [
          t('ruleSets.levelRange', { min: rule.minLevel, max: rule.maxLevel }),
          formatEuros(rule.valueCents, locale),
        ])}
      />
      <Table
        caption={t('ruleSets.sections.bonuses')}
        headers={[t('ruleSets.fields.bonus'), t('ruleSets.fields.value')]}
        rows={values.bonuses.map((rule) => [
          t(`ruleSets.bonuses.${rule.kind}`),
          formatEuros(rule.valueCents, locale),
        ])}
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
