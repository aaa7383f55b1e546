import {
  buildOrganisation,
  buildUser,
  ORGANISATION_KIND_FOR_ROLE,
  type OrganisationData,
  type UserData,
} from '@kansplek/seed';
import { hashPassword } from '../users/password';
import { OrganisationModel } from '../organisations/organisations.model';
import { RegionModel } from '../organisations/regions.model';
import { UserModel } from '../users/users.model';

/** The password of every user the tests create. */
export const TEST_PASSWORD = 'correct-horse-battery-staple';

export interface TestUser {
  id: string;
  email: string;
  role: UserData['role'];
  organisationId: string;
}

export interface TestRegion {
  regionId: string;
  servicePointId: string;
  municipalityIds: string[];
}

let passwordHash: Promise<string> | undefined;

/*
 * Test data written with the seed factories into the database mongoose is connected to (a test
 * app's own, or the one a cluster of API processes shares).
 */

export async function createOrganisation(overrides: Partial<OrganisationData> = {}): Promise<string> {
  return String((await OrganisationModel.create(buildOrganisation(overrides)))._id);
}

export async function createUser({
  organisationId,
  status = 'active',
  ...overrides
}: Partial<UserData> & {
  organisationId?: string;
  status?: 'active' | 'invited' | 'disabled';
} = {}): Promise<TestUser> {
  const data = buildUser(overrides);
  const orgId = organisationId ?? (await createOrganisation({ kind: ORGANISATION_KIND_FOR_ROLE[data.role] }));
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const user = await UserModel.create({
    ...data,
    organisationId: orgId,
    status,
    passwordHash: status === 'invited' ? null : await passwordHash,
  });
  return { id: String(user._id), email: data.email, role: data.role, organisationId: orgId };
}

/** A service point with a region of two municipalities (Arnhem-like codes are unique per call). */
export async function createRegion(): Promise<TestRegion> {
  const servicePointId = await createOrganisation({ kind: 'service_point' });
  const municipalityIds = [
    await createOrganisation({ kind: 'municipality' }),
    await createOrganisation({ kind: 'municipality' }),
  ];
  const region = await RegionModel.create({
    name: `Regio ${servicePointId}`,
    servicePointId,
    municipalityIds,
  });
  return { regionId: String(region._id), servicePointId, municipalityIds };
}
