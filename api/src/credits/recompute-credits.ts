import type { Types } from 'mongoose';
import { CreditModel } from './credits.model';
import { syncEffortCredit } from './effort-credit';
import { syncPlacementCredit } from './placement-credit';

/**
 * Revalues every credit in a region after its rule set changed (a new version). Each credit is
 * revalued on its own from its source, so an interrupted run leaves every credit either old or new,
 * never half-written, and running it again finishes the job. Returns how many were revalued.
 */
export async function recomputeRegionCredits(regionId: Types.ObjectId | string): Promise<number> {
  const credits = await CreditModel.find({ regionId }).select({ matchId: 1, effortId: 1 }).lean();
  for (const credit of credits) {
    if (credit.matchId) await syncPlacementCredit(credit.matchId, 'rule_set_changed');
    else if (credit.effortId) await syncEffortCredit(credit.effortId, 'rule_set_changed');
  }
  return credits.length;
}
