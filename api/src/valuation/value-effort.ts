import type { TEffortKind, TRuleSetValues } from '../contract';
import type { ValuedLine } from './credit-lines';

/** What the valuation needs to know about an accepted effort. */
export interface EffortFacts {
  kind: TEffortKind;
  date: string;
  amountCents: number | null;
  hours: number | null;
}

/** A share in basis points of an amount, rounded down to the cent (integer arithmetic, no drift). */
export function shareOf(amountCents: number, basisPoints: number): number {
  return Number((BigInt(amountCents) * BigInt(basisPoints)) / 10_000n);
}

function shareFor(kind: Exclude<TEffortKind, 'volunteering'>, values: TRuleSetValues): number | null {
  if (kind === 'social_purchase') return values.socialPurchaseBasisPoints;
  if (kind === 'project_contribution') return values.projectContributionBasisPoints;
  return values.practicalSupportBasisPoints;
}

/** Whether a rule set gives this kind of effort a value at all (a dash in a preset does not). */
export function valuesEffortKind(values: TRuleSetValues, kind: TEffortKind): boolean {
  if (kind === 'volunteering') return values.volunteeringHourCents !== null;
  return shareFor(kind, values) !== null;
}

/**
 * The credit line of an accepted effort under one rule set, counted in full from the effort's date.
 * None when the rule set does not value this kind of effort.
 */
export function effortLines(values: TRuleSetValues, effort: EffortFacts): ValuedLine[] {
  if (effort.kind === 'volunteering') {
    if (values.volunteeringHourCents === null || effort.hours === null) return [];
    const cents = values.volunteeringHourCents * effort.hours;
    return [
      {
        block: 'volunteering',
        accrual: { kind: 'once', date: effort.date, cents },
        params: { hours: effort.hours, hourCents: values.volunteeringHourCents },
      },
    ];
  }
  const basisPoints = shareFor(effort.kind, values);
  if (basisPoints === null || effort.amountCents === null) return [];
  const cents = shareOf(effort.amountCents, basisPoints);
  return [
    {
      block: effort.kind,
      accrual: { kind: 'once', date: effort.date, cents },
      params: { amountCents: effort.amountCents, basisPoints },
    },
  ];
}
