import type { SessionUser } from '../http/session-user';
import type { TCreateCandidateAccount, TInvitation } from '../contract';
import { AppError, conflict, staleVersion } from '../http/app-error';
import { UserModel } from '../users/users.model';
import { inviteUser } from '../users/users.service';
import { findVisibleCandidate, saveCandidateChange } from './candidate-records';

/**
 * Invites the candidate to their own account, linked to the profile. The route mails the one-time link
 * once the profile is linked; the consultant also gets it, to pass on if the mail does not arrive.
 */
export async function createCandidateAccount(
  user: SessionUser,
  id: string,
  input: TCreateCandidateAccount,
  publicUrl: string,
): Promise<TInvitation> {
  const current = await findVisibleCandidate(user, id);
  if (current.userId) throw conflict('This candidate already has an account', { fields: ['account'] });
  if ((current.version ?? 0) !== input.version) throw staleVersion(current.version ?? 0);
  if (!current.email) {
    const message = 'Record the candidate’s e-mail address first';
    throw new AppError(422, 'unprocessable', message, {
      issues: [{ path: 'email', code: 'missing_email', message }],
    });
  }
  const invitation = await inviteUser(
    {
      email: current.email,
      name: `${current.firstName} ${current.lastName}`,
      role: 'candidate',
      organisationId: String(current.servicePointId),
      locale: input.locale ?? 'nl',
    },
    user.id,
    publicUrl,
  );
  try {
    await saveCandidateChange(
      current,
      input.version,
      { $set: { userId: invitation.user.id } },
      { userId: null },
    );
  } catch (error) {
    // The profile changed meanwhile: the account just made must not stay behind, unlinked.
    await UserModel.deleteOne({ _id: invitation.user.id, status: 'invited' });
    throw error;
  }
  return invitation;
}
