import {
  buildOrganisation,
  buildUser,
  ORGANISATION_KIND_FOR_ROLE,
  type OrganisationData,
  type UserData,
} from '@kansplek/seed';
import { hashPassword } from '../users/password';
import { secondFactorRequired } from '../contract';
import { OrganisationModel } from '../organisations/organisations.model';
import { RegionModel } from '../organisations/regions.model';
import { UserModel } from '../users/users.model';

/** The password of every user the tests create. */
export const TEST_PASSWORD = 'correct-horse-battery-staple';
/** The TOTP secret of every test user with a second factor (staff by default); base32. */
export const TEST_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

export interface TestUser {
  id: string;
  email: string;
  role: UserData['role'];
  organisationId: string;
  /** The user's TOTP secret when they have a second factor; `signIn` computes its codes. */
  totpSecret: string | null;
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

/** Staff (admin, consultant, municipality) get a second factor unless `secondFactor: false`. */
export async function createUser({
  organisationId,
  status = 'active',
  secondFactor,
  ...overrides
}: Partial<UserData> & {
  organisationId?: string;
  status?: 'active' | 'invited' | 'disabled';
  secondFactor?: boolean;
} = {}): Promise<TestUser> {
  const data = buildUser(overrides);
  const orgId = organisationId ?? (await createOrganisation({ kind: ORGANISATION_KIND_FOR_ROLE[data.role] }));
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const withFactor = status !== 'invited' && (secondFactor ?? secondFactorRequired(data.role));
  const user = await UserModel.create({
    ...data,
    organisationId: orgId,
    status,
    passwordHash: status === 'invited' ? null : await passwordHash,
    secondFactor: withFactor ? { secret: TEST_TOTP_SECRET, enrolledAt: new Date(), lastUsedStep: 0 } : null,
  });
  return {
    id: String(user._id),
    email: data.email,
    role: data.role,
    organisationId: orgId,
    totpSecret: withFactor ? TEST_TOTP_SECRET : null,
  };
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
