import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloGateway } from '@apollo/gateway';
import { createCache, type Cache } from '../../runtime/cache';
import { config } from '../../runtime/config';
import { formatError } from '../../runtime/errors';
import { close, listen, serviceUrl } from '../../runtime/http';
import { logger } from '../../runtime/logger';
import { ServiceMetrics } from '../../runtime/metrics';
import { signingSecret } from '../../runtime/secrets';
import { portSetting, SUBGRAPH_NAMES, urlSetting, type SubgraphName } from '../../runtime/subgraph-names';
import { authenticate } from './auth';
import { SignedDataSource, type GatewayContext } from './data-source';
import { facilityReferenceCheck } from './facility-references';
import { mountGraphiQL } from './landing-page';
import { queryLimits, rateLimit } from './limits';
import { createSharingLookup, withSharing } from './sharing';

export const SUPERGRAPH_FILE = new URL('../__generated__/supergraph.graphql', import.meta.url);

export interface GatewayOptions {
  port?: number;
  host?: string;
  /** Where each subgraph's GraphQL endpoint is; defaults come from the environment. */
  subgraphUrls?: Partial<Record<SubgraphName, string>>;
  cache?: Cache;
}

export interface RunningGateway {
  url: string;
  stop(): Promise<void>;
}

function configuredUrls(): Record<SubgraphName, string> {
  const settings = config();
  return Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [
      name,
      settings[urlSetting(name)] ?? serviceUrl('127.0.0.1', settings[portSetting(name)], '/graphql'),
    ]),
  ) as Record<SubgraphName, string>;
}

async function subgraphHealth(urls: Record<string, string>) {
  const entries = await Promise.all(
    Object.entries(urls).map(async ([name, url]) => {
      try {
        const response = await fetch(url.replace(/\/graphql$/, '/health'), { signal: AbortSignal.timeout(2_000) });
        return [name, response.ok ? 'ok' : 'unavailable'] as const;
      } catch {
        return [name, 'unavailable'] as const;
      }
    }),
  );
  return Object.fromEntries(entries);
}

/** A keyed hash of the client's address: stable per caller, meaningless without the secret. */
const clientFingerprint = (address: string, secret: string) =>
  createHmac('sha256', secret).update(`client:${address}`).digest('base64url').slice(0, 22);

export async function startGateway(options: GatewayOptions = {}): Promise<RunningGateway> {
  const settings = config();
  const log = logger('gateway');
  const production = settings.NODE_ENV === 'production';
  const urls = { ...configuredUrls(), ...options.subgraphUrls };
  const supergraphSdl = readFileSync(SUPERGRAPH_FILE, 'utf8');
  // Health covers the subgraphs this supergraph was composed from.
  const composed = Object.fromEntries(
    Object.entries(urls).filter(([name]) => supergraphSdl.includes(`name: "${name}"`)),
  );
  const secret = signingSecret();
  const ownsCache = !options.cache;
  const cache = options.cache ?? createCache();
  const metrics = new ServiceMetrics('gateway');
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) =>
      new SignedDataSource(name as SubgraphName, urls[name as SubgraphName] ?? url!, secret),
    logger: log,
  });
  const sharingLookup = createSharingLookup(() => composed.agreements, secret, cache);
  const armor = queryLimits(production);
  const apollo = new ApolloServer<GatewayContext & { clientAddress: string }>({
    gateway,
    includeStacktraceInErrorResponses: false,
    // The launchers stop every service in order on SIGINT/SIGTERM; Apollo's own handlers would race them.
    stopOnTerminationSignals: false,
    formatError: formatError(production),
    introspection: !production,
    plugins: [
      ...armor.plugins,
      rateLimit(cache),
      facilityReferenceCheck(() => composed.suppliers, secret),
      metrics.plugin(),
      ApolloServerPluginLandingPageDisabled(),
    ],
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: settings.MAX_QUERY_TOKENS },
    allowBatchedHttpRequests: false,
    logger: log,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.get('/health', async (_request, response) => {
    const subgraphs = await subgraphHealth(composed);
    const healthy = Object.values(subgraphs).every((status) => status === 'ok');
    response.status(healthy ? 200 : 503).json({ status: healthy ? 'ok' : 'degraded', subgraphs });
  });
  metrics.mount(app);
  if (settings.GRAPHIQL ?? !production) mountGraphiQL(app, '/');
  app.use(
    '/',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const clientAddress = req.ip ?? 'unknown';
        const principal = await withSharing(await authenticate(req.headers.authorization), sharingLookup);
        return { principal: { ...principal, client: clientFingerprint(clientAddress, secret) }, clientAddress };
      },
    }),
  );

  const host = options.host ?? settings.HOST;
  const { server, port } = await listen(app, options.port ?? settings.PORT, host);
  log.info({ port }, 'gateway listening');
  return {
    url: serviceUrl(host, port, '/'),
    async stop() {
      await close(server);
      await apollo.stop();
      if (ownsCache) await cache.close();
    },
  };
}
