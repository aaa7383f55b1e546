import type { ClientToServerEvents, ServerToClientEvents } from '@kansplek/api/contract';
import { io, type Socket } from 'socket.io-client';

export type RealtimeSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Same origin as the page; the server recognises the user by the session cookie sent along. */
export function connectRealtime(): RealtimeSocket {
  return io({ withCredentials: true, autoConnect: true });
}
