import type { Server } from 'socket.io';
import type {
  ClientToServerEvents,
  ServerToClientEvents,
  TServerEvent,
  TServerEventPayload,
} from '../contract';

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents>;

export type Audience = { userId: string } | { organisationId: string };

export const roomFor = (audience: Audience): string =>
  'userId' in audience ? `user:${audience.userId}` : `org:${audience.organisationId}`;

let server: RealtimeServer | undefined;
let clustered = false;

/**
 * Set once by the realtime server at start-up; until then (scripts, seeding) events go nowhere.
 * `shared`: other API processes hold sockets too (socket.io's Redis adapter).
 */
export function setRealtimeServer(io: RealtimeServer | undefined, shared = false): void {
  server = io;
  clustered = shared;
}

/** The one way services send live events; they never import socket.io. */
export function emit<E extends TServerEvent>(
  audience: Audience,
  event: E,
  payload: TServerEventPayload<E>,
): void {
  if (!server) return;
  // socket.io's typed emit cannot relate a generic event name to its payload type.
  (server.to(roomFor(audience)).emit as (e: string, p: unknown) => boolean)(event, payload);
}

/**
 * Whether a socket of this audience is connected, to this process or (with Redis) another, i.e.
 * whether an event would reach anyone. Lets a service skip work done only for a live event, such as
 * counting a user's unread notifications: a collection scan on FerretDB, run for every notification
 * a background job or the scale generator sends while nobody is signed in.
 */
export async function isListening(audience: Audience): Promise<boolean> {
  if (!server) return false;
  const room = roomFor(audience);
  if ((server.of('/').adapter.rooms.get(room)?.size ?? 0) > 0) return true;
  if (!clustered) return false;
  // When another process does not answer in time, better one count too many than a stale badge.
  return server
    .in(room)
    .fetchSockets()
    .then((sockets) => sockets.length > 0)
    .catch(() => true);
}
