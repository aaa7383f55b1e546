import type { Server as HttpServer } from 'node:http';
import type { RequestHandler } from 'express';
import { Server } from 'socket.io';
import type { SessionUser } from '../http/session-user';
import type { Logger } from '../logger';
import { roomFor, setRealtimeServer, type RealtimeServer } from './emit';

/**
 * socket.io on the API's HTTP server, authenticated by the same session cookie: the session
 * middleware runs on the handshake, and a socket without a signed-in, active user is refused.
 * `findUser` is sign-in's lookup (auth/session-user.ts), passed in so realtime stays below it.
 */
export function attachRealtime(
  httpServer: HttpServer,
  sessionMiddleware: RequestHandler,
  findUser: (userId: string) => Promise<SessionUser | undefined>,
  log: Logger,
): RealtimeServer {
  const io: RealtimeServer = new Server(httpServer, { serveClient: false });
  io.engine.use(sessionMiddleware);
  io.use(async (socket, next) => {
    const userId = (socket.request as unknown as { session?: { userId?: string } }).session?.userId;
    const user = userId ? await findUser(userId).catch(() => undefined) : undefined;
    if (!user) return next(new Error('unauthenticated'));
    socket.data.user = user;
    await socket.join([roomFor({ userId: user.id }), roomFor({ organisationId: user.organisationId })]);
    next();
  });
  io.on('connection', (socket) => log.debug({ userId: socket.data.user?.id }, 'socket connected'));
  setRealtimeServer(io);
  return io;
}
