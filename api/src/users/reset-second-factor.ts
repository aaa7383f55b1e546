import { recordUserAudit } from '../audit/audit.service';
import type { SessionUser } from '../http/session-user';
import type { TUser } from '../contract';
import { updateDocument } from '../database/document-lock';
import { AppError, notFound } from '../http/app-error';
import { UserModel } from './users.model';
import { presentUsers } from './users.presenter';

/**
 * An administrator removes a user's second factor (a lost phone, no recovery codes left): staff enrol
 * a new one at their next sign-in. Audited; not for one's own account (another admin does that).
 */
export async function resetSecondFactor(admin: SessionUser, userId: string): Promise<TUser> {
  if (admin.id === userId) {
    throw new AppError(422, 'invalid_transition', 'Another administrator resets your own second factor');
  }
  const reset = await updateDocument(
    UserModel,
    { _id: userId, secondFactor: { $ne: null } },
    { $set: { secondFactor: null, secondFactorFailures: null }, $inc: { version: 1 } },
  );
  if (!reset) {
    if (await UserModel.exists({ _id: userId })) {
      throw new AppError(422, 'invalid_transition', 'This user has no second factor');
    }
    throw notFound('User');
  }
  await recordUserAudit(admin, 'reset_second_factor', userId);
  const [presented] = await presentUsers([reset]);
  return presented!;
}
