import type { Types } from 'mongoose';
import { CreditModel } from './credits.model';
import { syncPlacementCredit } from './placement-credit';

/**
 * Revalues every placement credit in a region after its rule set changed (a new version); efforts
 * revalue their own (efforts/efforts.events.ts). Each credit is revalued on its own from its source,
 * so an interrupted run leaves every credit either old or new, never half-written, and running it
 * again finishes the job. Returns how many were revalued.
 */
export async function recomputeRegionPlacementCredits(regionId: Types.ObjectId | string): Promise<number> {
  const credits = await CreditModel.find({ regionId, matchId: { $ne: null } })
    .select({ matchId: 1 })
    .lean();
  for (const credit of credits) await syncPlacementCredit(credit.matchId!, 'rule_set_changed');
  return credits.length;
}
