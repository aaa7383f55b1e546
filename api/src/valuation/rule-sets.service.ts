import type { QueryFilter, Types } from 'mongoose';
import type { SessionUser } from '../http/session-user';
import {
  RULE_SET_PRESETS,
  type TCreateRuleSet,
  type TPageInfo,
  type TRuleSet,
  type TRuleSetListQuery,
  type TRuleSetPresetInfo,
} from '../contract';
import { findByIdMatching } from '../database/find-by-id';
import { publish } from '../events/domain-events';
import { AppError, conflict, notFound } from '../http/app-error';
import { paginate } from '../http/pagination';
import { RegionModel } from '../organisations/regions.model';
import { presetValues, RULE_SET_PRESET_NAMES } from './rule-set-presets';
import { RuleSetModel, type RuleSetDoc } from './rule-sets.model';
import { assertCanManageRuleSets, ruleSetScope } from './rule-sets.policy';
import { presentRuleSet, presentRuleSets } from './rule-sets.presenter';

export async function listRuleSets(
  user: SessionUser,
  query: TRuleSetListQuery,
): Promise<{ data: TRuleSet[]; page: TPageInfo }> {
  // The region filter narrows the caller's scope; it can never widen it.
  const filter: QueryFilter<RuleSetDoc> = { $and: [ruleSetScope(user)] };
  if (query.regionId) filter.$and!.push({ regionId: query.regionId });
  const { items, page } = await paginate(RuleSetModel, filter, query);
  return { data: await presentRuleSets(items as RuleSetDoc[]), page };
}

/** A rule set the user may see; outside their scope it does not exist for them (404, not 403). */
export async function getRuleSet(user: SessionUser, id: string): Promise<TRuleSet> {
  const ruleSet = await findByIdMatching(RuleSetModel, id, ruleSetScope(user));
  if (!ruleSet) throw notFound('Rule set');
  return presentRuleSet(ruleSet as RuleSetDoc);
}

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

/** The published examples an admin starts a region's rule set from. */
export function listPresets(): TRuleSetPresetInfo[] {
  return RULE_SET_PRESETS.map((preset) => ({
    preset,
    name: RULE_SET_PRESET_NAMES[preset],
    values: presetValues(preset),
  }));
}

/**
 * The version in force on `date` (`YYYY-MM-DD`): the latest `effectiveFrom` on or before it, and of
 * versions with the same date the highest. Null when no version is in force yet.
 */
export function ruleSetInForce<T extends Pick<RuleSetDoc, 'effectiveFrom' | 'version'>>(
  versions: readonly T[],
  date: string,
): T | null {
  let inForce: T | null = null;
  for (const candidate of versions) {
    // ISO dates compare correctly as strings.
    if (candidate.effectiveFrom > date) continue;
    if (
      !inForce ||
      candidate.effectiveFrom > inForce.effectiveFrom ||
      (candidate.effectiveFrom === inForce.effectiveFrom && candidate.version > inForce.version)
    )
      inForce = candidate;
  }
  return inForce;
}

/** Every version of a region's rule set, oldest first, for `ruleSetInForce`. */
export async function ruleSetsOfRegion(regionId: Types.ObjectId | string): Promise<RuleSetDoc[]> {
  return RuleSetModel.find({ regionId }).sort({ version: 1 }).lean<RuleSetDoc[]>();
}
