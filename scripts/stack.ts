import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { MemoryCache, RedisCache, type Cache } from '../runtime/cache';
import type { Clock } from '../runtime/clock';
import { config, type Config } from '../runtime/config';
import { createEventBus, type EventBus } from '../runtime/event-bus';
import { logger } from '../runtime/logger';
import type { RunningSubgraph, SubgraphName } from '../runtime/subgraph-server';
import { startGateway, type RunningGateway } from '../gateway/src/server';
import { SUBGRAPHS } from './subgraphs';

const DEMO_DATA_BANNER = `
${'!'.repeat(78)}
  WARNING: SEED_DEMO_DATA=true in production.
  Empty databases are filled with the fictional demo organisations, facilities,
  inspections and grievances, and real users will see them.
  (The demo case's published secret opens nothing in production.)
  Unset SEED_DEMO_DATA, or set it to false, for a real deployment.
${'!'.repeat(78)}
`;

/**
 * Production seeds demo data only when SEED_DEMO_DATA=true says so explicitly, and then says so
 * loudly: a banner for whoever watches the console, a warning line for the log.
 */
export function warnOfDemoDataInProduction(settings: Config, service: string): void {
  if (settings.NODE_ENV !== 'production' || !settings.SEED_DEMO_DATA) return;
  console.warn(DEMO_DATA_BANNER);
  logger(service).warn({ SEED_DEMO_DATA: true }, 'demo data is seeded into empty databases in production');
}

export interface StackOptions {
  databaseUrl?: string;
  dataDir?: string;
  seed?: boolean;
  /** Fixed ports (the embedded launcher) or free ones (tests: leave unset). */
  ports?: Partial<Record<SubgraphName | 'gateway', number>>;
  clock?: Clock;
  cache?: Cache;
  /** The event bus the subgraphs share; one by REDIS_URL (in this process without it) when absent. */
  bus?: EventBus;
  queryCounter?: { count: number };
}

export interface RunningStack {
  gateway: RunningGateway;
  subgraphs: Record<SubgraphName, RunningSubgraph>;
  stop(): Promise<void>;
}

/** Starts the subgraphs and the gateway in this process (the embedded default, and tests). */
export async function startStack(options: StackOptions = {}): Promise<RunningStack> {
  const started: RunningSubgraph[] = [];
  const bus = options.bus ?? createEventBus();
  const closeBus = () => (options.bus ? undefined : bus.close());
  try {
    for (const definition of SUBGRAPHS) {
      started.push(
        await definition.start({
          port: options.ports?.[definition.name] ?? 0,
          databaseUrl: options.databaseUrl,
          dataDir: options.dataDir,
          seed: options.seed,
          clock: options.clock,
          cache: options.cache,
          bus,
          queryCounter: options.queryCounter,
          // The subgraphs started before it (the notifications subgraph, last, asks the others as its subscribers).
          peerUrls: Object.fromEntries(started.map((subgraph) => [subgraph.name, subgraph.url])),
        }),
      );
    }
    const subgraphs = Object.fromEntries(started.map((subgraph) => [subgraph.name, subgraph])) as Record<
      SubgraphName,
      RunningSubgraph
    >;
    const gateway = await startGateway({
      port: options.ports?.gateway ?? 0,
      subgraphUrls: Object.fromEntries(started.map((subgraph) => [subgraph.name, subgraph.url])),
      cache: options.cache,
      bus,
    });
    return {
      gateway,
      subgraphs,
      async stop() {
        await gateway.stop();
        await Promise.all(started.map((subgraph) => subgraph.stop()));
        await closeBus();
      },
    };
  } catch (error) {
    await Promise.allSettled(started.map((subgraph) => subgraph.stop()));
    await closeBus();
    throw error;
  }
}

/** A database of its own for one test run against PostgreSQL; dropped again by `drop()`. */
export async function createScratchDatabase(baseUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `lcg_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      await client.query(`drop database if exists "${name}" with (force)`);
      await client.end();
    },
  };
}

/** The cache a test uses: Redis under a key prefix of its own when REDIS_URL is set, else memory. */
export function createScratchCache(): { cache: Cache; clear(): Promise<void> } {
  const url = config().REDIS_URL;
  if (!url) {
    const cache = new MemoryCache();
    return { cache, clear: () => cache.close() };
  }
  const cache = new RedisCache(url, `lcg-test-${randomBytes(6).toString('hex')}:`);
  return {
    cache,
    async clear() {
      await cache.clear();
      await cache.close();
    },
  };
}
