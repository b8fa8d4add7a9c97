import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Express, Request } from 'express';
import { decodeJwt } from 'jose';
import type WebSocket from 'ws';

/** How the live endpoint closes a connection it will not keep (docs/subscriptions.md). */
export const CLOSE = {
  /** The gateway stops. */
  GOING_AWAY: 1001,
  /** Too many connections of this caller, or too many requests: a later attempt may succeed. */
  TRY_AGAIN_LATER: 1013,
  /** The token is not valid, or has expired: connect again with a good one. */
  UNAUTHORIZED: 4401,
  /** The token could not be checked (the identity provider's keys could not be read). */
  INTERNAL_ERROR: 4500,
} as const;

/** A WebSocket close reason is at most 123 bytes. */
export function closeReason(text: string): string {
  let reason = text;
  while (Buffer.byteLength(reason) > 123) reason = `${reason.slice(0, -2)}…`;
  return reason;
}

/**
 * The `Authorization` the client sent in its connection parameters (`{ authorization: 'Bearer …' }`),
 * whatever its case: GraphiQL sends its header editor's `Authorization`. Absent means PUBLIC.
 */
export function authorizationOf(connectionParams: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const entry = Object.entries(connectionParams ?? {}).find(([name]) => name.toLowerCase() === 'authorization');
  return typeof entry?.[1] === 'string' && entry[1] !== '' ? entry[1] : undefined;
}

/** When a token that `authenticate` accepted stops being valid, in epoch milliseconds (its `exp`). */
export function expiryOf(authorization: string | undefined): number | undefined {
  const token = authorization && /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
  if (!token) return undefined;
  const { exp } = decodeJwt(token);
  return typeof exp === 'number' ? exp * 1000 : undefined;
}

/** The longest a Node timer waits (about 24.8 days); a longer wait is taken in steps. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/** Closes the socket when its token expires; the returned function cancels that (the socket closed first). */
export function closeAtExpiry(socket: WebSocket, expiresAt: number, now = Date.now): () => void {
  let timer: NodeJS.Timeout | undefined;
  const wait = () => {
    const left = expiresAt - now();
    if (left <= 0) return void socket.close(CLOSE.UNAUTHORIZED, 'Token has expired');
    timer = setTimeout(wait, Math.min(left, LONGEST_TIMER_MS));
    timer.unref();
  };
  wait();
  return () => clearTimeout(timer);
}

/** Refuses an upgrade request before any WebSocket exists, as the HTTP API refuses: GraphQL JSON with a code. */
export function refuseUpgrade(socket: Duplex, status: 404 | 503, code: string, message: string): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  socket.end(
    `HTTP/1.1 ${status} ${status === 404 ? 'Not Found' : 'Service Unavailable'}\r\n` +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      'Connection: close\r\n\r\n' +
      body,
  );
}

/**
 * The client's address as Express reads it for the HTTP API (X-Forwarded-For from the proxies in
 * TRUST_PROXY), for an upgrade request, which never reaches Express.
 */
export const clientAddressOf =
  (app: Express) =>
  (request: IncomingMessage): string =>
    (Object.create(app.request, { headers: { value: request.headers }, socket: { value: request.socket } }) as Request)
      .ip ?? 'unknown';
