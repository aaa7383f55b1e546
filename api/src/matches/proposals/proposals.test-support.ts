import { buildCandidateInput, type CandidateInput } from '@kansplek/seed';
import { ContractModel } from '../../contracts/contracts.model';
import { createPlaceIn, placeFixtures } from '../../places/place-fixtures';
import type { ApiClient } from '../../test/api-client';
import type { TestApp, TestRegion } from '../../test/test-app';

/** A candidate whose every matching field is fixed, so scores and constraints are predictable. */
export function matchableCandidate(overrides: Partial<CandidateInput> = {}): CandidateInput {
  return buildCandidateInput({
    address: { street: 'Jansbinnensingel', houseNumber: '10', postcode: '6811 AB' },
    skills: ['schoonmaken', 'glazenwassen', 'bhv'],
    occupations: [{ iscoCode: '9112', label: 'Schoonmaker' }],
    workExperience: [],
    educationLevel: 'mbo2',
    dutchLevel: 'B1',
    drivingLicence: false,
    hoursWanted: { min: 24, max: 32 },
    availableFrom: '2026-11-01',
    travel: { maxKm: 15, mode: 'bike' },
    preferredSectors: ['cleaning'],
    preferredPlaceKinds: ['job'],
    targetGroups: ['status_holder'],
    benefitType: 'participatiewet',
    supportNeeds: [],
    ...overrides,
  });
}

/** Registers a candidate and, unless told otherwise, records their consent to matching. */
export async function registerMatchable(
  consultant: ApiClient,
  overrides: Partial<CandidateInput> = {},
  consent = true,
): Promise<string> {
  const res = await consultant.post('/api/candidates', matchableCandidate(overrides));
  if (res.status !== 201) throw new Error(`create failed: ${JSON.stringify(res.body)}`);
  const id = res.body.data.id as string;
  if (consent) {
    const given = await consultant.put(`/api/candidates/${id}/consent`, {
      kind: 'matching',
      given: true,
      version: res.body.data.version,
    });
    if (given.status !== 200) throw new Error(`consent failed: ${JSON.stringify(given.body)}`);
  }
  return id;
}

/** A contractor in the region with an active contract that prefers status holders, and its client. */
export async function contractorWithContract(app: TestApp, region: TestRegion) {
  const fixtures = placeFixtures(app);
  const { organisationId, client } = await fixtures.signInContractor(region);
  const contractId = await fixtures.createContract(organisationId, region);
  await ContractModel.updateOne({ _id: contractId }, { $set: { preferredTargetGroups: ['status_holder'] } });
  return { organisationId, client, contractId };
}

/** An open cleaning place in Arnhem centre, 24–32 hours, starting in January 2027. */
export async function openCleaningPlace(contractor: ApiClient, contractId: string, overrides = {}) {
  return createPlaceIn(contractor, 'open', {
    contractId,
    kind: 'job',
    title: 'Schoonmaker kantoren',
    occupation: { iscoCode: '9112', label: 'Schoonmaker kantoren' },
    sector: 'cleaning',
    requiredSkills: ['schoonmaken', 'glazenwassen'],
    desirableSkills: ['bhv'],
    hours: { min: 24, max: 32 },
    location: { street: 'Markt', houseNumber: '1', postcode: '6811 AB' },
    startDate: '2027-01-15',
    requirements: { drivingLicence: false, dutchLevel: 'A2', educationLevel: null },
    support: ['job_coach'],
    ...overrides,
  });
}

/** A consultant flags the contractor for displacement (a recent collective dismissal); returns the answer. */
export async function flagDisplacement(consultant: ApiClient, organisationId: string) {
  const org = await consultant.get(`/api/organisations/${organisationId}`);
  return consultant.put(`/api/organisations/${organisationId}/displacement`, {
    version: org.body.data.version,
    date: '2026-10-01',
    note: 'Reorganisatie: 12 schoonmakers ontslagen',
  });
}
