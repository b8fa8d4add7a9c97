/**
 * The end-to-end test stack: the real subgraphs and gateway, and a client that talks to the gateway.
 *
 * Typed test documents: write the operation with the generated `graphql` function and a template
 * literal, name it (names are unique across test/ and bench/operations.ts), and run `npm run codegen`:
 *
 *   import { graphql } from '../__generated__';
 *   const FACILITY_NAME = graphql(`
 *     query FacilityName($id: ID!) { facility(id: $id) { name } }
 *   `);
 *   const response = await stack.query(FACILITY_NAME, { id }); // variables are checked
 *   response.data?.facility?.name;                              // and the result is typed
 *
 * Codegen checks each document against the API schema (gateway/__generated__/api-schema.graphql) and
 * writes its types to test/__generated__/; `npx tsc --noEmit` then checks what the test passes and reads.
 * Input types and enums are exported from test/__generated__/graphql.ts. A plain string still works,
 * with `any` data: for queries meant to be invalid, and for files not converted yet.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RedisCache, type Cache } from '../../runtime/cache';
import { ManualClock } from '../../runtime/clock';
import { config } from '../../runtime/config';
import { createEventBus } from '../../runtime/event-bus';
import type { RunningSubgraph, SubgraphName } from '../../runtime/subgraph-server';
import { issueDevelopmentToken, type TokenRequest } from '../../gateway/src/auth';
import { createScratchCache, createScratchDatabase, startStack, type RunningStack } from '../../scripts/stack';
import type { TypedDocumentString } from '../__generated__/graphql';

export interface RequestOptions {
  token?: string;
  headers?: Record<string, string>;
}

/** Variables may be left out only when the operation declares no required one. */
type VariablesAndOptions<Variables> =
  Record<never, never> extends Variables
    ? [variables?: Variables, options?: RequestOptions]
    : [variables: Variables, options?: RequestOptions];

export interface TestStack extends RunningStack {
  clock: ManualClock;
  queries: { count: number };
  /** POSTs a GraphQL operation to the gateway, as a client would. */
  query<Result, Variables>(
    document: TypedDocumentString<Result, Variables>,
    ...rest: VariablesAndOptions<Variables>
  ): Promise<GraphQLResponse<Result>>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a plain string's data is whatever the test reads
  query<Data = any>(
    query: string,
    variables?: Record<string, unknown>,
    options?: RequestOptions,
  ): Promise<GraphQLResponse<Data>>;
  token(request: TokenRequest): Promise<string>;
  /**
   * Runs relay rounds in every subgraph and delivery rounds of every consumer until no event moves,
   * so that a test can read what the consumers did. Throws when a consumer fails on an event, or
   * when events still flow after many rounds.
   */
  settleEvents(): Promise<void>;
  /** A forked EntityManager of one subgraph, for a test to write its own data. */
  em(subgraph: SubgraphName): ReturnType<RunningStack['subgraphs'][SubgraphName]['orm']['em']['fork']>;
}

export interface GraphQLResponse<Data> {
  status: number;
  data?: Data | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

/** The data of a response that must have succeeded; a response with errors fails the test, naming them. */
export function dataOf<Data>(response: GraphQLResponse<Data>): Data {
  if (response.errors?.length || response.data == null) {
    throw new Error(`expected data, got ${response.status}: ${JSON.stringify(response.errors ?? response.data)}`);
  }
  return response.data;
}

/**
 * The services' "now" where a test names none: a fixed instant, the present of the demo data, so that
 * no verdict depends on the day the suite runs. Tokens and rate limits still use the real time.
 */
export const DEFAULT_NOW = new Date('2026-11-24T09:00:00Z');

/** Rounds after which events that still flow (consumers emitting events for each other) fail the test. */
const SETTLE_ROUNDS = 50;

async function settleEvents(subgraphs: readonly RunningSubgraph[]): Promise<void> {
  for (let round = 0; round < SETTLE_ROUNDS; round++) {
    let moved = 0;
    for (const subgraph of subgraphs) moved += await subgraph.events.relay();
    for (const subgraph of subgraphs) {
      const delivered = await subgraph.events.deliver();
      const [failure] = delivered.failures;
      if (failure)
        throw new Error(`${failure.consumer} failed on event ${failure.eventId}: ${failure.error.message}`, {
          cause: failure.error,
        });
      moved += delivered.delivered;
    }
    if (!moved) return;
  }
  throw new Error(`events were still flowing after ${SETTLE_ROUNDS} rounds of relays and consumers`);
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
  // The event stream lives under the test's own Redis prefix, and goes with its keys.
  const prefix = scratchCache.cache instanceof RedisCache ? scratchCache.cache.prefix : undefined;
  const bus = createEventBus({ ...config(), ...(prefix ? { REDIS_KEY_PREFIX: prefix } : {}) });
  const clock = new ManualClock(options.now ?? DEFAULT_NOW);
  const queries = { count: 0 };
  const stack = await startStack({
    databaseUrl: database?.url,
    dataDir,
    seed: options.seed ?? false,
    clock,
    cache: options.cache ?? scratchCache.cache,
    bus,
    queryCounter: queries,
  });
  return {
    ...stack,
    clock,
    queries,
    async query<Data>(
      query: string | TypedDocumentString<Data, unknown>,
      variables?: unknown,
      requestOptions: RequestOptions = {},
    ) {
      const response = await fetch(stack.gateway.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(requestOptions.token ? { authorization: `Bearer ${requestOptions.token}` } : {}),
          ...requestOptions.headers,
        },
        body: JSON.stringify({ query: query.toString(), variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse<Data>, 'status'>;
      return { ...body, status: response.status };
    },
    token: issueDevelopmentToken,
    em: (subgraph) => stack.subgraphs[subgraph].orm.em.fork(),
    settleEvents: () => settleEvents(Object.values(stack.subgraphs)),
    async stop() {
      await stack.stop();
      await bus.close();
      await scratchCache.clear();
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
