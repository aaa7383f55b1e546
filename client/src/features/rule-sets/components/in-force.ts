import type { TRuleSet } from '@kansplek/api/contract';

/** Per region, the id of the version in force on `today`: the latest start on or before it, then the highest version. */
export function versionsInForce(ruleSets: readonly TRuleSet[], today: string): Set<string> {
  const best = new Map<string, TRuleSet>();
  for (const ruleSet of ruleSets) {
    if (ruleSet.effectiveFrom > today) continue;
    const current = best.get(ruleSet.region.id);
    if (
      !current ||
      ruleSet.effectiveFrom > current.effectiveFrom ||
      (ruleSet.effectiveFrom === current.effectiveFrom && ruleSet.version > current.version)
    )
      best.set(ruleSet.region.id, ruleSet);
  }
  return new Set([...best.values()].map((ruleSet) => ruleSet.id));
}
