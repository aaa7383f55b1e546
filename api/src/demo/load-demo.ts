import { DEMO_PASSWORD, DEMO_TOTP_SECRET, DEMO_USERS, type DemoUserOrganisation } from '@kansplek/seed';
import type { Types } from 'mongoose';
import { hashPassword } from '../users/password';
import { findSessionUser } from '../auth/session-user';
import { secondFactorRequired } from '../contract';
import { UserModel } from '../users/users.model';
import { loadDemoActivity } from './demo-activity';
import { ensureDemoOrganisations, type DemoOrganisationIds } from './demo-organisations';
import { ensureDemoRuleSet } from './demo-rule-set';

export interface DemoAccount {
  role: string;
  email: string;
  name: string;
  password: string;
  /** The TOTP secret of the account's second factor (staff), or null. */
  totpSecret: string | null;
}

function organisationOf(ids: DemoOrganisationIds, org: DemoUserOrganisation): Types.ObjectId | undefined {
  if ('servicePoint' in org) return ids.servicePointId;
  if ('company' in org) return ids.companies.get(org.company);
  return ids.municipalities.get(org.municipalityCode);
}

/**
 * Loads the demo region idempotently: organisations by natural key, users by e-mail, the region's
 * valuation rule set when it has none, and its contracts, places and job seekers once. Existing
 * records are left as they are, so what demo users changed (a password, a name) survives restarts.
 */
export async function loadDemoData(
  log: (message: string) => void = () => undefined,
  // Fewer job seekers than the demo's 300 (tests tell the whole story faster with 40).
  candidateCount?: number,
): Promise<DemoAccount[]> {
  const ids = await ensureDemoOrganisations();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const user of DEMO_USERS) {
    await UserModel.updateOne(
      { email: user.email },
      {
        $setOnInsert: {
          email: user.email,
          name: user.name,
          role: user.role,
          organisationId: organisationOf(ids, user.organisation),
          status: 'active',
          passwordHash,
        },
      },
      { upsert: true },
    );
    // Staff sign in with a second factor: the demo's is the documented secret. Also given to a demo
    // account that has none (a database from before second factors, or a factor reset by an admin).
    if (secondFactorRequired(user.role)) {
      await UserModel.updateOne(
        { email: user.email, secondFactor: null },
        { $set: { secondFactor: { secret: DEMO_TOTP_SECRET, enrolledAt: new Date(), lastUsedStep: 0 } } },
      );
    }
  }
  const sessionUserOf = async (email: string) => {
    const user = await UserModel.findOne({ email }).lean();
    return user ? ((await findSessionUser(String(user._id))) ?? null) : null;
  };
  const admin = await sessionUserOf('admin@kansplek.nl');
  // Before the activity, so the demo's placements are valued as they are created.
  if (admin?.role === 'admin') await ensureDemoRuleSet(admin, ids.regionId);
  const consultant = await sessionUserOf('consultant@kansplek.nl');
  const candidateUser = await UserModel.findOne({ email: 'kandidaat@kansplek.nl' }).lean();
  if (consultant && candidateUser)
    await loadDemoActivity(consultant, ids, String(candidateUser._id), log, candidateCount);
  return DEMO_USERS.map(({ role, email, name }) => ({
    role,
    email,
    name,
    password: DEMO_PASSWORD,
    totpSecret: secondFactorRequired(role) ? DEMO_TOTP_SECRET : null,
  }));
}
