import type { Types } from 'mongoose';

/**
 * The credit realised against a contract, in euro cents: accepted placements and other social efforts
 * valued by the region's rule set. Crediting arrives with a later issue; until then nothing is
 * credited, so this returns 0 and contracts only move to overdue automatically, never to fulfilled.
 */
export async function realisedCreditCents(_contractId: Types.ObjectId | string): Promise<number> {
  return 0;
}
