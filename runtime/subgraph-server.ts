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
  /** Adds the subgraph's fresh DataLoaders to the per-request context. */
  createContext(base: ServiceContext): Context;
  /** Writes the deterministic demo data into an empty database. */
  seed?(em: EntityManager): Promise<void>;
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
  const schema = applyFieldPermissions(
    buildSubgraphSchema({
      typeDefs: definition.typeDefs,
      resolvers: { ...scalarResolvers, ...definition.resolvers } as GraphQLResolverMap<unknown>,
    }),
    definition.permissionRules,
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
  // Nothing but /health and /metrics answer without the gateway's signature: not queries, not _service, not _entities.
  app.use('/graphql', (request, response, next) => {
    const verified = verifyPrincipal(request.headers, secret, settings.PRINCIPAL_SIGNATURE_TTL_SECONDS);
    if (!verified.ok) {
      response.status(401).json({ errors: [{ message: verified.reason, extensions: { code: 'UNAUTHENTICATED' } }] });
      return;
    }
    response.locals.principal = verified.principal;
    next();
  });
  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, {
      context: async ({ res }) =>
        definition.createContext({ principal: res.locals.principal, em: orm.em.fork(), cache, clock, log }),
    }),
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
