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
import { config } from './config';
import type { ServiceContext } from './context';
import { openDatabase } from './database';
import { formatError } from './errors';
import { close, listen, serviceUrl } from './http';
import { logger } from './logger';
import { ServiceMetrics } from './metrics';
import { applyFieldPermissions, type PermissionRule } from './permissions';
import { verifyPrincipal } from './principal';
import { scalarResolvers } from './scalars';
import { signingSecret } from './secrets';

export type { SubgraphName } from './subgraph-names';
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
}

/** A body whose signature does not hold: the request is refused before the body is parsed. */
class UnsignedRequest extends Error {
  // body-parser passes the error on with this status.
  readonly status = 401;
}

export interface SubgraphOptions {
  port?: number;
  host?: string;
  databaseUrl?: string;
  dataDir?: string;
  cache?: Cache;
  clock?: Clock;
  seed?: boolean;
  queryCounter?: { count: number };
}

export interface RunningSubgraph {
  name: SubgraphName;
  /** The GraphQL endpoint the gateway calls. */
  url: string;
  orm: MikroORM;
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
    plugins: [metrics.plugin(), ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled()],
    logger: log,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/health', async (_request, response) => {
    try {
      await orm.em.getConnection().execute('select 1');
      response.json({ status: 'ok', service: definition.name });
    } catch {
      response.status(503).json({ status: 'unavailable', service: definition.name });
    }
  });
  metrics.mount(app);
  // Nothing but /health and /metrics answer without the gateway's signature: not queries, not _service, not
  // _entities. The signature is checked against this subgraph's name and the raw bytes of the body, before the
  // body is parsed, so facts that arrive in it (the representations' facility owners) are the gateway's own.
  const signed = (request: IncomingMessage, body: Uint8Array) =>
    verifyPrincipal(request.headers, secret, settings.PRINCIPAL_SIGNATURE_TTL_SECONDS, {
      subgraph: definition.name,
      body,
    });
  const refuse = (response: express.Response, reason: string) =>
    response.status(401).json({ errors: [{ message: reason, extensions: { code: 'UNAUTHENTICATED' } }] });
  app.use(
    '/graphql',
    express.json({
      limit: '2mb',
      verify(request, response, body) {
        const verified = signed(request, body);
        if (!verified.ok) throw new UnsignedRequest(verified.reason);
        (response as express.Response).locals.principal = verified.principal;
      },
    }),
    // A request whose body was not read as JSON (none, or another type) never reached the check above.
    (request, response, next) => {
      if (response.locals.principal) return next();
      const verified = signed(request, new Uint8Array());
      refuse(response, verified.ok ? 'Requests must send a JSON body' : verified.reason);
    },
    expressMiddleware(apollo, {
      context: async ({ res }) =>
        definition.createContext({ principal: res.locals.principal, em: orm.em.fork(), cache, clock, log }),
    }),
  );
  app.use(
    '/graphql',
    (error: unknown, _request: express.Request, response: express.Response, next: express.NextFunction) => {
      if (error instanceof UnsignedRequest) refuse(response, error.message);
      else next(error);
    },
  );

  const host = options.host ?? settings.HOST;
  const { server, port } = await listen(app, options.port ?? 0, host);
  log.info({ port }, `${definition.name} subgraph listening`);
  let stopped: Promise<void> | undefined;
  return {
    name: definition.name,
    url: serviceUrl(host, port, '/graphql'),
    orm,
    stop() {
      stopped ??= (async () => {
        await close(server);
        await apollo.stop();
        await orm.close();
        if (ownsCache) await cache.close();
      })();
      return stopped;
    },
  };
}
