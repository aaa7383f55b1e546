import { revalueRegionCredits } from '../credits/recompute-credits';
import { subscribe } from '../events/domain-events';
import { syncEffortCredit } from './effort-credit';

/** What efforts react to: a new rule set version revalues the region's accepted efforts. */
export function subscribeEffortsToEvents(): void {
  subscribe('rule_set.created', "efforts: revalue the region's effort credits", async ({ regionId }) => {
    await revalueRegionCredits(regionId, 'effort', (credit) =>
      syncEffortCredit(credit.effortId!, 'rule_set_changed'),
    );
  });
}
