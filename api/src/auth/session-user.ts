import { findByIdMatching } from '../database/find-by-id';
import type { RequestHandler } from 'express';
import type { SessionUser } from '../http/session-user';
import type { SocketSessions } from '../realtime/realtime.server';
import { sessionTag } from './cached-session-store';
import { cachedSessionUser } from '../http/session-user-cache';
import { RegionModel } from '../organisations/regions.model';
import { UserModel } from '../users/users.model';

declare module 'express-session' {
  interface SessionData {
    userId?: string;
  }
}

export async function findSessionUser(userId: string): Promise<SessionUser | undefined> {
  const user = await findByIdMatching(UserModel, userId, { status: 'active' });
  if (!user) return undefined;
  const region = await RegionModel.findOne({ servicePointId: user.organisationId }).select({ _id: 1 }).lean();
  return {
    regionId: region ? String(region._id) : null,
    id: String(user._id),
    role: user.role,
    organisationId: String(user.organisationId),
    name: user.name,
    email: user.email,
  };
}

/**
 * Loads the user on every request (from a cache that any change to users clears, see
 * session-user-cache.ts), so a disabled account or a changed role takes effect at once instead of
 * living on in old sessions.
 */
export const loadSessionUser: RequestHandler = async (req, _res, next) => {
  const userId = req.session?.userId;
  if (!userId) return next();
  const user = await cachedSessionUser(userId, () => findSessionUser(userId));
  if (user) req.user = user;
  else delete req.session.userId;
  next();
};

/** Sign-in's part in realtime: the platform hands it to attachRealtime (realtime stays below auth). */
export const socketSessions: SocketSessions = { findUser: findSessionUser, tagOf: sessionTag };
