import type { SessionUser } from '../http/session-user';
import type { TCreateRuleSet, TRuleSet } from '../contract';
import { publish } from '../events/domain-events';
import { AppError, conflict } from '../http/app-error';
import { RegionModel } from '../organisations/regions.model';
import { RuleSetModel, type RuleSetDoc } from './rule-sets.model';
import { assertCanManageRuleSets } from './rule-sets.policy';
import { presentRuleSet } from './rule-sets.presenter';

const DUPLICATE_KEY = 11000;
// Each lost race means another version was stored meanwhile; this many in a row is not a race.
const MAX_VERSION_ATTEMPTS = 20;

/**
 * Inserts the region's next version: its highest plus one. The unique index on (region, version)
 * refuses a second writer that read the same highest; that writer reads again and takes the next.
 */
async function insertNextVersion(user: SessionUser, input: TCreateRuleSet) {
  for (let attempt = 1; ; attempt++) {
    const latest = await RuleSetModel.findOne({ regionId: input.regionId })
      .sort({ version: -1 })
      .select({ version: 1 })
      .lean();
    try {
      return await RuleSetModel.create({
        ...input,
        version: (latest?.version ?? 0) + 1,
        createdById: user.id,
        createdByName: user.name,
      });
    } catch (error) {
      if ((error as { code?: number }).code !== DUPLICATE_KEY) throw error;
      if (attempt >= MAX_VERSION_ATTEMPTS)
        throw conflict('Too many rule set versions were added at once; try again');
    }
  }
}

/** Stores a new version of a region's rule set; the region's credits are revalued with it (rule_set.created). */
export async function createRuleSet(user: SessionUser, input: TCreateRuleSet): Promise<TRuleSet> {
  assertCanManageRuleSets(user);
  if (!(await RegionModel.exists({ _id: input.regionId }))) {
    const message = 'The region does not exist';
    throw new AppError(422, 'unprocessable', message, {
      issues: [{ path: 'body.regionId', code: 'invalid_reference', message }],
    });
  }
  const created = await insertNextVersion(user, input);
  // Credits (placements and efforts) are revalued with the new version by their owners.
  await publish('rule_set.created', { regionId: String(created.regionId), ruleSetId: String(created._id) });
  return presentRuleSet(created.toObject() as RuleSetDoc);
}
