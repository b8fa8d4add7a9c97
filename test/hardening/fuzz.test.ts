import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exchange, notGraphQLResponse, startProductionStack, type RawAnswer } from '../support/production';
import type { TestStack } from '../support/stack';
import { fuzzRequest, type FuzzRequest } from './fuzz-cases';

/**
 * Thousands of mutated requests through a production-mode gateway (see fuzz-cases.ts for what they
 * are). Whatever a client sends, the gateway answers with a GraphQL response — `data` or a
 * non-empty `errors` list, a code on every error — and never with a 5xx; nothing is left as an
 * unhandled rejection, and memory does not grow with the number of requests: requests already seen
 * once (their documents and query plans cached) leave the heap as they found it. The cases are
 * drawn with a fixed seed: a failure names the request, and the same seed draws it again.
 */
const SEED = 20_261_124;
/** Distinct requests; then the first REPLAYED of them again, once caches are warm, to see memory settle. */
const DISTINCT = 2_000;
const REPLAYED = 1_000;
const CONCURRENCY = 4;

let stack: TestStack;
const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);
beforeAll(async () => {
  process.on('unhandledRejection', onRejection);
  // The limit is raised so that 429s do not hide the answers behind them.
  stack = await startProductionStack({ RATE_LIMIT_PER_MINUTE: 1_000_000 });
});
afterAll(async () => {
  process.off('unhandledRejection', onRejection);
  await stack?.stop();
});

const describeRequest = (request: FuzzRequest) =>
  JSON.stringify({
    ...request,
    body:
      typeof request.body === 'string'
        ? request.body.slice(0, 300)
        : request.body && `bytes ${Buffer.from(request.body).toString('base64').slice(0, 100)}`,
  });

async function send(request: FuzzRequest): Promise<RawAnswer> {
  return exchange(`${new URL(stack.gateway.url).origin}${request.path}`, {
    method: request.method,
    headers: request.headers,
    body: request.body,
  });
}

/** The heap in use after a full collection (V8's `gc`, exposed at run time for this measurement alone). */
function heapInUse(): number {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  return process.memoryUsage().heapUsed;
}

describe('fuzzing the gateway in production mode', () => {
  it(
    `answers ${DISTINCT + REPLAYED} mutated requests with GraphQL JSON, never a 5xx`,
    { timeout: 240_000 },
    async () => {
      const tokens = await Promise.all([
        stack.token({ role: 'BRAND', organizationId: 'org-atlas-outfitters' }),
        stack.token({ role: 'UNION', organizationId: 'org-mekong-textile-workers-union' }),
        stack.token({ role: 'REGULATOR', country: 'BD' }),
        stack.token({ role: 'SUPPLIER', organizationId: 'org-dhaka-knit' }),
        stack.token({ role: 'ADMIN' }),
      ]);
      const requests = fc.sample(fuzzRequest(tokens), { seed: SEED, numRuns: DISTINCT });
      const failures: string[] = [];
      const statuses = new Map<number, number>();
      const run = async (batch: FuzzRequest[]) => {
        for (let start = 0; start < batch.length; start += CONCURRENCY) {
          await Promise.all(
            batch.slice(start, start + CONCURRENCY).map(async (request) => {
              const answer = await send(request);
              statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
              const problem = answer.status >= 500 ? `status ${answer.status}` : notGraphQLResponse(answer);
              if (problem) failures.push(`${problem}: ${describeRequest(request)} → ${answer.text.slice(0, 300)}`);
            }),
          );
        }
      };
      await run(requests);
      const warm = heapInUse();
      await run(requests.slice(0, REPLAYED));
      const growth = heapInUse() - warm;

      expect(failures.slice(0, 10)).toEqual([]);
      expect(rejections).toEqual([]);
      // Generous: the whole stack (gateway, four subgraphs, their databases) lives in this process.
      expect(growth).toBeLessThan(32 * 2 ** 20);
      // The cases reach past the front door: many are answered with data, some refused for each reason.
      expect(statuses.get(200)).toBeGreaterThan(DISTINCT / 10);
      for (const status of [400, 404, 413, 415]) expect(statuses.get(status)).toBeGreaterThan(0);
    },
  );
});
