import { buildOrganisation, buildPlaceInput, type PlaceInput } from '@kansplek/seed';
import type { TPlaceStatus } from '../contract';
import { ContractModel } from '../contracts/contracts.model';
import { OrganisationModel } from '../organisations/organisations.model';
import type { ApiClient } from '../test/api-client';
import type { TestApp, TestRegion } from '../test/test-app';

/** Test data for places: contractors in a region, their users, contracts, and places in any status. */
export function placeFixtures(app: TestApp) {
  const createContractor = async (regionIds: string[]) =>
    String((await OrganisationModel.create({ ...buildOrganisation({ kind: 'contractor' }), regionIds }))._id);

  return {
    createContractor,

    /** A contractor organisation in the region, with one signed-in user. */
    async signInContractor(region: TestRegion): Promise<{ organisationId: string; client: ApiClient }> {
      const organisationId = await createContractor([region.regionId]);
      const client = await app.signIn(await app.createUser({ role: 'contractor', organisationId }));
      return { organisationId, client };
    },

    async signInConsultant(region: TestRegion): Promise<ApiClient> {
      return app.signIn(await app.createUser({ role: 'consultant', organisationId: region.servicePointId }));
    },

    async signInCandidate(region: TestRegion): Promise<ApiClient> {
      return app.signIn(await app.createUser({ role: 'candidate', organisationId: region.servicePointId }));
    },

    async createContract(
      contractorId: string,
      region: TestRegion,
      status: 'draft' | 'active' | 'fulfilled' | 'overdue' | 'closed' = 'active',
    ): Promise<string> {
      const n = Math.floor(Math.random() * 1e9);
      const contract = await ContractModel.create({
        municipalityId: region.municipalityIds[0],
        contractorId,
        regionId: region.regionId,
        title: `Onderhoud openbare ruimte ${n}`,
        reference: `OR-${n}`,
        valueCents: 250_000_000,
        sroiBasisPoints: 500,
        obligationCents: 12_500_000,
        startDate: '2026-01-01',
        endDate: '2027-12-31',
        realisationDeadline: '2028-06-30',
        status,
      });
      return String(contract._id);
    },
  };
}

/** The path through the lifecycle to each status, walked through the API as a user would. */
const PATH_TO: Record<TPlaceStatus, TPlaceStatus[]> = {
  draft: [],
  open: ['open'],
  paused: ['open', 'paused'],
  filled: ['open', 'filled'],
  closed: ['closed'],
};

/** Creates a complete place through the API and moves it to `status`; returns its id and version. */
export async function createPlaceIn(
  client: ApiClient,
  status: TPlaceStatus,
  overrides: Partial<PlaceInput> = {},
): Promise<{ id: string; version: number }> {
  const created = await client.post('/api/places', buildPlaceInput(overrides));
  if (created.status !== 201) throw new Error(`create failed: ${JSON.stringify(created.body)}`);
  let { id, version } = created.body.data as { id: string; version: number };
  for (const to of PATH_TO[status]) {
    const moved = await client.post(`/api/places/${id}/transitions`, { to, version });
    if (moved.status !== 200) throw new Error(`transition to ${to} failed: ${JSON.stringify(moved.body)}`);
    ({ id, version } = moved.body.data);
  }
  return { id, version };
}

export const issuePaths = (body: { error?: { details?: { issues?: Array<{ path: string }> } } }) =>
  (body.error?.details?.issues ?? []).map((issue) => issue.path);
