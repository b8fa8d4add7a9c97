import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Cache } from '../../runtime/cache';
import { ManualClock } from '../../runtime/clock';
import { config } from '../../runtime/config';
import type { SubgraphName } from '../../runtime/subgraph-server';
import { issueDevelopmentToken, type TokenRequest } from '../../gateway/src/auth';
import { createScratchCache, createScratchDatabase, startStack, type RunningStack } from '../../scripts/stack';

export interface TestStack extends RunningStack {
  clock: ManualClock;
  queries: { count: number };
  /** POSTs a GraphQL operation to the gateway, as a client would. */
  query<Data = any>(query: string, variables?: Record<string, unknown>, options?: { token?: string; headers?: Record<string, string> }): Promise<GraphQLResponse<Data>>;
  token(request: TokenRequest): Promise<string>;
  /** A forked EntityManager of one subgraph, for a test to write its own data. */
  em(subgraph: SubgraphName): ReturnType<RunningStack['subgraphs'][SubgraphName]['orm']['em']['fork']>;
}

export interface GraphQLResponse<Data> {
  status: number;
  data?: Data | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

/**
 * Starts the real subgraphs and gateway on free ports, against a fresh PostgreSQL database and a
 * Redis key prefix of their own when DATABASE_URL/REDIS_URL are set, else SQLite files in a
 * temporary folder and an in-process cache. Everything is removed again by `stop()`.
 */
export async function startTestStack(options: { seed?: boolean; now?: Date; cache?: Cache } = {}): Promise<TestStack> {
  const baseUrl = config().DATABASE_URL;
  const database = baseUrl ? await createScratchDatabase(baseUrl) : undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'lcg-test-'));
  const scratchCache = createScratchCache();
  const clock = new ManualClock(options.now ?? new Date());
  const queries = { count: 0 };
  const stack = await startStack({ databaseUrl: database?.url, dataDir, seed: options.seed ?? false, clock, cache: options.cache ?? scratchCache.cache, queryCounter: queries });
  return {
    ...stack,
    clock,
    queries,
    async query(query, variables, requestOptions = {}) {
      const response = await fetch(stack.gateway.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(requestOptions.token ? { authorization: `Bearer ${requestOptions.token}` } : {}),
          ...requestOptions.headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as GraphQLResponse<any>;
      return { ...body, status: response.status };
    },
    token: issueDevelopmentToken,
    em: (subgraph) => stack.subgraphs[subgraph].orm.em.fork(),
    async stop() {
      await stack.stop();
      await scratchCache.clear();
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
