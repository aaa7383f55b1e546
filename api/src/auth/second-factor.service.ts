import type { Request } from 'express';
import {
  secondFactorRequired,
  type TEnrolmentConfirmed,
  type TMe,
  type TRecoveryCodes,
  type TSecondFactorEnrolment,
} from '../contract';
import { updateDocument } from '../database/document-lock';
import { AppError, conflict, forbidden, notFound } from '../http/app-error';
import { UserModel, type UserDoc } from '../users/users.model';
import { getMe } from './auth.service';
import { hashRecoveryCode, newRecoveryCodes } from './recovery-codes';
import { checkSecondFactorCode, secondFactorInvalid } from './second-factor-check';
import { saveSession } from './session';
import type { SessionUser } from '../http/session-user';
import { completeSignIn, pendingUserId } from './sign-in-steps';
import { matchingStep, newTotpSecret, otpauthUri } from './totp';

declare module 'express-session' {
  interface SessionData {
    /** A secret being enrolled: kept on the server until a code from it is confirmed. */
    enrolment?: { userId: string; secret: string; since: number };
  }
}

const ENROLMENT_MINUTES = 30;

async function loadUser(userId: string): Promise<UserDoc> {
  const user = await UserModel.findById(userId).lean<UserDoc>();
  if (!user || user.status !== 'active') throw notFound('User');
  return user;
}

/** The second step of signing in: a code from the app (or a recovery code) completes the session. */
export async function signInWithSecondFactor(req: Request, code: string, limit: number): Promise<TMe> {
  const userId = pendingUserId(req, 'second_factor');
  const user = await UserModel.findById(userId).lean<UserDoc>();
  if (!user || user.status !== 'active' || !user.secondFactor) {
    delete req.session.pendingSignIn;
    throw new AppError(401, 'unauthenticated', 'Sign in with your e-mail address and password first');
  }
  await checkSecondFactorCode(user, code, { limit, allowRecoveryCode: true, failStatus: 401 });
  return completeSignIn(req, userId);
}

/** Who is enrolling: the signed-in user, or staff half-way through signing in. */
function enrollingUserId(req: Request, user: SessionUser | undefined): string {
  return user ? user.id : pendingUserId(req, 'second_factor_enrolment');
}

/** A new secret for this session, as an otpauth URI (for the QR code) and as text. */
export async function startEnrolment(
  req: Request,
  sessionUser: SessionUser | undefined,
): Promise<TSecondFactorEnrolment> {
  const user = await loadUser(enrollingUserId(req, sessionUser));
  if (user.secondFactor) throw conflict('A second factor is already set up for this account');
  const secret = newTotpSecret();
  req.session.enrolment = { userId: String(user._id), secret, since: Date.now() };
  await saveSession(req);
  return { secret, otpauthUri: otpauthUri(secret, user.email) };
}

/**
 * A code from the new secret proves the app has it: the factor is stored with fresh recovery codes
 * (shown this once), and staff half-way through signing in are signed in.
 */
export async function confirmEnrolment(
  req: Request,
  sessionUser: SessionUser | undefined,
  code: string,
): Promise<TEnrolmentConfirmed> {
  const userId = enrollingUserId(req, sessionUser);
  const enrolment = req.session.enrolment;
  if (
    !enrolment ||
    enrolment.userId !== userId ||
    Date.now() - enrolment.since > ENROLMENT_MINUTES * 60_000
  ) {
    throw new AppError(422, 'invalid_transition', 'Start setting up the second factor first');
  }
  const step = matchingStep(enrolment.secret, code);
  if (step === null) throw secondFactorInvalid(422);
  const recoveryCodes = newRecoveryCodes();
  const enrolled = await updateDocument(
    UserModel,
    { _id: userId, status: 'active', secondFactor: null },
    {
      $set: {
        secondFactor: {
          secret: enrolment.secret,
          enrolledAt: new Date(),
          // The confirming code is used: it cannot sign in as well.
          lastUsedStep: step,
          recoveryCodeHashes: recoveryCodes.map(hashRecoveryCode),
        },
      },
      $inc: { version: 1 },
    },
  );
  if (!enrolled) throw conflict('A second factor is already set up for this account');
  delete req.session.enrolment;
  const me = sessionUser ? await getMe(userId) : await completeSignIn(req, userId);
  return { me, recoveryCodes };
}

/** New recovery codes (the old ones stop working), after a code from the app. */
export async function regenerateRecoveryCodes(
  sessionUser: SessionUser,
  code: string,
  limit: number,
): Promise<TRecoveryCodes> {
  const user = await loadUser(sessionUser.id);
  if (!user.secondFactor) throw new AppError(422, 'invalid_transition', 'Set up a second factor first');
  await checkSecondFactorCode(user, code, { limit, allowRecoveryCode: false, failStatus: 422 });
  const recoveryCodes = newRecoveryCodes();
  await updateDocument(
    UserModel,
    { _id: user._id },
    { $set: { 'secondFactor.recoveryCodeHashes': recoveryCodes.map(hashRecoveryCode) } },
  );
  return { recoveryCodes };
}

/** Contractors and candidates may turn their optional factor off again (with a code); staff may not. */
export async function turnOffOwnSecondFactor(
  sessionUser: SessionUser,
  code: string,
  limit: number,
): Promise<TMe> {
  if (secondFactorRequired(sessionUser.role)) {
    throw forbidden('Your role signs in with a second factor; an administrator can reset it');
  }
  const user = await loadUser(sessionUser.id);
  if (!user.secondFactor) throw new AppError(422, 'invalid_transition', 'No second factor is set up');
  await checkSecondFactorCode(user, code, { limit, allowRecoveryCode: true, failStatus: 422 });
  await updateDocument(
    UserModel,
    { _id: user._id },
    { $set: { secondFactor: null, secondFactorFailures: null }, $inc: { version: 1 } },
  );
  return getMe(sessionUser.id);
}
