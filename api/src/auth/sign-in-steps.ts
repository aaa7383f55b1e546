import type { Request } from 'express';
import { secondFactorRequired, type TMe, type TSignInNextStep, type TSignInResult } from '../contract';
import { updateDocument } from '../database/document-lock';
import { AppError } from '../http/app-error';
import { UserModel, type UserDoc } from '../users/users.model';
import { getMe } from './auth.service';
import { regenerateSession, saveSession } from './session';

type PendingStep = TSignInNextStep['next'];

declare module 'express-session' {
  interface SessionData {
    /** Password given, second step still to come: the session is not signed in (no `userId`). */
    pendingSignIn?: { userId: string; step: PendingStep; since: number };
  }
}

/** Time to type the code, or to scan a QR code and confirm it, after the password. */
const PENDING_MINUTES = 10;

/**
 * After the password (or setting it from an invitation): a user with a second factor is asked for a
 * code; staff without one must enrol first; anyone else is signed in. A half-signed session has no
 * `userId`, so every other route answers it 401.
 */
export async function afterPassword(req: Request, user: UserDoc): Promise<TSignInResult> {
  const step: PendingStep | null = user.secondFactor
    ? 'second_factor'
    : secondFactorRequired(user.role)
      ? 'second_factor_enrolment'
      : null;
  if (!step) return completeSignIn(req, String(user._id));
  await regenerateSession(req);
  req.session.pendingSignIn = { userId: String(user._id), step, since: Date.now() };
  await saveSession(req);
  return { next: step };
}

/** The user waiting at this step of signing in; 401 when the session is not there (or took too long). */
export function pendingUserId(req: Request, step: PendingStep): string {
  const pending = req.session.pendingSignIn;
  if (!pending || pending.step !== step || Date.now() - pending.since > PENDING_MINUTES * 60_000) {
    throw new AppError(401, 'unauthenticated', 'Sign in with your e-mail address and password first');
  }
  return pending.userId;
}

/** Both steps done: a new session id, signed in. */
export async function completeSignIn(req: Request, userId: string): Promise<TMe> {
  await regenerateSession(req);
  req.session.userId = userId;
  await saveSession(req);
  await updateDocument(UserModel, { _id: userId }, { $set: { lastLoginAt: new Date() } });
  return getMe(userId);
}
