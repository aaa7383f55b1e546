import { secondFactorRequired, type TMe, type TOrganisationSummary, type TUser } from '../contract';
import { loadOrganisationSummaries, UNKNOWN_ORGANISATION } from '../organisations/organisations.presenter';
import type { UserDoc } from './users.model';

/** Whitelists what leaves the server: never the password hash, invitation token hash or second factor. */
export function presentUser(user: UserDoc, organisation: TOrganisationSummary): TUser {
  return {
    id: String(user._id),
    email: user.email,
    name: user.name,
    role: user.role,
    status: user.status,
    locale: user.locale ?? 'nl',
    organisation,
    lastLoginAt: user.lastLoginAt ? user.lastLoginAt.toISOString() : null,
    secondFactorEnrolled: Boolean(user.secondFactor),
    createdAt: user.createdAt.toISOString(),
    version: user.version ?? 0,
  };
}

export async function presentUsers(users: UserDoc[]): Promise<TUser[]> {
  const orgs = await loadOrganisationSummaries(users.map((u) => u.organisationId));
  return users.map((u) => presentUser(u, orgs.get(String(u.organisationId)) ?? UNKNOWN_ORGANISATION));
}

export async function presentMe(user: UserDoc): Promise<TMe> {
  const [full] = await presentUsers([user]);
  const { id, email, name, role, locale, organisation } = full!;
  const secondFactor = {
    enrolled: Boolean(user.secondFactor),
    required: secondFactorRequired(role),
    recoveryCodesLeft: user.secondFactor?.recoveryCodeHashes?.length ?? 0,
  };
  return { id, email, name, role, locale, organisation, secondFactor };
}
