import type { Types } from 'mongoose';
import type { TCreditSource } from '../contract';
import { CreditModel, type CreditDoc } from './credits.model';

/**
 * Revalues every credit of one source in a region after its rule set changed (a new version): credits
 * revalue placements, efforts their own (`rule_set.created`). Each credit is revalued on its own from
 * its source, so an interrupted run leaves every credit either old or new, never half-written, and
 * running it again finishes the job. Returns how many were revalued.
 */
export async function revalueRegionCredits(
  regionId: Types.ObjectId | string,
  source: TCreditSource,
  revalue: (credit: Pick<CreditDoc, 'matchId' | 'effortId'>) => Promise<unknown>,
): Promise<number> {
  const credits = await CreditModel.find({ regionId, source })
    .select({ matchId: 1, effortId: 1 })
    .lean<Array<Pick<CreditDoc, 'matchId' | 'effortId'>>>();
  for (const credit of credits) await revalue(credit);
  return credits.length;
}
