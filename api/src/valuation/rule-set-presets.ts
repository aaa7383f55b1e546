import type { TEmploymentRule, TEmploymentSituation, TRuleSetPreset, TRuleSetValues } from '../contract';

/**
 * The published examples of PRODUCT.md ("Valuation rule set") as rule set values, in euro cents.
 * Sources: impactoost.nl/bouwblokken, denhaag.nl social-return-bouwblokken (Haaglanden),
 * utrecht.nl bouwblokkenmodel-social-return. A "—" in the table is null or no rule.
 */

const EURO = 100;
const FULL_TIME_HOURS = 36;
// The published tables give no longer cap for any block, so every block counts 12 months; a region's
// own version may give a block 24 months or no cap.
const CAP_MONTHS = 12;
// The regions' models credit what a project contribution or practical support cost, at face value.
const FACE_VALUE_BASIS_POINTS = 10_000;

function employment(
  situation: TEmploymentSituation,
  annualEuro: number,
  minBenefitMonths = 0,
  capMonths: number | null = CAP_MONTHS,
): TEmploymentRule {
  return { situation, minBenefitMonths, annualValueCents: annualEuro * EURO, capMonths };
}

const OOST_NEDERLAND: TRuleSetValues = {
  fullTimeHoursPerWeek: FULL_TIME_HOURS,
  employment: [
    employment('participatiewet', 30_000),
    employment('participatiewet', 40_000, 24),
    employment('banenafspraak', 40_000),
    employment('ww', 10_000),
    employment('ww', 15_000, 12),
    employment('nug', 10_000),
  ],
  // "Work-experience place or trial placement: €750 / month" covers both.
  trialMonthlyCents: 750 * EURO,
  workExperienceMonthlyCents: 750 * EURO,
  internshipCents: null,
  apprenticeship: [{ minLevel: 1, maxLevel: 2, valueCents: 20_000 * EURO }],
  bonuses: [],
  socialPurchaseBasisPoints: null,
  volunteeringHourCents: null,
  projectContributionBasisPoints: FACE_VALUE_BASIS_POINTS,
  practicalSupportBasisPoints: FACE_VALUE_BASIS_POINTS,
};

const HAAGLANDEN: TRuleSetValues = {
  fullTimeHoursPerWeek: FULL_TIME_HOURS,
  employment: [
    employment('participatiewet', 40_000),
    employment('banenafspraak', 50_000),
    employment('ww', 20_000),
    employment('nug', 5_000),
  ],
  trialMonthlyCents: null,
  workExperienceMonthlyCents: null,
  internshipCents: 5_000 * EURO,
  apprenticeship: [
    { minLevel: 1, maxLevel: 2, valueCents: 25_000 * EURO },
    { minLevel: 3, maxLevel: 4, valueCents: 15_000 * EURO },
  ],
  bonuses: [{ kind: 'age_55', valueCents: 10_000 * EURO }],
  socialPurchaseBasisPoints: null,
  volunteeringHourCents: null,
  projectContributionBasisPoints: FACE_VALUE_BASIS_POINTS,
  practicalSupportBasisPoints: FACE_VALUE_BASIS_POINTS,
};

const UTRECHT: TRuleSetValues = {
  fullTimeHoursPerWeek: FULL_TIME_HOURS,
  employment: [
    employment('participatiewet', 40_000),
    employment('banenafspraak', 50_000),
    employment('nug', 10_000),
  ],
  trialMonthlyCents: null,
  workExperienceMonthlyCents: null,
  internshipCents: null,
  apprenticeship: [{ minLevel: 1, maxLevel: 4, valueCents: 35_000 * EURO }],
  bonuses: [
    { kind: 'age_50', valueCents: 10_000 * EURO },
    { kind: 'status_holder', valueCents: 10_000 * EURO },
    { kind: 'permanent_contract', valueCents: 10_000 * EURO },
  ],
  // The whole invoice excluding VAT counts.
  socialPurchaseBasisPoints: 10_000,
  volunteeringHourCents: 100 * EURO,
  projectContributionBasisPoints: FACE_VALUE_BASIS_POINTS,
  practicalSupportBasisPoints: FACE_VALUE_BASIS_POINTS,
};

export const RULE_SET_PRESET_VALUES: Readonly<Record<TRuleSetPreset, TRuleSetValues>> = {
  oost_nederland: OOST_NEDERLAND,
  haaglanden: HAAGLANDEN,
  utrecht: UTRECHT,
};

export const RULE_SET_PRESET_NAMES: Readonly<Record<TRuleSetPreset, string>> = {
  oost_nederland: 'Bouwblokken Oost-Nederland',
  haaglanden: 'Bouwblokken Haaglanden',
  utrecht: 'Bouwblokkenmodel Utrecht',
};

/** A preset's values as a fresh copy, so a caller can change them without changing the preset. */
export function presetValues(preset: TRuleSetPreset): TRuleSetValues {
  return structuredClone(RULE_SET_PRESET_VALUES[preset]);
}
