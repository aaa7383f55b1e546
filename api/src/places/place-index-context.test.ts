import { PLACES_INDEX } from '@kansplek/search';
import { signInAsCandidate } from '../candidates/candidates.test-support';
import {
  contractorWithContract,
  flagDisplacement,
  openCleaningPlace,
  registerMatchable,
} from '../matches/proposals/proposals.test-support';
import { OrganisationModel } from '../organisations/organisations.model';
import { SearchOutboxModel } from '../search-sync/search-outbox.model';
import type { ApiClient } from '../test/api-client';
import { startTestApp, type TestApp, type TestRegion } from '../test/test-app';
import { placeFixtures } from './place-fixtures';
import { writeWithIndexedCopies } from '../search-sync/indexed-copies';

// The sync is driven by the tests (no worker), so what the index holds at each step is deterministic.
let app: TestApp;
let region: TestRegion;
let consultant: ApiClient;
beforeAll(async () => {
  app = await startTestApp({}, { searchWorker: false });
  region = await app.createRegion();
  consultant = await placeFixtures(app).signInConsultant(region);
});
afterAll(() => app.stop());

const indexed = (placeId: string) => app.search.get(PLACES_INDEX.name, placeId);

/** A contractor with an active contract (preferring status holders) and one open place of it, indexed. */
async function contractorWithPlace() {
  const { organisationId, client, contractId } = await contractorWithContract(app, region);
  const place = await openCleaningPlace(client, contractId);
  await app.syncSearch();
  return { organisationId, contractId, client, placeId: place.id };
}

describe('the places index follows the contractor and contract of a place', () => {
  it('when a place is indexed, then its document carries the contract wishes and the contractor flag', async () => {
    const { placeId } = await contractorWithPlace();
    expect(await indexed(placeId)).toMatchObject({
      preferredTargetGroups: ['status_holder'],
      contractorDisplacementFlagged: false,
    });
  });

  it('when the contract preferred target groups change, then the place document follows', async () => {
    const { contractId, placeId } = await contractorWithPlace();
    const contract = await consultant.get(`/api/contracts/${contractId}`);
    const changed = await consultant.patch(`/api/contracts/${contractId}`, {
      version: contract.body.data.version,
      preferredTargetGroups: ['ww', 'wajong'],
    });
    expect(changed.status).toBe(200);
    await app.syncSearch();
    expect((await indexed(placeId))!.preferredTargetGroups).toEqual(['ww', 'wajong']);

    const cleared = await consultant.patch(`/api/contracts/${contractId}`, {
      version: changed.body.data.version,
      preferredTargetGroups: [],
    });
    expect(cleared.status).toBe(200);
    await app.syncSearch();
    expect((await indexed(placeId))!.preferredTargetGroups).toEqual([]);
  });

  it('when the contractor is renamed, then its places are found under the new name', async () => {
    const { organisationId, placeId } = await contractorWithPlace();
    const org = await consultant.get(`/api/organisations/${organisationId}`);
    const renamed = await consultant.patch(`/api/organisations/${organisationId}`, {
      version: org.body.data.version,
      name: 'Glansrijk Schoonmaak B.V.',
    });
    expect(renamed.status).toBe(200);
    await app.syncSearch();
    expect((await indexed(placeId))!.contractorName).toBe('Glansrijk Schoonmaak B.V.');
    const found = await consultant.get('/api/places/search?q=Glansrijk');
    expect(found.status).toBe(200);
    const hit = found.body.data.find((h: { id: string }) => h.id === placeId);
    expect(hit).toMatchObject({ contractorName: 'Glansrijk Schoonmaak B.V.' });
  });

  it('when the contractor is flagged for displacement and cleared, then the place document follows both', async () => {
    const { organisationId, placeId } = await contractorWithPlace();
    const flagged = await flagDisplacement(consultant, organisationId);
    expect(flagged.status).toBe(200);
    await app.syncSearch();
    expect((await indexed(placeId))!.contractorDisplacementFlagged).toBe(true);

    await consultant.delete(`/api/organisations/${organisationId}/displacement`, {
      version: flagged.body.data.version,
    });
    await app.syncSearch();
    expect((await indexed(placeId))!.contractorDisplacementFlagged).toBe(false);
  });

  it('when a sync round reads the places between the mark and the write, then they stay pending and the next round catches up', async () => {
    const { organisationId, placeId } = await contractorWithPlace();
    await writeWithIndexedCopies('organisation', organisationId, ['name'], async () => {
      // The worker runs a round here: it indexes the place with the name as it still is.
      await app.syncSearch();
      return OrganisationModel.updateOne({ _id: organisationId }, { $set: { name: 'Na de ronde B.V.' } });
    });
    expect((await indexed(placeId))!.contractorName).not.toBe('Na de ronde B.V.');
    expect(await SearchOutboxModel.countDocuments({ docId: placeId })).toBe(1);
    await app.syncSearch();
    expect((await indexed(placeId))!.contractorName).toBe('Na de ronde B.V.');
  });

  it('when places are searched or recommended, then no hit carries the displacement flag or the contract wishes', async () => {
    const { placeId } = await contractorWithPlace();
    const candidateId = await registerMatchable(consultant, { targetGroups: [] });
    const candidate = (await signInAsCandidate(app, consultant, candidateId)).client;
    await app.syncSearch();
    const answers = [
      await candidate.get('/api/places/search?q=Schoonmaker'),
      await consultant.get('/api/places/search?q=Schoonmaker'),
      await candidate.get('/api/me/recommendations'),
      await consultant.get(`/api/candidates/${candidateId}/recommendations`),
    ];
    for (const res of answers) {
      expect(res.status).toBe(200);
      expect(JSON.stringify(res.body.data)).toContain(placeId);
      const text = JSON.stringify(res.body);
      expect(text).not.toContain('contractorDisplacementFlagged');
      expect(text).not.toContain('preferredTargetGroups');
      expect(text).not.toContain('status_holder');
    }
  });
});
