import { addMonths, type TForecast } from '../contract';
import { daysInclusive } from '../valuation/credit-lines';

export interface ForecastFacts {
  obligationCents: number;
  // Realised credit up to today (or up to the deadline once it has passed).
  realisedCents: number;
  startDate: string;
  deadline: string;
  today: string;
}

/** `part` of `whole` as an integer share of `total`, rounded down (integer arithmetic). */
function proportion(total: number, part: number, whole: number): number {
  return whole <= 0 ? 0 : Number((BigInt(total) * BigInt(part)) / BigInt(whole));
}

/**
 * Whether a contract will meet its obligation at the pace so far: the credit realised per day since
 * the start, continued to the realisation deadline. `expectedToDateCents` is what an even pace from
 * start to deadline would have realised by today. Met is met, whatever the date; a deadline passed
 * without it is missed; before the start there is no pace yet.
 */
export function forecastContract(facts: ForecastFacts): TForecast {
  const { obligationCents, realisedCents, startDate, deadline, today } = facts;
  const term = Math.max(1, daysInclusive(startDate, deadline));
  if (today < startDate)
    return {
      status: realisedCents >= obligationCents ? 'fulfilled' : 'not_started',
      projectedCents: realisedCents,
      expectedToDateCents: 0,
    };
  const elapsed = Math.min(term, daysInclusive(startDate, today));
  const expectedToDateCents = proportion(obligationCents, elapsed, term);
  if (realisedCents >= obligationCents)
    return { status: 'fulfilled', projectedCents: realisedCents, expectedToDateCents };
  if (today > deadline) return { status: 'missed', projectedCents: realisedCents, expectedToDateCents };
  const projectedCents = proportion(realisedCents, term, elapsed);
  return {
    status: projectedCents >= obligationCents ? 'on_track' : 'behind',
    projectedCents,
    expectedToDateCents,
  };
}

/** Three months before the deadline: from then on, a contract behind pace raises an alert. */
export function inFinalQuarter(deadline: string, today: string): boolean {
  return today >= addMonths(deadline, -3) && today <= deadline;
}
