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

/** Set once by the realtime server at start-up; until then (scripts, seeding) events go nowhere. */
export function setRealtimeServer(io: RealtimeServer | undefined): void {
  server = io;
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
