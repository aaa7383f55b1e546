import { updateDocument } from '../database/document-lock';
import { AppError } from '../http/app-error';
import { UserModel, type UserDoc } from '../users/users.model';
import { hashRecoveryCode } from './recovery-codes';
import { matchingStep } from './totp';

const FAILURE_WINDOW_MS = 15 * 60_000;

export const secondFactorInvalid = (status: 401 | 422) =>
  new AppError(status, 'second_factor_invalid', 'The code is not valid', {
    issues: [{ path: 'body.code', code: 'second_factor_invalid', message: 'The code is not valid' }],
  });

/**
 * Accepts a code of a time step only if no later or equal step was used before, in one conditional
 * update under the document's lock: a code (even one seen over a shoulder) works once.
 */
async function claimStep(user: UserDoc, code: string): Promise<boolean> {
  const factor = user.secondFactor;
  if (!factor || !/^\d{6}$/.test(code)) return false;
  const step = matchingStep(factor.secret, code);
  if (step === null) return false;
  const claimed = await updateDocument(
    UserModel,
    { _id: user._id, 'secondFactor.secret': factor.secret, 'secondFactor.lastUsedStep': { $lt: step } },
    { $set: { 'secondFactor.lastUsedStep': step } },
  );
  return claimed !== null;
}

/** A recovery code is pulled out of the stored list as it is accepted, so it works once. */
async function claimRecoveryCode(user: UserDoc, code: string): Promise<boolean> {
  if (!user.secondFactor) return false;
  const hash = hashRecoveryCode(code);
  const claimed = await updateDocument(
    UserModel,
    { _id: user._id, 'secondFactor.recoveryCodeHashes': hash },
    { $pull: { 'secondFactor.recoveryCodeHashes': hash } },
  );
  return claimed !== null;
}

function tooManyFailures(user: UserDoc, limit: number): boolean {
  const failures = user.secondFactorFailures;
  if (!failures?.since || !failures.count) return false;
  return Date.now() - failures.since.getTime() < FAILURE_WINDOW_MS && failures.count >= limit;
}

async function recordFailure(user: UserDoc): Promise<void> {
  const failures = user.secondFactorFailures;
  const fresh = !failures?.since || Date.now() - failures.since.getTime() >= FAILURE_WINDOW_MS;
  await updateDocument(
    UserModel,
    { _id: user._id },
    fresh
      ? { $set: { secondFactorFailures: { count: 1, since: new Date() } } }
      : { $inc: { 'secondFactorFailures.count': 1 } },
  );
}

/**
 * Checks a code of the user's factor: a TOTP code, or (when allowed) a recovery code. At most `limit`
 * wrong codes per account in 15 minutes (429 after that, also for a right code), counted in the
 * user's record so that new sessions and other addresses do not reset it.
 */
export async function checkSecondFactorCode(
  user: UserDoc,
  code: string,
  options: { limit: number; allowRecoveryCode: boolean; failStatus: 401 | 422 },
): Promise<void> {
  if (tooManyFailures(user, options.limit)) {
    throw new AppError(429, 'rate_limited', 'Too many wrong codes; try again in 15 minutes');
  }
  const accepted =
    (await claimStep(user, code)) || (options.allowRecoveryCode && (await claimRecoveryCode(user, code)));
  if (!accepted) {
    await recordFailure(user);
    throw secondFactorInvalid(options.failStatus);
  }
  if (user.secondFactorFailures) {
    await updateDocument(UserModel, { _id: user._id }, { $set: { secondFactorFailures: null } });
  }
}
