import { updateDocument } from '../database/document-lock';
import type { TAcceptInvite, TInvitationPreview, TLogin, TMe, TUpdateMe } from '../contract';
import { AppError, notFound } from '../http/app-error';
import { notifyUser } from '../notifications/notifications.service';
import { OrganisationModel } from '../organisations/organisations.model';
import { hashInviteToken } from '../users/invitation-token';
import { UserModel, type UserDoc } from '../users/users.model';
import { presentMe } from '../users/users.presenter';
import { dummyPasswordHash, hashPassword, verifyPassword } from '../users/password';
import { assertPasswordAllowed } from '../users/password-policy';

const invalidCredentials = () =>
  new AppError(401, 'invalid_credentials', 'E-mail address or password is incorrect');
const inviteInvalid = () =>
  new AppError(410, 'invite_invalid', 'This invitation link is invalid, used or expired');

/**
 * Returns the user when the password is right and the account active; otherwise the same error for
 * an unknown e-mail, a wrong password, and an invited or disabled account. Every attempt verifies one
 * argon2 hash (a dummy one when there is none to check), so the time taken does not tell them apart.
 */
export async function verifyLogin(input: TLogin): Promise<UserDoc> {
  const user = await UserModel.findOne({ email: input.email.toLowerCase() }).lean<UserDoc>();
  const passwordHash = user?.passwordHash ?? (await dummyPasswordHash());
  const matches = await verifyPassword(passwordHash, input.password);
  if (!user || !user.passwordHash || !matches || user.status !== 'active') throw invalidCredentials();
  return user;
}

export async function getMe(userId: string): Promise<TMe> {
  const user = await UserModel.findById(userId).lean<UserDoc>();
  if (!user) throw notFound('User');
  return presentMe(user);
}

export async function updateMe(userId: string, input: TUpdateMe): Promise<TMe> {
  const user = await updateDocument(UserModel, { _id: userId }, { $set: input, $inc: { version: 1 } });
  if (!user) throw notFound('User');
  return presentMe(user);
}

async function findOpenInvitation(token: string): Promise<UserDoc> {
  const user = await UserModel.findOne({
    inviteTokenHash: hashInviteToken(token),
    status: 'invited',
  }).lean<UserDoc>();
  if (!user || !user.inviteExpiresAt || user.inviteExpiresAt.getTime() < Date.now()) throw inviteInvalid();
  return user;
}

export async function previewInvitation(token: string): Promise<TInvitationPreview> {
  const user = await findOpenInvitation(token);
  const organisation = await OrganisationModel.findById(user.organisationId).lean();
  return {
    email: user.email,
    name: user.name,
    role: user.role,
    organisationName: organisation?.name ?? '',
    expiresAt: user.inviteExpiresAt!.toISOString(),
  };
}

/** Sets the password once; the token is consumed in the same atomic update, so a link works only once. */
export async function acceptInvitation(input: TAcceptInvite): Promise<UserDoc> {
  const user = await findOpenInvitation(input.token);
  assertPasswordAllowed(input.password, user);
  const activated = await updateDocument(
    UserModel,
    { _id: user._id, inviteTokenHash: user.inviteTokenHash, status: 'invited' },
    {
      $set: {
        passwordHash: await hashPassword(input.password),
        status: 'active',
        inviteTokenHash: null,
        inviteExpiresAt: null,
      },
      $inc: { version: 1 },
    },
  );
  if (!activated) throw inviteInvalid();
  if (activated.invitedBy) {
    await notifyUser(String(activated.invitedBy), {
      kind: 'account_activated',
      params: { name: activated.name, email: activated.email },
      link: `/beheer/gebruikers?q=${encodeURIComponent(activated.email)}`,
    });
  }
  return activated;
}
