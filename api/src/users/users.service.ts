import { updateDocument } from '../database/document-lock';
import type { QueryFilter } from 'mongoose';
import { ORGANISATION_KINDS_FOR_ROLE } from '../contract';
import type { TInvitation, TInviteUser, TUpdateUser, TUser, TUserListQuery } from '../contract';
import { AppError, conflict, notFound, staleVersion } from '../http/app-error';
import { containsPattern, paginate } from '../http/pagination';
import { OrganisationModel } from '../organisations/organisations.model';
import { presentOrganisationSummary } from '../organisations/organisations.presenter';
import { inviteUrl, newInviteToken } from './invitation-token';
import { UserModel, type UserDoc } from './users.model';
import { presentUser, presentUsers } from './users.presenter';

export async function inviteUser(
  input: TInviteUser,
  invitedBy: string,
  publicUrl: string,
): Promise<TInvitation> {
  const organisation = await OrganisationModel.findById(input.organisationId).lean();
  if (!organisation) {
    throw new AppError(422, 'unprocessable', 'The organisation does not exist', {
      issues: [
        { path: 'body.organisationId', code: 'not_found', message: 'The organisation does not exist' },
      ],
    });
  }
  if (!ORGANISATION_KINDS_FOR_ROLE[input.role].includes(organisation.kind)) {
    const allowed = ORGANISATION_KINDS_FOR_ROLE[input.role].join(' or ');
    throw new AppError(422, 'unprocessable', `A ${input.role} must belong to a ${allowed} organisation`, {
      issues: [
        { path: 'body.role', code: 'role_organisation_mismatch', message: `Needs a ${allowed} organisation` },
      ],
    });
  }
  if (await UserModel.exists({ email: input.email.toLowerCase() })) {
    throw conflict('A user with this e-mail address already exists', { fields: ['email'] });
  }
  const invite = newInviteToken();
  const user = await UserModel.create({
    ...input,
    status: 'invited',
    invitedBy,
    inviteTokenHash: invite.tokenHash,
    inviteExpiresAt: invite.expiresAt,
  });
  return {
    user: presentUser(user.toObject() as UserDoc, presentOrganisationSummary(organisation)),
    inviteUrl: inviteUrl(publicUrl, invite.token),
    expiresAt: invite.expiresAt.toISOString(),
  };
}

/** A new one-time link for a user who has not set a password yet; the old link stops working. */
export async function reissueInvitation(userId: string, publicUrl: string): Promise<TInvitation> {
  const invite = newInviteToken();
  const user = await updateDocument(
    UserModel,
    { _id: userId, status: 'invited' },
    { $set: { inviteTokenHash: invite.tokenHash, inviteExpiresAt: invite.expiresAt }, $inc: { version: 1 } },
  );
  if (!user) {
    if (await UserModel.exists({ _id: userId })) {
      throw new AppError(
        422,
        'invalid_transition',
        'Only invited users who have not set a password get a new link',
      );
    }
    throw notFound('User');
  }
  const [presented] = await presentUsers([user]);
  return {
    user: presented!,
    inviteUrl: inviteUrl(publicUrl, invite.token),
    expiresAt: invite.expiresAt.toISOString(),
  };
}

export async function listUsers(query: TUserListQuery): Promise<{ data: TUser[]; page: unknown }> {
  const filter: QueryFilter<UserDoc> = {};
  if (query.role) filter.role = query.role;
  if (query.status) filter.status = query.status;
  if (query.organisationId) filter.organisationId = query.organisationId;
  if (query.q) filter.$or = [{ name: containsPattern(query.q) }, { email: containsPattern(query.q) }];
  const { items, page } = await paginate(UserModel, filter, query);
  return { data: await presentUsers(items as UserDoc[]), page };
}

export async function getUser(userId: string): Promise<TUser> {
  const user = await UserModel.findById(userId).lean<UserDoc>();
  if (!user) throw notFound('User');
  const [presented] = await presentUsers([user]);
  return presented!;
}

export async function updateUser(userId: string, input: TUpdateUser, actorId: string): Promise<TUser> {
  if (input.status === 'disabled' && userId === actorId) {
    throw new AppError(422, 'unprocessable', 'You cannot disable your own account', {
      issues: [{ path: 'body.status', code: 'self_disable', message: 'You cannot disable your own account' }],
    });
  }
  const current = await UserModel.findById(userId).lean<UserDoc>();
  if (!current) throw notFound('User');
  if (input.status === 'active' && !current.passwordHash) {
    throw new AppError(422, 'invalid_transition', 'An invited user becomes active by setting a password');
  }
  const { version, ...changes } = input;
  const updated = await updateDocument(
    UserModel,
    { _id: userId, version },
    { $set: changes, $inc: { version: 1 } },
    { runValidators: true },
  );
  if (!updated) throw staleVersion(current.version ?? 0);
  const [presented] = await presentUsers([updated]);
  return presented!;
}
