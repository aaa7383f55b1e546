import { io as connect, type Socket } from 'socket.io-client';
import type { ServerToClientEvents } from '../contract';
import type { ApiClient } from './api-client';

export type TestSocket = Socket<ServerToClientEvents>;

/** The session cookie a signed-in client holds, to open a socket as that user. */
export function cookieOf(client: ApiClient, domain = '127.0.0.1'): string {
  const jar = (
    client.agent as unknown as { jar: { getCookies(a: unknown): Array<{ toValueString(): string }> } }
  ).jar;
  return jar
    .getCookies({ domain, path: '/', secure: false, script: false })
    .map((c) => c.toValueString())
    .join('; ');
}

/** A websocket to the API with this cookie; rejects with the server's reason when it is refused. */
export function openSocket(url: string, cookie?: string): Promise<TestSocket> {
  return new Promise((resolve, reject) => {
    const socket: TestSocket = connect(url, {
      transports: ['websocket'],
      extraHeaders: cookie ? { cookie } : {},
      reconnection: false,
    });
    socket.on('connect', () => resolve(socket));
    socket.on('connect_error', (err) => {
      socket.disconnect();
      reject(err);
    });
  });
}

/** Collects the payloads of one event as they arrive. */
export function received<E extends keyof ServerToClientEvents>(socket: TestSocket, event: E): unknown[] {
  const events: unknown[] = [];
  socket.on(event as 'notification:new', (payload) => events.push(payload));
  return events;
}

/** Resolves with the reason when the socket is disconnected (e.g. 'io server disconnect'). */
export function disconnection(socket: TestSocket): Promise<string> {
  return new Promise((resolve) => socket.once('disconnect', (reason) => resolve(reason)));
}
