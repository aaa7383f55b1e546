const BASIS_POINTS_PER_WHOLE = 10_000n;

/**
 * The SROI obligation in euro cents: value × percentage, rounded half up to whole cents.
 * Computed with BigInt because value × basis points passes 2^53 for contracts above about €9 billion;
 * the result never exceeds the value, so it fits a safe integer again.
 */
export function computeObligationCents(valueCents: number, sroiBasisPoints: number): number {
  if (!Number.isSafeInteger(valueCents) || valueCents < 0)
    throw new RangeError(`valueCents must be a non-negative safe integer, got ${valueCents}`);
  if (!Number.isSafeInteger(sroiBasisPoints) || sroiBasisPoints < 0 || sroiBasisPoints > 10_000)
    throw new RangeError(`sroiBasisPoints must be an integer from 0 to 10000, got ${sroiBasisPoints}`);
  const product = BigInt(valueCents) * BigInt(sroiBasisPoints);
  // Adding half the divisor before the (flooring) integer division rounds halves up.
  return Number((product + BASIS_POINTS_PER_WHOLE / 2n) / BASIS_POINTS_PER_WHOLE);
}
