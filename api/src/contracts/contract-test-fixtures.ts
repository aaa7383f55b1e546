import { buildContractInput, type ContractInputData } from '@kansplek/seed';
import type { ApiClient } from '../test/api-client';
import type { TestApp, TestRegion } from '../test/test-app';

/** A region with a consultant, a registered contractor and one of that contractor's users, all signed in. */
export interface ContractWorld {
  region: TestRegion;
  municipalityId: string;
  contractorId: string;
  consultant: ApiClient;
  contractor: ApiClient;
  municipality: ApiClient;
  /** A valid create body between this region's first municipality and its contractor. */
  input(overrides?: Partial<ContractInputData>): ContractInputData;
  /** Creates a draft through the API and returns its presented body. */
  create(overrides?: Partial<ContractInputData>): Promise<{ id: string; version: number; status: string }>;
}

export async function createContractWorld(app: TestApp): Promise<ContractWorld> {
  const region = await app.createRegion();
  const municipalityId = region.municipalityIds[0]!;
  const contractorId = await app.createOrganisation({ kind: 'contractor' });
  const consultant = await app.signIn(
    await app.createUser({ role: 'consultant', organisationId: region.servicePointId }),
  );
  const contractor = await app.signIn(
    await app.createUser({ role: 'contractor', organisationId: contractorId }),
  );
  const municipality = await app.signIn(
    await app.createUser({ role: 'municipality', organisationId: municipalityId }),
  );
  const input = (overrides: Partial<ContractInputData> = {}) =>
    buildContractInput({ municipalityId, contractorId, ...overrides });
  return {
    region,
    municipalityId,
    contractorId,
    consultant,
    contractor,
    municipality,
    input,
    create: async (overrides = {}) => {
      const res = await consultant.post('/api/contracts', input(overrides));
      if (res.status !== 201)
        throw new Error(`contract not created: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.data;
    },
  };
}

export const ids = (res: { body: { data: Array<{ id: string }> } }) => res.body.data.map((c) => c.id);

export const issuePaths = (res: { body: { error: { details?: { issues?: Array<{ path: string }> } } } }) =>
  (res.body.error.details?.issues ?? []).map((issue) => issue.path);
