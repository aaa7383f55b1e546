import type { TBenefitType, TEmploymentSituation, TTargetGroup } from '../contract';

/** What the valuation keeps of a person, fixed on the day the employment starts. */
export interface EmploymentPerson {
  // The employment block: the benefit situation when the employment starts.
  situation: TEmploymentSituation;
  // Whole months on that benefit at the start (the duration bands: WW ≥ 1 y, Participatiewet ≥ 2 y).
  benefitMonths: number;
  age50Plus: boolean;
  age55Plus: boolean;
  statusHolder: boolean;
}

/** What is known of the candidate when the employment starts. */
export interface CandidateBenefit {
  benefitType?: TBenefitType | null;
  benefitSince?: string | null;
  targetGroups?: readonly TTargetGroup[] | null;
  birthDate?: string | null;
}

/** Whole months from one date to another (a benefit from 2024-03-15 is 24 months old on 2026-03-15). */
export function wholeMonthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  const months = (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
  return Math.max(0, months);
}

/**
 * The employment block of a person (PRODUCT.md "How the table applies"): someone in the job-agreement
 * register (banenafspraak) counts in that block; otherwise the benefit decides: Participatiewet, WW,
 * WIA, or no benefit (NUG). A Wajong benefit with work capacity puts a person in the register by law
 * (Wet banenafspraak), so it counts as the register. Profiles that never recorded a benefit type
 * (`none` is the default) but carry the group's tag keep the tag's block.
 */
export function employmentSituation(candidate: CandidateBenefit): TEmploymentSituation {
  const groups = candidate.targetGroups ?? [];
  if (groups.includes('banenafspraak')) return 'banenafspraak';
  switch (candidate.benefitType ?? 'none') {
    case 'participatiewet':
      return 'participatiewet';
    case 'ww':
      return 'ww';
    case 'wajong':
      return 'banenafspraak';
    case 'wia':
      return 'wia';
    case 'none':
      if (groups.includes('participatiewet')) return 'participatiewet';
      if (groups.includes('ww')) return 'ww';
      return 'nug';
  }
}

/** The person as the valuation reads them for an employment that starts on `startDate`. */
export function employmentPerson(candidate: CandidateBenefit, startDate: string): EmploymentPerson {
  const situation = employmentSituation(candidate);
  const onBenefit = situation !== 'nug' && candidate.benefitSince;
  const age = candidate.birthDate
    ? Math.floor(wholeMonthsBetween(candidate.birthDate, startDate) / 12)
    : null;
  const groups = candidate.targetGroups ?? [];
  return {
    situation,
    benefitMonths: onBenefit ? wholeMonthsBetween(candidate.benefitSince!, startDate) : 0,
    age50Plus: (age !== null && age >= 50) || groups.includes('over_50'),
    age55Plus: age !== null && age >= 55,
    statusHolder: groups.includes('status_holder'),
  };
}
