import type { IncomingMessage } from 'node:http';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { MikroORM, EntitySchema, EntityManager } from '@mikro-orm/core';
import type { DocumentNode } from 'graphql';
import { auditCrossBorderReads, type CrossBorderReads } from './audit';
import { createCache, type Cache } from './cache';
import { systemClock, type Clock } from './clock';
import { config, configuredSubgraphUrl } from './config';
import { abandonWhenGone, requestSignal, type ServiceContext } from './context';
import { openDatabase } from './database';
import { formatError } from './errors';
import { createEventBus, InProcessBus, type EventBus } from './event-bus';
import type { EventConsumer } from './event-consumers';
import { close, listen, serviceUrl } from './http';
import { answerClientErrors, httpErrorHandler, notFoundHandler } from './http-errors';
import { logger } from './logger';
import type { Logger } from 'pino';
import { DEFAULT_IN_FLIGHT_LIMIT } from './admission';
import { knexPoolStats, ServiceMetrics } from './metrics';
import { applyFieldPermissions, type PermissionRule } from './permissions';
import { verifyPrincipal } from './principal';
import { requestGuards } from './request-guards';
import { requestLog, requestScope, scopedErrorHandler, scopeOf, withRequestScope } from './request-log';
import { scalarResolvers } from './scalars';
import { signingSecret } from './secrets';
import { startSubgraphEvents, type SubgraphEvents } from './subgraph-events';

export type { SubgraphName } from './subgraph-names';
export type { SubgraphEvents } from './subgraph-events';
import type { SubgraphName } from './subgraph-names';

export { subgraphSchema } from './schema';

/** Everything that makes one subgraph: its schema, resolvers, tables and per-request context. */
export interface SubgraphDefinition<Context extends ServiceContext = ServiceContext> {
  name: SubgraphName;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<Context>;
  entities: EntitySchema[];
  migrationsDir: URL;
  permissionRules?: Record<string, PermissionRule<Context>>;
  /** Which types hold data a regulator may read abroad under a sharing clause; every such read is audited. */
  crossBorderReads?: CrossBorderReads<Context>;
  /** Adds the subgraph's fresh DataLoaders to the per-request context. */
  createContext(base: ServiceContext): Context;
  /** Writes the deterministic demo data into an empty database. */
  seed?(em: EntityManager): Promise<void>;
  /** Starts the subgraph's background work (once it listens), on its database. */
  start?(em: EntityManager, log: Logger, clock: Clock, services: SubgraphServices): Promise<void>;
  /** Ends its background work and releases what it holds besides its database and cache (worker threads), once it answers no more. */
  stop?(em: EntityManager): Promise<void>;
  /** How it reacts to other subgraphs' events: each a consumer group of the event bus. */
  consumers?: EventConsumer[];
}

/** A body whose signature does not hold, or holds too late: refused before the body is parsed. */
class UnsignedRequest extends Error {
  constructor(
    message: string,
    // body-parser passes the error on with this status.
    readonly status: 401 | 504,
    readonly code: 'UNAUTHENTICATED' | 'DEADLINE_EXCEEDED',
  ) {
    super(message);
  }
}

/** What a subgraph's background work may use besides its database. */
export interface SubgraphServices {
  /** Where another subgraph's GraphQL endpoint is, for work that asks it as a principal (signed). */
  subgraphUrl(name: SubgraphName): string | undefined;
  cache: Cache;
}

export interface SubgraphOptions {
  port?: number;
  host?: string;
  databaseUrl?: string;
  dataDir?: string;
  cache?: Cache;
  /** The event bus; one of its own (by REDIS_URL) when absent. Subgraphs in one process share one. */
  bus?: EventBus;
  clock?: Clock;
  seed?: boolean;
  queryCounter?: { count: number };
  /** The other subgraphs' GraphQL endpoints when they are not where the settings say (tests, the embedded stack). */
  peerUrls?: Partial<Record<SubgraphName, string>>;
}

export interface RunningSubgraph {
  name: SubgraphName;
  /** The GraphQL endpoint the gateway calls. */
  url: string;
  orm: MikroORM;
  /** Its outbox relay and its consumers, one round at a time (the background rounds run without them). */
  events: SubgraphEvents;
  stop(): Promise<void>;
}

export async function startSubgraph<Context extends ServiceContext>(
  definition: SubgraphDefinition<Context>,
  options: SubgraphOptions = {},
): Promise<RunningSubgraph> {
  const settings = config();
  const log = logger(definition.name);
  const orm = await openDatabase({
    name: definition.name,
    entities: definition.entities,
    migrationsDir: definition.migrationsDir,
    databaseUrl: options.databaseUrl,
    dataDir: options.dataDir,
    queryCounter: options.queryCounter,
  });
  if (options.seed && definition.seed) await definition.seed(orm.em.fork());

  const ownsCache = !options.cache;
  const cache = options.cache ?? createCache();
  const clock = options.clock ?? systemClock;
  const ownsBus = !options.bus;
  const bus = options.bus ?? createEventBus();
  if (ownsBus && bus instanceof InProcessBus)
    log.warn('no REDIS_URL: events reach only the consumers in this process, not the other services');
  const secret = signingSecret();
  const schema = auditCrossBorderReads(
    applyFieldPermissions(
      buildSubgraphSchema({
        typeDefs: definition.typeDefs,
        resolvers: { ...scalarResolvers, ...definition.resolvers } as GraphQLResolverMap<unknown>,
      }),
      definition.permissionRules,
    ),
    definition.crossBorderReads,
  );
  const production = settings.NODE_ENV === 'production';
  const metrics = new ServiceMetrics(definition.name);
  const apollo = new ApolloServer<Context>({
    schema,
    includeStacktraceInErrorResponses: false,
    // The launchers stop every service in order on SIGINT/SIGTERM; Apollo's own handlers would race them.
    stopOnTerminationSignals: false,
    formatError: formatError(production),
    // No Apollo Studio here: federated tracing would only add weight to every response.
    plugins: [
      // The gateway's argument limits again, in depth; a refusal answers 200 so the gateway passes its code on.
      requestGuards({ argumentRefusalStatus: 200 }),
      abandonWhenGone(),
      requestLog(log),
      metrics.plugin(),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
    ],
    logger: log,
  });
  await apollo.start();

  metrics.databasePool(() => knexPoolStats(orm));
  const admission = metrics.admission(settings.MAX_IN_FLIGHT_REQUESTS ?? DEFAULT_IN_FLIGHT_LIMIT.subgraph);
  let draining = false;

  const app = express();
  app.disable('x-powered-by');
  app.use(requestScope(log));
  // Liveness: the process answers. Readiness: it can serve — its database answers, and it is not shutting down.
  app.get('/health', (_request, response) => void response.json({ status: 'ok', service: definition.name }));
  app.get('/ready', async (_request, response) => {
    if (draining) return void response.status(503).json({ status: 'draining', service: definition.name });
    try {
      await orm.em.getConnection().execute('select 1');
      response.json({ status: 'ready', service: definition.name });
    } catch {
      response.status(503).json({ status: 'unavailable', service: definition.name });
    }
  });
  metrics.mount(app, { token: settings.METRICS_TOKEN, production, log });
  // Nothing but /health, /ready and /metrics answer without the gateway's signature: not queries, not _service, not
  // _entities. The signature is checked against this subgraph's name and the raw bytes of the body, before the
  // body is parsed, so facts that arrive in it (the representations' facility owners) are the gateway's own.
  const signed = (request: IncomingMessage, body: Uint8Array) =>
    verifyPrincipal(request.headers, secret, settings.PRINCIPAL_SIGNATURE_TTL_SECONDS, {
      subgraph: definition.name,
      body,
    });
  const refuse = (response: express.Response, reason: string, status = 401, code = 'UNAUTHENTICATED') =>
    response.status(status).json({ errors: [{ message: reason, extensions: { code } }] });
  app.all(
    '/graphql',
    admission.middleware,
    express.json({
      limit: '2mb',
      verify(request, response, body) {
        const verified = signed(request, body);
        if (!verified.ok) {
          const late = verified.code === 'DEADLINE_EXCEEDED';
          throw new UnsignedRequest(verified.reason, late ? 504 : 401, verified.code);
        }
        (response as express.Response).locals.principal = verified.principal;
        (response as express.Response).locals.deadline = verified.deadline;
      },
    }),
    // A request whose body was not read as JSON (none, or another type) never reached the check above.
    (request, response, next) => {
      if (response.locals.principal) return next();
      const verified = signed(request, new Uint8Array());
      refuse(response, verified.ok ? 'Requests must send a JSON body' : verified.reason);
    },
    expressMiddleware(apollo, {
      context: async ({ res }) => {
        const requestId = scopeOf(res).id;
        const context = definition.createContext({
          principal: res.locals.principal,
          em: orm.em.fork(),
          cache,
          clock,
          log: log.child({ requestId }),
          requestId,
          subgraph: definition.name,
          signal: requestSignal(res, res.locals.deadline as number),
          deadline: res.locals.deadline as number,
        });
        return withRequestScope(context, res);
      },
    }),
  );
  app.use(
    '/graphql',
    (error: unknown, _request: express.Request, response: express.Response, next: express.NextFunction) => {
      if (error instanceof UnsignedRequest) refuse(response, error.message, error.status, error.code);
      else next(error);
    },
  );
  app.use(notFoundHandler('/graphql'), scopedErrorHandler(log, httpErrorHandler));

  const host = options.host ?? settings.HOST;
  const { server, port } = await listen(app, options.port ?? 0, host);
  answerClientErrors(server);
  log.info({ port }, `${definition.name} subgraph listening`);
  await definition.start?.(orm.em, log, clock, {
    subgraphUrl: (name) => options.peerUrls?.[name] ?? configuredSubgraphUrl(settings, name),
    cache,
  });
  // Events flow once the subgraph serves: its outbox to the bus, the bus to its consumers.
  const events = startSubgraphEvents(orm.em, bus, definition.consumers ?? [], log, clock, settings, metrics);
  let stopped: Promise<void> | undefined;
  return {
    name: definition.name,
    url: serviceUrl(host, port, '/graphql'),
    orm,
    events,
    stop() {
      stopped ??= (async () => {
        // Not ready from now on; what is in flight is answered (within SHUTDOWN_TIMEOUT_MS), then the pool closes.
        draining = true;
        await close(server, settings.SHUTDOWN_TIMEOUT_MS);
        await apollo.stop();
        await events.stop();
        await definition.stop?.(orm.em);
        await orm.close();
        if (ownsBus) await bus.close();
        if (ownsCache) await cache.close();
      })();
      return stopped;
    },
  };
}
