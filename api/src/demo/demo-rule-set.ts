import type { Types } from 'mongoose';
import type { SessionUser } from '../http/session-user';
import { presetValues } from '../valuation/rule-set-presets';
import { RuleSetModel } from '../valuation/rule-sets.model';
import { createRuleSet } from '../valuation/rule-sets.service';

/**
 * The demo region values its social return with the Oost-Nederland building blocks (Arnhem is in
 * Gelderland). Created through the service like any admin's version, and only when the region has no
 * rule set yet, so a version an admin added later is left as it is.
 */
export async function ensureDemoRuleSet(
  admin: SessionUser,
  regionId: Types.ObjectId | string,
): Promise<void> {
  if (await RuleSetModel.exists({ regionId })) return;
  await createRuleSet(admin, {
    regionId: String(regionId),
    name: 'Bouwblokken Oost-Nederland',
    effectiveFrom: '2024-01-01',
    note: 'De gepubliceerde bouwblokken van Impact Oost (impactoost.nl/bouwblokken), aangevuld met inkoop bij sociale ondernemingen tegen het factuurbedrag.',
    // Midden-Gelderland also counts purchases at social enterprises (PRODUCT.md's sources: €800k in 2023).
    values: { ...presetValues('oost_nederland'), socialPurchaseBasisPoints: 10_000 },
  });
}
