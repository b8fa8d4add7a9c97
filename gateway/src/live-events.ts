import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { getOperationAST, GraphQLError, parse, validate, type DocumentNode } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { Gauge, type Registry } from 'prom-client';
import { WebSocketServer } from 'ws';
import { formatError } from '../../runtime/errors';
import type { EventBus } from '../../runtime/event-bus';
import type { EventVisibility } from '../../runtime/event-visibility';
import type { Principal } from '../../runtime/principal';
import { authenticate } from './auth';
import { authorizationOf, CLOSE, closeAtExpiry, closeReason, expiryOf, refuseUpgrade } from './live-connection';
import { LiveEventHub } from './live-event-hub';
import { liveSchema, type LiveContext } from './live-schema';

export interface LiveEventsOptions {
  /** The gateway's HTTP server: WebSocket upgrades to `/` are the live endpoint's. */
  server: Server;
  bus: EventBus;
  visibility: EventVisibility;
  /** The client's address as the HTTP API reads it (TRUST_PROXY applies). */
  addressOf(request: IncomingMessage): string;
  /** Counts one request toward the caller's rate limit; throws RATE_LIMITED past it. */
  admit(caller: string): Promise<void>;
  limits: { subscriptionsPerConnection: number; connectionsPerCaller: number; maxQueryTokens: number };
  registry: Registry;
  log: Logger;
  production: boolean;
}

export interface LiveEvents {
  /** Closes every live connection (1001) and stops reading the event stream. */
  stop(): Promise<void>;
}

/** What a connection keeps from its `connection_init`. */
type Connection = {
  principal?: Principal;
  /** Whose connection it is, for the per-caller limit: the token's subject, or the client's address. */
  caller?: string;
  cancelExpiry?: () => void;
};

/** Largest message a client may send: a subscription with a full filter is a few kilobytes. */
const MAX_MESSAGE_BYTES = 256 * 1024;

const coded = (message: string, code: string) => new GraphQLError(message, { extensions: { code } });

/**
 * GraphQL subscriptions over WebSocket (graphql-ws) at the gateway's own URL, served from the event stream:
 * one tail of the bus per gateway, fanned out to the subscriptions by `LiveEventHub`. Each connection is
 * authenticated once, at `connection_init`, as the HTTP API authenticates a request, and closed when its
 * token expires.
 */
export function startLiveEvents(options: LiveEventsOptions): LiveEvents {
  const { log, limits } = options;
  const format = formatError(options.production);
  // As the HTTP API answers: `extensions.http` sets a status there, and means nothing on a socket.
  const shown = (error: GraphQLError) => {
    const { http: _http, ...extensions } = error.extensions;
    return format({ ...error.toJSON(), extensions });
  };
  const hub = new LiveEventHub(options.visibility, log);
  const schema = liveSchema(hub);
  const connections = new Map<string, number>();
  let stopping = false;

  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (stopping) return refuseUpgrade(socket, 503, 'SERVICE_UNAVAILABLE', 'The gateway is shutting down');
    if ((request.url ?? '/').split('?')[0] !== '/')
      return refuseUpgrade(socket, 404, 'NOT_FOUND', 'Subscriptions are served at / only');
    sockets.handleUpgrade(request, socket, head, (ws) => sockets.emit('connection', ws, request));
  };
  options.server.on('upgrade', onUpgrade);

  const served = useServer<Record<string, unknown> | undefined, Connection>(
    {
      onConnect: async ({ connectionParams, extra }) => {
        const { socket, request } = extra;
        const refuse = (code: number, reason: string) => (socket.close(code, closeReason(reason)), false);
        const address = `ip:${options.addressOf(request)}`;
        const authorization = authorizationOf(connectionParams);
        const principal = await authenticate(authorization).catch((error: unknown) => error as Error);
        // As over HTTP: every attempt counts toward the caller's rate limit, a bad token's too (by address).
        const caller = principal instanceof Error ? address : (principal.subject ?? address);
        const limited = await options.admit(caller).then(
          () => undefined,
          (error: unknown) => error,
        );
        if (limited instanceof GraphQLError) return refuse(CLOSE.TRY_AGAIN_LATER, limited.message);
        if (limited) throw limited;
        if (principal instanceof Error) {
          if (principal instanceof GraphQLError && principal.extensions.code === 'UNAUTHENTICATED')
            return refuse(CLOSE.UNAUTHORIZED, principal.message);
          log.error({ err: principal }, 'live connection: the token could not be checked');
          return refuse(CLOSE.INTERNAL_ERROR, 'The token could not be checked; try again shortly');
        }
        const expiresAt = expiryOf(authorization);
        if (expiresAt !== undefined && expiresAt <= Date.now()) return refuse(CLOSE.UNAUTHORIZED, 'Token has expired');
        // Gone while its token was checked: nothing to count.
        if (socket.readyState !== socket.OPEN) return false;
        const open = connections.get(caller) ?? 0;
        if (open >= limits.connectionsPerCaller)
          return refuse(
            CLOSE.TRY_AGAIN_LATER,
            `At most ${limits.connectionsPerCaller} live connections per caller at once; close one first`,
          );
        connections.set(caller, open + 1);
        Object.assign(extra, { principal, caller }, expiresAt && { cancelExpiry: closeAtExpiry(socket, expiresAt) });
        return true;
      },
      onClose: ({ extra }) => {
        extra.cancelExpiry?.();
        if (!extra.caller) return;
        const left = (connections.get(extra.caller) ?? 1) - 1;
        if (left > 0) connections.set(extra.caller, left);
        else connections.delete(extra.caller);
      },
      onSubscribe: async ({ extra, subscriptions }, _id, payload) => {
        // `subscriptions` holds this one already.
        if (Object.keys(subscriptions).length > limits.subscriptionsPerConnection)
          return [
            coded(
              `At most ${limits.subscriptionsPerConnection} subscriptions per connection; complete one first`,
              'BAD_REQUEST',
            ),
          ];
        const limited = await options.admit(extra.caller!).catch((error: unknown) => error);
        if (limited instanceof GraphQLError) return [limited];
        if (limited) throw limited;
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: limits.maxQueryTokens });
        } catch (error) {
          return [coded((error as Error).message, 'GRAPHQL_PARSE_FAILED')];
        }
        const invalid = validate(schema, document);
        if (invalid.length) return invalid.map((error) => coded(error.message, 'GRAPHQL_VALIDATION_FAILED'));
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return [coded('The document names no single operation to run', 'OPERATION_RESOLUTION_FAILURE')];
        if (operation.operation !== 'subscription')
          return [
            coded('Only subscriptions are served over WebSocket; send queries and mutations over HTTP', 'BAD_REQUEST'),
          ];
        const contextValue: LiveContext = { principal: extra.principal! };
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue,
        };
      },
      onError: (_context, _id, _payload, errors) => errors.map(shown),
      onNext: (_context, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map(shown) } : undefined,
      isProd: options.production,
    },
    sockets,
  );

  new Gauge({
    name: 'lcg_gateway_live_connections',
    help: 'WebSocket connections open at the live endpoint',
    registers: [options.registry],
    collect() {
      this.set(sockets.clients.size);
    },
  });
  new Gauge({
    name: 'lcg_gateway_live_subscriptions',
    help: 'Live subscriptions being served',
    registers: [options.registry],
    collect() {
      this.set(hub.size);
    },
  });

  const tail = options.bus.tail((events) => hub.deliver(events), { log });

  return {
    async stop() {
      stopping = true;
      for (const socket of sockets.clients) socket.close(CLOSE.GOING_AWAY, 'The gateway is shutting down');
      // A client that does not answer the close is cut off rather than hold up the stop.
      const cutOff = setTimeout(() => sockets.clients.forEach((socket) => socket.terminate()), 1_000);
      await served.dispose();
      clearTimeout(cutOff);
      hub.close();
      await tail.stop();
    },
  };
}
