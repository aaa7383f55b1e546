import { DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_USERS } from '@kansplek/seed';
import { hashPassword } from '../auth/password';
import { OrganisationModel } from '../organisations/organisations.model';
import { UserModel } from '../users/users.model';

export interface DemoAccount {
  role: string;
  email: string;
  name: string;
  password: string;
}

/**
 * Loads the demo region idempotently: organisations matched by kind and name, users by e-mail.
 * Existing records are left as they are, so a demo user's changed password or name survives restarts.
 */
export async function loadDemoData(): Promise<DemoAccount[]> {
  const orgIds = new Map<string, unknown>();
  for (const { key, ...org } of DEMO_ORGANISATIONS) {
    const saved = await OrganisationModel.findOneAndUpdate(
      { kind: org.kind, name: org.name },
      { $setOnInsert: { kvkNumber: null, municipalityCode: null, ...org } },
      { upsert: true, returnDocument: 'after' },
    ).lean();
    orgIds.set(key, saved!._id);
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const user of DEMO_USERS) {
    await UserModel.updateOne(
      { email: user.email },
      {
        $setOnInsert: {
          email: user.email,
          name: user.name,
          role: user.role,
          organisationId: orgIds.get(user.organisation),
          status: 'active',
          passwordHash,
        },
      },
      { upsert: true },
    );
  }
  return DEMO_USERS.map(({ role, email, name }) => ({ role, email, name, password: DEMO_PASSWORD }));
}
