import type { TRuleSet } from '../contract';
import { findByIds } from '../database/find-by-id';
import { RegionModel } from '../organisations/regions.model';
import type { RuleSetDoc } from './rule-sets.model';

/** Rule sets as they leave the server: no personal data beyond the name of who created the version. */
export async function presentRuleSets(ruleSets: readonly RuleSetDoc[]): Promise<TRuleSet[]> {
  const regions = await findByIds(
    RegionModel,
    ruleSets.map((r) => r.regionId),
  );
  const names = new Map(regions.map((region) => [String(region._id), region.name]));
  return ruleSets.map((ruleSet) => ({
    id: String(ruleSet._id),
    region: { id: String(ruleSet.regionId), name: names.get(String(ruleSet.regionId)) ?? '' },
    name: ruleSet.name,
    version: ruleSet.version,
    effectiveFrom: ruleSet.effectiveFrom,
    note: ruleSet.note ?? '',
    values: ruleSet.values,
    createdBy: ruleSet.createdByName,
    createdAt: ruleSet.createdAt.toISOString(),
  }));
}

export async function presentRuleSet(ruleSet: RuleSetDoc): Promise<TRuleSet> {
  const [presented] = await presentRuleSets([ruleSet]);
  return presented!;
}
