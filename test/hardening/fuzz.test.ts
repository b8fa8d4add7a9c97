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
 * unhandled rejection, and memory does not grow with the number of requests: once caches are warm
 * (a first replay fills the document and query-plan caches), a second replay of the same requests
 * leaves the heap as it found it. The cases are
 * drawn with a fixed seed: a failure names the request, and the same seed draws it again.
 */
const SEED = 20_261_124;
/** Distinct requests; then the first REPLAYED of them twice more: once to warm caches, once to see memory settle. */
const DISTINCT = 2_000;
const REPLAYED = 500;
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

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The heap in use once work still finishing after the last answer has settled — on a busy
 * machine a subgraph may still be working on a request whose answer the gateway gave up on. Full
 * collections (V8's `gc`, exposed at run time for this measurement alone) a quarter second apart,
 * until the heap stops shrinking (or ten seconds pass); the least reading.
 */
async function settledHeap(): Promise<number> {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  let least = Infinity;
  for (let reading = 0, steady = 0; reading < 40 && steady < 3; reading++) {
    await pause(250);
    gc();
    const heap = process.memoryUsage().heapUsed;
    steady = heap < least - 2 ** 20 ? 0 : steady + 1;
    least = Math.min(least, heap);
  }
  return least;
}

describe('fuzzing the gateway in production mode', () => {
  it(
    `answers ${DISTINCT + 2 * REPLAYED} mutated requests with GraphQL JSON, never a 5xx`,
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
      await run(requests.slice(0, REPLAYED));
      const warm = await settledHeap();
      await run(requests.slice(0, REPLAYED));
      const growth = (await settledHeap()) - warm;

      expect(failures.slice(0, 10)).toEqual([]);
      expect(rejections).toEqual([]);
      // Generous: the whole stack (gateway, four subgraphs, their databases) lives in this process.
      expect(growth, `heap grew ${(growth / 2 ** 20).toFixed(1)} MiB`).toBeLessThan(32 * 2 ** 20);
      // The cases reach past the front door: many are answered with data, some refused for each reason.
      expect(statuses.get(200)).toBeGreaterThan(DISTINCT / 10);
      for (const status of [400, 404, 413, 415]) expect(statuses.get(status)).toBeGreaterThan(0);
    },
  );
});
