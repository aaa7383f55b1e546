import type { Server as HttpServer } from 'node:http';
import { createAdapter } from '@socket.io/redis-adapter';
import type { RequestHandler } from 'express';
import type { SessionData, Store } from 'express-session';
import { Server, type Socket } from 'socket.io';
import { onBroadcast, onBroadcastGap } from '../cluster/broadcast';
import { REDIS_PREFIX, redisLink } from '../cluster/redis';
import type { SessionUser } from '../http/session-user';
import { cachedSessionUser } from '../http/session-user-cache';
import type { Logger } from '../logger';
import { roomFor, setRealtimeServer, type RealtimeServer } from './emit';

/**
 * How often an open socket's session and user are checked again. Sign-out, a disabled account and a
 * changed role close sockets at once through broadcasts; this bounds how long a socket outlives its
 * session when it expires, or when a broadcast was missed.
 */
export const SOCKET_RECHECK_MS = 30_000;

const sessionRoom = (tag: string) => `session:${tag}`;

/**
 * What realtime needs from sign-in (auth/), passed in by the platform so realtime, which notifications
 * use to push, does not import it: the signed-in user of a session, and a session's name in broadcasts.
 */
export interface SocketSessions {
  findUser(userId: string): Promise<SessionUser | undefined>;
  tagOf(sessionId: string): string;
}

interface SocketSession {
  user: SessionUser;
  sid: string;
  store: Store;
}

type HandshakeRequest = { session?: SessionData; sessionID?: string; sessionStore?: Store };

function readSession(store: Store, sid: string): Promise<SessionData | null | 'unknown'> {
  return new Promise((resolve) => store.get(sid, (err, data) => resolve(err ? 'unknown' : (data ?? null))));
}

/** Whether the socket may stay: its session lives and belongs to its user, whose role and organisation are unchanged. */
async function stillValid(
  { user, sid, store }: SocketSession,
  freshUser: boolean,
  sessions: SocketSessions,
): Promise<boolean> {
  const session = await readSession(store, sid);
  // The database did not answer: not a sign-out; checked again later.
  if (session === 'unknown') return true;
  if (!session || session.userId !== user.id) return false;
  const load = () => sessions.findUser(user.id);
  const current = await (freshUser ? load() : cachedSessionUser(user.id, load)).catch(() => user);
  return !!current && current.role === user.role && current.organisationId === user.organisationId;
}

/**
 * socket.io on the API's HTTP server, authenticated by the same session cookie: the session
 * middleware runs on the handshake, and a socket without a signed-in, active user is refused. With
 * Redis, events reach sockets on every API process (socket.io's Redis adapter).
 */
export async function attachRealtime(
  httpServer: HttpServer,
  sessionMiddleware: RequestHandler,
  sessions: SocketSessions,
  log: Logger,
  options: { recheckMs?: number } = {},
): Promise<RealtimeServer> {
  const recheckMs = options.recheckMs ?? SOCKET_RECHECK_MS;
  const io: RealtimeServer = new Server(httpServer, { serveClient: false });
  const redis = redisLink();
  if (redis) {
    io.adapter(
      createAdapter(redis.commands, await redis.duplicate('socket.io'), {
        key: `${REDIS_PREFIX}socket.io`,
        // isListening asks the other processes; a process that does not answer must not hold up a notification.
        requestsTimeout: 1_000,
      }),
    );
  }
  const checks = new Map<string, SocketSession>();

  const recheck = async (socket: Socket, freshUser = false) => {
    const session = checks.get(socket.id);
    if (session && !(await stillValid(session, freshUser, sessions))) {
      log.debug({ userId: session.user.id }, 'socket closed: session ended or user changed');
      socket.disconnect(true);
    }
  };

  io.engine.use(sessionMiddleware);
  io.use(async (socket, next) => {
    const req = socket.request as unknown as HandshakeRequest;
    const userId = req.session?.userId;
    const user = userId ? await sessions.findUser(userId).catch(() => undefined) : undefined;
    if (!user || !req.sessionID || !req.sessionStore) return next(new Error('unauthenticated'));
    socket.data.user = user;
    const session = { user, sid: req.sessionID, store: req.sessionStore };
    checks.set(socket.id, session);
    let timer: NodeJS.Timeout;
    const schedule = () => {
      timer = setTimeout(() => void recheck(socket).then(() => socket.connected && schedule()), recheckMs);
      timer.unref();
    };
    schedule();
    socket.on('disconnect', () => {
      clearTimeout(timer);
      checks.delete(socket.id);
    });
    await socket.join([
      roomFor({ userId: user.id }),
      roomFor({ organisationId: user.organisationId }),
      sessionRoom(sessions.tagOf(req.sessionID)),
    ]);
    next();
  });
  io.on('connection', (socket) => log.debug({ userId: socket.data.user?.id }, 'socket connected'));

  const localSockets = () => [...io.of('/').sockets.values()];
  const unsubscribe = [
    // Sign-out (here or in another process): the session's sockets close at once.
    onBroadcast('session-changed', ({ session, ended }) => {
      if (ended) io.local.in(sessionRoom(session)).disconnectSockets(true);
    }),
    // A disabled account, a changed role or organisation: its sockets are checked against the database.
    onBroadcast('users-changed', ({ ids }) => {
      for (const socket of localSockets()) {
        if (!ids || ids.includes(socket.data.user?.id)) void recheck(socket, true);
      }
    }),
    onBroadcastGap(() => {
      for (const socket of localSockets()) void recheck(socket, true);
    }),
  ];
  httpServer.once('close', () => unsubscribe.forEach((stop) => stop()));
  setRealtimeServer(io, !!redis);
  return io;
}
