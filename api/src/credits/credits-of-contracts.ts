import type { Types } from 'mongoose';
import { findWhereIn } from '../database/find-by-id';
import { CreditModel, type CreditDoc } from './credits.model';

type Id = Types.ObjectId | string;

/**
 * The credits of a set of contracts, by date (then id): contract progress, status refreshes and
 * reports read them on every request. `find({ contractId: { $in } })`, indexed on `contractId`.
 */
export async function creditsOfContracts(contractIds: readonly Id[]): Promise<readonly CreditDoc[]> {
  return findWhereIn(CreditModel, 'contractId', contractIds, { sort: { date: 1, _id: 1 } }) as Promise<
    CreditDoc[]
  >;
}
