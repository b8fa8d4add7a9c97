import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloGateway } from '@apollo/gateway';
import { DEFAULT_IN_FLIGHT_LIMIT } from '../../runtime/admission';
import { createCache, type Cache } from '../../runtime/cache';
import { config } from '../../runtime/config';
import { abandonWhenGone, requestSignal } from '../../runtime/context';
import { createEventBus, type EventBus } from '../../runtime/event-bus';
import { createEventVisibility } from '../../runtime/event-visibility';
import { formatError } from '../../runtime/errors';
import { answerClientErrors, httpErrorHandler, notFoundHandler, requireJsonBody } from '../../runtime/http-errors';
import { close, listen, serviceUrl } from '../../runtime/http';
import { logger } from '../../runtime/logger';
import { ServiceMetrics } from '../../runtime/metrics';
import { requestGuards } from '../../runtime/request-guards';
import { requestLog, requestScope, scopedErrorHandler, scopeOf, withRequestScope } from '../../runtime/request-log';
import { signingSecret } from '../../runtime/secrets';
import {
  portSetting,
  SUBGRAPH_NAMES,
  timeoutSetting,
  urlSetting,
  type SubgraphName,
} from '../../runtime/subgraph-names';
import { authenticate } from './auth';
import { SignedDataSource, type GatewayContext } from './data-source';
import { cooperationReferenceCheck } from './cooperation-references';
import { facilityReferenceCheck } from './facility-references';
import { mechanismReferenceCheck } from './mechanism-references';
import { mountGraphiQL } from './landing-page';
import { closedIntrospection, queryLimits, requestRateLimit } from './limits';
import { clientAddressOf } from './live-connection';
import { startLiveEvents } from './live-events';
import { createSharingLookup, withSharing } from '../../runtime/sharing';

export const SUPERGRAPH_FILE = new URL('../__generated__/supergraph.graphql', import.meta.url);

export interface GatewayOptions {
  port?: number;
  host?: string;
  /** Where each subgraph's GraphQL endpoint is; defaults come from the environment. */
  subgraphUrls?: Partial<Record<SubgraphName, string>>;
  cache?: Cache;
  /**
   * The event stream the live subscriptions are fed from: the subgraphs' own in the embedded stack; one by
   * REDIS_URL (in this process without it) when absent.
   */
  bus?: EventBus;
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

/** How long the gateway reuses its subgraphs' readiness, so that frequent probes do not fan out. */
const READINESS_CACHE_MS = 1_500;

/** Each subgraph's /ready, asked at most once per READINESS_CACHE_MS. */
function subgraphReadiness(urls: Record<string, string>): () => Promise<Record<string, 'ready' | 'unavailable'>> {
  let last: { at: number; answer: Promise<Record<string, 'ready' | 'unavailable'>> } | undefined;
  const ask = async () => {
    const entries = await Promise.all(
      Object.entries(urls).map(async ([name, url]) => {
        try {
          const response = await fetch(url.replace(/\/graphql$/, '/ready'), { signal: AbortSignal.timeout(1_000) });
          return [name, response.ok ? 'ready' : 'unavailable'] as const;
        } catch {
          return [name, 'unavailable'] as const;
        }
      }),
    );
    return Object.fromEntries(entries);
  };
  return () => {
    if (!last || Date.now() - last.at > READINESS_CACHE_MS) last = { at: Date.now(), answer: ask() };
    return last.answer;
  };
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
  const ownsBus = !options.bus;
  const bus = options.bus ?? createEventBus();
  const metrics = new ServiceMetrics('gateway');
  const observe = metrics.subgraphFetches();
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) =>
      new SignedDataSource(name as SubgraphName, urls[name as SubgraphName] ?? url!, secret, {
        timeoutMs: settings[timeoutSetting(name as SubgraphName)] ?? settings.SUBGRAPH_TIMEOUT_MS,
        log,
        observe,
      }),
    logger: log,
  });
  const sharingLookup = createSharingLookup(() => composed.agreements, secret, cache);
  const armor = queryLimits();
  const admit = requestRateLimit(cache);
  const apollo = new ApolloServer<GatewayContext & { clientAddress: string }>({
    gateway,
    includeStacktraceInErrorResponses: false,
    // The launchers stop every service in order on SIGINT/SIGTERM; Apollo's own handlers would race them.
    stopOnTerminationSignals: false,
    formatError: formatError(production),
    // Production's introspection is closedIntrospection's: a type's existence by name, nothing more.
    introspection: true,
    plugins: [
      // First: it refuses a client's mistakes (unknown operation, bad variables, strings out of bounds) with a 400
      // before the plugins after it read the arguments, and before the gateway's executor could fail on them.
      requestGuards(),
      abandonWhenGone(),
      requestLog(log),
      ...armor.plugins,
      facilityReferenceCheck(() => composed.suppliers, secret, cache),
      mechanismReferenceCheck(() => composed.agreements, secret),
      cooperationReferenceCheck(
        () => composed.agreements,
        () => composed.suppliers,
        secret,
      ),
      metrics.plugin(),
      ApolloServerPluginLandingPageDisabled(),
    ],
    validationRules: [...armor.validationRules, ...(production ? [closedIntrospection] : [])],
    parseOptions: { maxTokens: settings.MAX_QUERY_TOKENS },
    allowBatchedHttpRequests: false,
    logger: log,
  });
  await apollo.start();

  const admission = metrics.admission(settings.MAX_IN_FLIGHT_REQUESTS ?? DEFAULT_IN_FLIGHT_LIMIT.gateway);
  const readiness = subgraphReadiness(composed);
  let draining = false;

  const app = express();
  app.disable('x-powered-by');
  app.use(requestScope(log));
  // Only the proxies TRUST_PROXY lists may say, in X-Forwarded-For, who the client is (the rate-limit key).
  app.set('trust proxy', settings.TRUST_PROXY.length ? settings.TRUST_PROXY : false);
  // Liveness: the process answers. Readiness: every subgraph is ready, and the gateway is not shutting down.
  app.get('/health', (_request, response) => void response.json({ status: 'ok', service: 'gateway' }));
  app.get('/ready', async (_request, response) => {
    if (draining) return void response.status(503).json({ status: 'draining' });
    const subgraphs = await readiness();
    const ready = Object.values(subgraphs).every((status) => status === 'ready');
    response.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'degraded', subgraphs });
  });
  metrics.mount(app, { token: settings.METRICS_TOKEN, production, log });
  if (settings.GRAPHIQL ?? !production) mountGraphiQL(app, '/');
  // GraphQL at `/` exactly (GET and POST; Apollo answers other methods with 405); every other path is a 404.
  app.all(
    '/',
    admission.middleware,
    requireJsonBody,
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const clientAddress = req.ip ?? 'unknown';
        // Every request counts toward the caller's limit, a bad token's too (by address), before any work for it.
        const authenticated = await authenticate(req.headers.authorization).catch((error: unknown) => error as Error);
        await admit(
          authenticated instanceof Error ? `ip:${clientAddress}` : (authenticated.subject ?? `ip:${clientAddress}`),
        );
        if (authenticated instanceof Error) throw authenticated;
        const principal = await withSharing(authenticated, sharingLookup);
        const { id: requestId, receivedAt } = scopeOf(res);
        const deadline = receivedAt + settings.REQUEST_TIMEOUT_MS;
        const context = {
          principal: { ...principal, client: clientFingerprint(clientAddress, secret) },
          clientAddress,
          requestId,
          deadline,
          signal: requestSignal(res, deadline),
        };
        return withRequestScope(context, res);
      },
    }),
  );
  app.use(notFoundHandler('/'), scopedErrorHandler(log, httpErrorHandler));

  const host = options.host ?? settings.HOST;
  const { server, port } = await listen(app, options.port ?? settings.PORT, host);
  answerClientErrors(server);
  const live = startLiveEvents({
    server,
    bus,
    visibility: createEventVisibility({ subgraphUrl: (name) => composed[name], secret, sharing: sharingLookup }),
    addressOf: clientAddressOf(app),
    admit,
    limits: {
      subscriptionsPerConnection: settings.MAX_LIVE_SUBSCRIPTIONS_PER_CONNECTION,
      connectionsPerCaller: settings.MAX_LIVE_CONNECTIONS_PER_CALLER,
      maxQueryTokens: settings.MAX_QUERY_TOKENS,
    },
    registry: metrics.registry,
    log,
    production,
  });
  log.info({ port }, 'gateway listening');
  return {
    url: serviceUrl(host, port, '/'),
    async stop() {
      // Not ready from now on; requests in flight are answered (within SHUTDOWN_TIMEOUT_MS) before connections close.
      draining = true;
      // Live connections first: the server's close waits for every socket, upgraded ones too.
      await live.stop();
      await close(server, settings.SHUTDOWN_TIMEOUT_MS);
      await apollo.stop();
      if (ownsBus) await bus.close();
      if (ownsCache) await cache.close();
    },
  };
}
