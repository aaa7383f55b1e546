import type { Types } from 'mongoose';
import type { CreditDoc } from './credits.model';
import { creditsOfContracts } from './credits-of-contracts';
import { creditCentsAt } from '../valuation/credit-lines';

/** A contract's credits, with the lines that say what each has earned on a given day. */
export async function creditsOfContract(contractId: Types.ObjectId | string): Promise<readonly CreditDoc[]> {
  return creditsOfContracts([contractId]);
}

/**
 * The credit realised against a contract on `today`, in euro cents: its placements and accepted
 * efforts, valued by the region's rule set in force on each one's date (PRODUCT.md "Valuation rule set").
 */
export async function realisedCreditCents(
  contractId: Types.ObjectId | string,
  today: string,
): Promise<number> {
  const credits = await creditsOfContract(contractId);
  return credits.reduce((sum, credit) => sum + creditCentsAt(credit.lines, today), 0);
}
