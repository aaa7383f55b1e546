import { ZCreateRuleSet, type TCreateRuleSet, type TRuleSetValues } from '@kansplek/api/contract';
import { z } from 'zod';
import { formatEuroInput, parseEuroAmount, parsePercentage } from '@/lib/money';

/**
 * The rule set form as flat text fields, so the shared form machinery (errors at fields, input kept)
 * works for it. Rows of the lists carry a stable row id in their field names
 * (`employment-3-annualValueCents`); the order of the ids is the order of the list.
 */
export const LISTS = {
  employment: ['situation', 'minBenefitMonths', 'annualValueCents', 'capMonths'],
  apprenticeship: ['minLevel', 'maxLevel', 'valueCents'],
  bonuses: ['kind', 'valueCents'],
} as const;
export type ListName = keyof typeof LISTS;
export type RowOrder = Record<ListName, number[]>;

export const SINGLE_FIELDS = [
  'regionId',
  'name',
  'effectiveFrom',
  'note',
  'fullTimeHoursPerWeek',
  'trialMonthlyCents',
  'workExperienceMonthlyCents',
  'internshipCents',
  'socialPurchaseBasisPoints',
  'volunteeringHourCents',
  'projectContributionBasisPoints',
  'practicalSupportBasisPoints',
] as const;

export type DraftValues = Record<string, string>;
export const rowField = (list: ListName, row: number, field: string) => `${list}-${row}-${field}`;

const euros = (cents: number | null, locale: string) =>
  cents === null ? '' : formatEuroInput(cents, locale);
const percent = (basisPoints: number | null, locale: string) =>
  basisPoints === null ? '' : (basisPoints / 100).toLocaleString(locale === 'en' ? 'en-GB' : 'nl-NL');

/** A rule set's values (or a preset's) as the form shows them, with rows numbered from 0. */
export function draftFrom(
  base: { regionId?: string; name?: string; values: TRuleSetValues },
  locale: string,
): { values: DraftValues; order: RowOrder } {
  const v = base.values;
  const values: DraftValues = {
    regionId: base.regionId ?? '',
    name: base.name ?? '',
    effectiveFrom: '',
    note: '',
    fullTimeHoursPerWeek: String(v.fullTimeHoursPerWeek),
    trialMonthlyCents: euros(v.trialMonthlyCents, locale),
    workExperienceMonthlyCents: euros(v.workExperienceMonthlyCents, locale),
    internshipCents: euros(v.internshipCents, locale),
    socialPurchaseBasisPoints: percent(v.socialPurchaseBasisPoints, locale),
    volunteeringHourCents: euros(v.volunteeringHourCents, locale),
    projectContributionBasisPoints: percent(v.projectContributionBasisPoints, locale),
    practicalSupportBasisPoints: percent(v.practicalSupportBasisPoints, locale),
  };
  v.employment.forEach((rule, row) => {
    values[rowField('employment', row, 'situation')] = rule.situation;
    values[rowField('employment', row, 'minBenefitMonths')] = String(rule.minBenefitMonths);
    values[rowField('employment', row, 'annualValueCents')] = euros(rule.annualValueCents, locale);
    values[rowField('employment', row, 'capMonths')] = rule.capMonths === null ? '' : String(rule.capMonths);
  });
  v.apprenticeship.forEach((rule, row) => {
    values[rowField('apprenticeship', row, 'minLevel')] = String(rule.minLevel);
    values[rowField('apprenticeship', row, 'maxLevel')] = String(rule.maxLevel);
    values[rowField('apprenticeship', row, 'valueCents')] = euros(rule.valueCents, locale);
  });
  v.bonuses.forEach((rule, row) => {
    values[rowField('bonuses', row, 'kind')] = rule.kind;
    values[rowField('bonuses', row, 'valueCents')] = euros(rule.valueCents, locale);
  });
  const indexes = (n: number) => Array.from({ length: n }, (_, i) => i);
  return {
    values,
    order: {
      employment: indexes(v.employment.length),
      apprenticeship: indexes(v.apprenticeship.length),
      bonuses: indexes(v.bonuses.length),
    },
  };
}

/** The form's field name for a path of the request body (`values.employment.2.capMonths`). */
export function fieldForPath(path: ReadonlyArray<string | number>, order: RowOrder): string {
  const [first, second, index, field] = path.map(String);
  if (first !== 'values') return first ?? '';
  if (second && second in LISTS && index !== undefined) {
    const row = order[second as ListName][Number(index)];
    return row === undefined ? second : rowField(second as ListName, row, field ?? '');
  }
  return second ?? first;
}

type Ctx = z.RefinementCtx;

function read<T>(
  values: DraftValues,
  field: string,
  parse: (text: string) => T | undefined,
  ctx: Ctx,
): T | null {
  const text = (values[field] ?? '').trim();
  if (!text) return null;
  const value = parse(text);
  if (value === undefined) {
    ctx.addIssue({
      code: 'invalid_format',
      format: 'number',
      path: [field],
      message: 'Not a number',
      input: text,
    });
    return null;
  }
  return value;
}

const wholeNumber = (text: string) => (/^\d+$/.test(text) ? Number(text) : undefined);

/** The form's strings → the request body, checked by the API's own schema; issues land on their fields. */
export function ruleSetDraftSchema(locale: string, order: RowOrder) {
  const money = (values: DraftValues, field: string, ctx: Ctx) =>
    read(values, field, (text) => parseEuroAmount(text, locale), ctx);
  const share = (values: DraftValues, field: string, ctx: Ctx) =>
    read(
      values,
      field,
      (text) => {
        const percentage = parsePercentage(text);
        return percentage === undefined ? undefined : Math.round(percentage * 100);
      },
      ctx,
    );
  return z.custom<DraftValues>().transform((values, ctx): TCreateRuleSet => {
    const rows = <T>(list: ListName, build: (row: number) => T) => order[list].map(build);
    const body = {
      regionId: values.regionId,
      name: values.name,
      effectiveFrom: values.effectiveFrom,
      note: values.note,
      values: {
        fullTimeHoursPerWeek: read(values, 'fullTimeHoursPerWeek', wholeNumber, ctx),
        employment: rows('employment', (row) => ({
          situation: values[rowField('employment', row, 'situation')],
          minBenefitMonths:
            read(values, rowField('employment', row, 'minBenefitMonths'), wholeNumber, ctx) ?? 0,
          annualValueCents: money(values, rowField('employment', row, 'annualValueCents'), ctx),
          capMonths: read(values, rowField('employment', row, 'capMonths'), wholeNumber, ctx),
        })),
        trialMonthlyCents: money(values, 'trialMonthlyCents', ctx),
        workExperienceMonthlyCents: money(values, 'workExperienceMonthlyCents', ctx),
        internshipCents: money(values, 'internshipCents', ctx),
        apprenticeship: rows('apprenticeship', (row) => ({
          minLevel: read(values, rowField('apprenticeship', row, 'minLevel'), wholeNumber, ctx),
          maxLevel: read(values, rowField('apprenticeship', row, 'maxLevel'), wholeNumber, ctx),
          valueCents: money(values, rowField('apprenticeship', row, 'valueCents'), ctx),
        })),
        bonuses: rows('bonuses', (row) => ({
          kind: values[rowField('bonuses', row, 'kind')],
          valueCents: money(values, rowField('bonuses', row, 'valueCents'), ctx),
        })),
        socialPurchaseBasisPoints: share(values, 'socialPurchaseBasisPoints', ctx),
        volunteeringHourCents: money(values, 'volunteeringHourCents', ctx),
        projectContributionBasisPoints: share(values, 'projectContributionBasisPoints', ctx),
        practicalSupportBasisPoints: share(values, 'practicalSupportBasisPoints', ctx),
      },
    };
    const parsed = ZCreateRuleSet.safeParse(body);
    const taken = new Set(ctx.issues.map((issue) => issue.path?.[0]));
    for (const issue of parsed.error?.issues ?? []) {
      const field = fieldForPath(issue.path as Array<string | number>, order);
      if (!taken.has(field)) ctx.issues.push({ ...issue, path: [field] } as (typeof ctx.issues)[number]);
    }
    return parsed.success ? parsed.data : z.NEVER;
  });
}
