import type { TNotification, TUnreadCount } from './notifications';

/** Typed socket.io events, server to client. Rooms: `user:<id>` and `org:<id>`. */
export interface ServerToClientEvents {
  'notification:new': (notification: TNotification) => void;
  'notification:count': (count: TUnreadCount) => void;
}

export type TServerEvent = keyof ServerToClientEvents;
export type TServerEventPayload<E extends TServerEvent> = Parameters<ServerToClientEvents[E]>[0];

/** The client sends nothing over the socket yet; everything it changes goes through HTTP. */
export type ClientToServerEvents = Record<string, never>;
