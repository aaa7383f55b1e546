import { z } from 'zod';
import { ZObjectId, ZPageQuery } from './common';
import { ZDate } from './domain';

/**
 * Valuation rule sets (issue 6): the notional value of each building block (*bouwblok*) of social
 * return, per region, versioned, with the date from which a version is in force. PRODUCT.md
 * "Valuation rule set" lists the published examples shipped as presets.
 */

/** A non-negative amount in whole euro cents (a value of 0 is allowed: the block counts for nothing). */
export const ZValueCents = z.number().int().min(0).max(1_000_000_000);

/** A share as basis points: 10 000 is 100 % (the whole invoice counts). */
export const ZShareBasisPoints = z.number().int().min(0).max(10_000);

/**
 * The employment blocks: the person's benefit situation when the employment starts (PRODUCT.md "How
 * the table applies"). Being a status holder or 50+ is never a block of its own: those are bonuses.
 * `wia` has no value in the published presets; a region may give it one.
 */
export const EMPLOYMENT_SITUATIONS = ['participatiewet', 'banenafspraak', 'ww', 'nug', 'wia'] as const;
export const ZEmploymentSituation = z.enum(EMPLOYMENT_SITUATIONS);
export type TEmploymentSituation = z.infer<typeof ZEmploymentSituation>;

/** Employment in a benefit situation: a value per full-time year, pro rata for hours and days. */
export const ZEmploymentRule = z.strictObject({
  situation: ZEmploymentSituation,
  // Months on benefit at the start of employment, at least: 24 is "≥ 2 years on benefit".
  minBenefitMonths: z.number().int().min(0).max(600).default(0),
  annualValueCents: ZValueCents,
  // How many months of employment count; null counts every month worked.
  capMonths: z.number().int().min(1).max(120).nullable(),
});
export type TEmploymentRule = z.infer<typeof ZEmploymentRule>;

/** An apprenticeship (BBL, *leerwerkplek*) by the MBO level of its training: a value per placement year. */
export const ZApprenticeshipRule = z
  .strictObject({
    minLevel: z.number().int().min(1).max(4),
    maxLevel: z.number().int().min(1).max(4),
    valueCents: ZValueCents,
  })
  .refine((r) => r.minLevel <= r.maxLevel, {
    path: ['minLevel'],
    message: 'The lowest level cannot exceed the highest',
  });
export type TApprenticeshipRule = z.infer<typeof ZApprenticeshipRule>;

/** Bonuses on top of an employment's block, once per placement (one age bonus at most: the higher). */
export const BONUS_KINDS = ['age_50', 'age_55', 'status_holder', 'permanent_contract'] as const;
export const ZBonusKind = z.enum(BONUS_KINDS);
export type TBonusKind = z.infer<typeof ZBonusKind>;
export const ZBonusRule = z.strictObject({ kind: ZBonusKind, valueCents: ZValueCents });
export type TBonusRule = z.infer<typeof ZBonusRule>;

/** The values of a rule set; null means the building block does not count in this region. */
export const ZRuleSetValues = z.strictObject({
  // Employment values are per full-time year; hours are counted against this working week.
  fullTimeHoursPerWeek: z.number().int().min(24).max(40).default(36),
  employment: z.array(ZEmploymentRule).max(40),
  // Per month of a trial placement (*proefplaatsing*), accrued per day from its start to its actual end.
  trialMonthlyCents: ZValueCents.nullable(),
  // Per month of a work-experience place (*werkervaringsplek*).
  workExperienceMonthlyCents: ZValueCents.nullable(),
  // Per placement year of an internship, accrued per day while it runs, at most 12 months.
  internshipCents: ZValueCents.nullable(),
  apprenticeship: z.array(ZApprenticeshipRule).max(8),
  bonuses: z.array(ZBonusRule).max(8),
  // Purchase at a social enterprise: this share of the invoice excluding VAT.
  socialPurchaseBasisPoints: ZShareBasisPoints.nullable(),
  volunteeringHourCents: ZValueCents.nullable(),
  // Project contributions and practical support count at this share of what they cost.
  projectContributionBasisPoints: ZShareBasisPoints.nullable(),
  practicalSupportBasisPoints: ZShareBasisPoints.nullable(),
});
export type TRuleSetValues = z.infer<typeof ZRuleSetValues>;

/** The published examples in PRODUCT.md, shipped as presets an admin starts from. */
export const RULE_SET_PRESETS = ['oost_nederland', 'haaglanden', 'utrecht'] as const;
export const ZRuleSetPreset = z.enum(RULE_SET_PRESETS);
export type TRuleSetPreset = z.infer<typeof ZRuleSetPreset>;

/**
 * A new version of a region's rule set. Versions are never edited in place: a change is a new version,
 * so every credit can say which version produced it.
 */
export const ZCreateRuleSet = z.strictObject({
  regionId: ZObjectId,
  name: z.string().trim().min(3, 'Enter a name').max(120),
  effectiveFrom: ZDate,
  // Why this version exists ("Bouwblokken 2027"); shown in the history.
  note: z.string().trim().max(1000).default(''),
  values: ZRuleSetValues,
});
export type TCreateRuleSet = z.infer<typeof ZCreateRuleSet>;

export const ZRuleSet = z
  .object({
    id: ZObjectId,
    region: z.object({ id: ZObjectId, name: z.string() }),
    name: z.string(),
    version: z.number().int().meta({ description: 'Counts up per region: 1, 2, 3 …' }),
    effectiveFrom: z.string(),
    note: z.string(),
    values: ZRuleSetValues,
    createdBy: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'RuleSet' });
export type TRuleSet = z.infer<typeof ZRuleSet>;

/** The short reference a credit carries to the version that valued it. */
export const ZRuleSetReference = z.object({ id: ZObjectId, name: z.string(), version: z.number().int() });
export type TRuleSetReference = z.infer<typeof ZRuleSetReference>;

export const ZRuleSetListQuery = ZPageQuery.extend({
  regionId: ZObjectId.optional(),
  sort: z.enum(['-version', 'version', '-effectiveFrom', 'effectiveFrom']).default('-version'),
});
export type TRuleSetListQuery = z.infer<typeof ZRuleSetListQuery>;

export const ZRuleSetPresetInfo = z.object({
  preset: ZRuleSetPreset,
  name: z.string(),
  values: ZRuleSetValues,
});
export type TRuleSetPresetInfo = z.infer<typeof ZRuleSetPresetInfo>;
