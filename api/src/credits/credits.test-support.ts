import { addMonths, type TRuleSetPreset } from '../contract';
import { contractorWithContract } from '../matches/proposals/proposals.test-support';
import { placeFixtures } from '../places/place-fixtures';
import { registerIntroducible, today, type PipelineDesk } from '../matches/matches.test-support';
import type { ApiClient } from '../test/api-client';
import type { TestApp, TestRegion } from '../test/test-app';
import { presetValues, RULE_SET_PRESET_NAMES } from '../valuation/rule-set-presets';

export interface SroiDesk extends PipelineDesk {
  region: TestRegion;
  contractorOrganisationId: string;
  admin: ApiClient;
  /** A user of the municipality that awarded the desk's contracts. */
  municipality: ApiClient;
}

/**
 * A region valued by a preset (version 1, in force since 2020), a consultant, an admin, the awarding
 * municipality's user, and two contractors with an active contract each.
 */
export async function openSroiDesk(
  app: TestApp,
  preset: TRuleSetPreset = 'oost_nederland',
): Promise<SroiDesk> {
  const region = await app.createRegion();
  const consultant = await placeFixtures(app).signInConsultant(region);
  const own = await contractorWithContract(app, region);
  const other = await contractorWithContract(app, region);
  const admin = await app.signIn(
    await app.createUser({ role: 'admin', organisationId: region.servicePointId }),
  );
  const municipality = await app.signIn(
    await app.createUser({ role: 'municipality', organisationId: region.municipalityIds[0] }),
  );
  const created = await admin.post('/api/rule-sets', {
    regionId: region.regionId,
    name: RULE_SET_PRESET_NAMES[preset],
    effectiveFrom: '2020-01-01',
    values: presetValues(preset),
  });
  if (created.status !== 201) throw new Error(`rule set failed: ${JSON.stringify(created.body)}`);
  return {
    region,
    consultant,
    contractor: own.client,
    contractId: own.contractId,
    contractorOrganisationId: own.organisationId,
    otherContractor: other.client,
    admin,
    municipality,
  };
}

/** A candidate on Participatiewet for three years (the ≥ 2 years value), ready to be introduced. */
export function registerParticipatiewetCandidate(consultant: ApiClient, targetGroups = ['participatiewet']) {
  return registerIntroducible(consultant, {
    targetGroups: targetGroups as never,
    benefitType: 'participatiewet',
    benefitSince: addMonths(today(), -36),
  });
}
