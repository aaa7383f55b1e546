import type { TCredit, TCreditHistoryEntry, TCreditLine, TRuleSetReference } from '@kansplek/api/contract';
import type { TFunction } from 'i18next';
import { formatEuros } from '@/lib/money';

/** "Oost-Nederland 2026, versie 2", or that no rule set valued it. */
export function ruleSetText(t: TFunction, ruleSet: TRuleSetReference | null): string {
  return ruleSet
    ? t('sroi.ruleSet.version', { name: ruleSet.name, version: ruleSet.version })
    : t('sroi.ruleSet.none');
}

/** What a line's value rests on, in words: "Participatiewet, 32 uur per week, hoogstens 12 maanden". */
export function lineDetails(t: TFunction, line: TCreditLine, locale: string): string {
  const { params } = line;
  const parts: string[] = [];
  if (typeof params.situation === 'string') parts.push(t(`ruleSets.situations.${params.situation}`));
  if (typeof params.minBenefitMonths === 'number' && params.minBenefitMonths > 0)
    parts.push(t('sroi.lineParams.minBenefitMonths', { count: params.minBenefitMonths }));
  if (typeof params.hoursPerWeek === 'number')
    parts.push(t('sroi.lineParams.hoursPerWeek', { count: params.hoursPerWeek }));
  if (typeof params.capMonths === 'number')
    parts.push(t('sroi.lineParams.capMonths', { count: params.capMonths }));
  if (params.capMonths === null && 'capMonths' in params) parts.push(t('sroi.lineParams.noCap'));
  if (typeof params.bonus === 'string') parts.push(t(`sroi.bonuses.${params.bonus}`));
  if (typeof params.level === 'number') parts.push(t('sroi.lineParams.level', { level: params.level }));
  if (typeof params.monthlyCents === 'number')
    parts.push(t('sroi.lineParams.monthly', { amount: formatEuros(params.monthlyCents, locale) }));
  if (typeof params.hours === 'number') parts.push(t('sroi.lineParams.hours', { count: params.hours }));
  if (typeof params.hourCents === 'number')
    parts.push(t('sroi.lineParams.perHour', { amount: formatEuros(params.hourCents, locale) }));
  if (typeof params.amountCents === 'number')
    parts.push(t('sroi.lineParams.amount', { amount: formatEuros(params.amountCents, locale) }));
  if (typeof params.basisPoints === 'number')
    parts.push(t('sroi.lineParams.share', { percentage: params.basisPoints / 100 }));
  return parts.join(', ');
}

/** "Herberekend met versie 2: € 1.158,90 → € 11.250,00": why the figure changed, and from what. */
export function historyText(t: TFunction, entry: TCreditHistoryEntry, locale: string): string {
  const reason = t(`sroi.history.${entry.reason}`);
  const text = entry.ruleSet
    ? t('sroi.history.withVersion', { reason, version: entry.ruleSet.version })
    : reason;
  if (entry.previousAmountCents === null || entry.previousAmountCents === entry.amountCents) return text;
  return t('sroi.history.change', {
    text,
    before: formatEuros(entry.previousAmountCents, locale),
    after: formatEuros(entry.amountCents, locale),
  });
}

/** The correction of a credit under the corrected valuation rules, when it changed the figure. */
export function correctionOf(credit: TCredit): TCreditHistoryEntry | null {
  return (
    credit.history.find(
      (entry) =>
        entry.reason === 'rules_corrected' &&
        entry.previousAmountCents !== null &&
        entry.previousAmountCents !== entry.amountCents,
    ) ?? null
  );
}
