/**
 * `npx tsx bench/filing-load.ts [--workers 1000] [--inspections 200] [--cost 15]`: a thousand
 * workers file anonymous grievances at once through a real gateway stack, at the production hash
 * cost, while auditors submit two hundred inspections; a third of each send their request twice
 * (the retry racing the original). Clients come back when refused
 * (503, SERVICE_UNAVAILABLE, RATE_LIMITED, a deadline or a dropped connection), with the same key.
 *
 * Prints how many workers end with their secret (it must be all of them, each secret opening its
 * case), how many rows each key left (one), the elapsed time, p50/p99 of the time each worker waited
 * for its secret, when the background job had hashed every sealed secret, and the refusals. PostgreSQL and Redis when DATABASE_URL / REDIS_URL are set, else SQLite and memory.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { parseArgs } from 'node:util';
import { config, overrideConfig } from '../runtime/config';
import { Grievance } from '../subgraphs/grievances/src/entities/grievance.entity';
import { sealedCases } from '../subgraphs/grievances/src/queries/sealed-secrets';
import { hashingLoad, hashThreads } from '../subgraphs/grievances/src/queries/secret-hashing';
import { Inspection } from '../subgraphs/inspections/src/entities/inspection.entity';
import { newFacilityId } from '../test/inspections/fixtures';
import { overtimeAudit, overtimeComplaint } from '../test/support/load-inputs';
import { ensureRegistered } from '../test/support/registry';
import { startTestStack, type GraphQLResponse } from '../test/support/stack';

const { values } = parseArgs({
  options: {
    workers: { type: 'string', default: '1000' },
    inspections: { type: 'string', default: '200' },
    cost: { type: 'string', default: '15' },
  },
});
const WORKERS = Number(values.workers);
const INSPECTIONS = Number(values.inspections);
// The production cost; the rate limit guards the public gateway, not this one client. Test mode
// keeps the stack's secrets in memory and its logs quiet.
overrideConfig({
  NODE_ENV: 'test',
  TRACKING_SECRET_HASH_COST: Number(values.cost),
  RATE_LIMIT_PER_MINUTE: 1_000_000,
});

const FILE = `mutation FilingLoad($input: SubmitGrievanceInput!, $key: String!) {
  submitGrievance(input: $input, idempotencyKey: $key) { trackingCode secret replayed }
}`;
const FOLLOW = `query FilingLoadFollow($code: String!, $secret: String!) {
  grievanceStatus(trackingCode: $code, secret: $secret) { status }
}`;
const SUBMIT = `mutation FilingLoadInspect($input: SubmitInspectionInput!, $key: String!) {
  submitInspection(input: $input, idempotencyKey: $key) { inspection { id } userErrors { code } }
}`;
type Submitted = { submitInspection: { inspection: { id: string } | null; userErrors: unknown[] } | null };
type Filed = { submitGrievance: { trackingCode: string; secret: string | null; replayed: boolean } | null };

const RETRYABLE = new Set(['SERVICE_UNAVAILABLE', 'RATE_LIMITED', 'DEADLINE_EXCEEDED', 'SUBGRAPH_UNAVAILABLE']);
const refusals = new Map<string, number>();
const count = (reason: string) => refusals.set(reason, (refusals.get(reason) ?? 0) + 1);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends until answered, waiting what the refusal says (or backing off) with jitter. */
async function untilAnswered<Data>(send: () => Promise<GraphQLResponse<Data>>): Promise<Data> {
  for (let attempt = 0; ; attempt++) {
    let response: GraphQLResponse<Data> | undefined;
    try {
      response = await send();
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      count(`connection: ${cause?.code ?? cause?.message ?? (error as Error).message}`);
    }
    const code = response?.errors?.[0]?.extensions?.code;
    const retryable = !response || [429, 502, 503, 504].includes(response.status) || RETRYABLE.has(code ?? '');
    if (!retryable) {
      if (response!.errors?.length || !response!.data) throw new Error(`refused: ${JSON.stringify(response!.errors)}`);
      return response!.data;
    }
    if (response) count(`HTTP ${response.status} ${code ?? ''}`.trim());
    const told = Number(response?.errors?.[0]?.extensions?.retryAfterSeconds);
    // Never earlier than told (Retry-After), within a second after; otherwise back off, with jitter.
    const wait =
      Number.isFinite(told) && told > 0
        ? told * 1000 + Math.random() * 1000
        : Math.min(2_000, 50 * 2 ** attempt) * (0.5 + Math.random());
    await pause(wait);
  }
}

// The workers' requests are all sent at once; like a load balancer, the client spreads them over a
// bounded set of kept-alive connections rather than opening a thousand at the same instant.
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

/** POSTs a GraphQL operation to `url` over the bounded connections. */
function post<Data>(url: string, query: string, variables: unknown, headers: Record<string, string>) {
  return new Promise<GraphQLResponse<Data>>((resolve, reject) => {
    const body = JSON.stringify({ query, variables });
    const request = http.request(url, {
      method: 'POST',
      agent,
      headers: { 'content-type': 'application/json', ...headers },
    });
    request.on('error', reject);
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        try {
          resolve({ ...JSON.parse(Buffer.concat(chunks).toString('utf8')), status: response.statusCode ?? 0 });
        } catch (error) {
          reject(error);
        }
      });
    });
    request.end(body);
  });
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const asWorker = (n: number) => ({ 'x-forwarded-for': `10.88.${n >> 8}.${n & 255}` });

const stack = await startTestStack();
try {
  const facilities = Array.from({ length: 5 }, () => newFacilityId('BD'));
  await ensureRegistered(stack, ...facilities);
  const store = config().DATABASE_URL ? 'PostgreSQL' : 'SQLite';
  const auditor = await stack.token({ role: 'AUDITOR', organizationId: 'org-filing-load-audits' });
  console.log(
    `${WORKERS} anonymous filings and ${INSPECTIONS} inspections (a third sent twice) at hash cost ${config().TRACKING_SECRET_HASH_COST}, ` +
      `${hashThreads()} hashing threads, ${store}`,
  );

  const started = performance.now();
  const inspections = Promise.all(
    Array.from({ length: INSPECTIONS }, async (_, n) => {
      const variables = {
        input: overtimeAudit(facilities[n % facilities.length], `Filing load inspection ${n}`),
        key: randomUUID(),
      };
      const submit = () =>
        untilAnswered(() =>
          post<Submitted>(stack.gateway.url, SUBMIT, variables, { authorization: `Bearer ${auditor}` }),
        );
      const answers = await Promise.all(n % 3 === 0 ? [submit(), submit()] : [submit()]);
      return new Set(answers.map((answer) => answer.submitInspection?.inspection?.id)).size === 1;
    }),
  );
  const waits: number[] = [];
  const workers = await Promise.all(
    Array.from({ length: WORKERS }, async (_, n) => {
      const variables = {
        input: overtimeComplaint(facilities[n % facilities.length], `Filing load worker ${n}`),
        key: randomUUID(),
      };
      const file = () => untilAnswered(() => post<Filed>(stack.gateway.url, FILE, variables, asWorker(n)));
      const answers = await Promise.all(n % 3 === 0 ? [file(), file()] : [file()]);
      waits.push(performance.now() - started);
      return answers.map((answer) => answer.submitGrievance!);
    }),
  );
  const sameInspection = (await inspections).filter(Boolean).length;
  const elapsed = (performance.now() - started) / 1000;
  // Filings answer before their secrets are hashed: wait for the background job to hash them all.
  while ((await sealedCases(stack.em('grievances'))) > 0) await pause(250);
  const hashedAfter = (performance.now() - started) / 1000;
  const meanHashMs = hashingLoad()?.meanHashMs ?? 0;

  const consistent = workers.filter((answers) =>
    answers.every((answer) => answer.secret && answer.secret === answers[0].secret),
  );
  // Each worker follows their case with what they were given (four at a time: each is a hash).
  let opened = 0;
  let next = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let n = next++; n < WORKERS; n = next++) {
        const variables = { code: workers[n][0].trackingCode, secret: workers[n][0].secret };
        const status = await untilAnswered(() =>
          post<{ grievanceStatus: { status: string } | null }>(stack.gateway.url, FOLLOW, variables, asWorker(n)),
        );
        if (status.grievanceStatus?.status === 'RECEIVED') opened++;
      }
    }),
  );

  waits.sort((a, b) => a - b);
  const grievanceRows = await stack.em('grievances').count(Grievance, { summary: { $like: 'Filing load worker %' } });
  const inspectionRows = await stack
    .em('inspections')
    .count(Inspection, { summary: { $like: 'Filing load inspection %' } });
  console.log(`grievances written (one per key):        ${grievanceRows} / ${WORKERS}`);
  console.log(`inspections written (one per key):       ${inspectionRows} / ${INSPECTIONS}`);
  console.log(`inspections answered alike under a key:  ${sameInspection} / ${INSPECTIONS}`);
  console.log(`workers with one secret under their key: ${consistent.length} / ${WORKERS}`);
  console.log(`secrets that open their case:            ${opened} / ${WORKERS}`);
  console.log(`elapsed:                                 ${elapsed.toFixed(1)} s`);
  console.log(
    `time to secret p50 / p99:                ${(percentile(waits, 50) / 1000).toFixed(1)} s / ${(percentile(waits, 99) / 1000).toFixed(1)} s`,
  );
  console.log(`every secret hashed (background) after:  ${hashedAfter.toFixed(1)} s`);
  console.log(`mean hash time on a thread:              ${meanHashMs.toFixed(0)} ms`);
  const refused = (match: (reason: string) => boolean) =>
    [...refusals].filter(([reason]) => match(reason)).reduce((sum, [, times]) => sum + times, 0);
  console.log(`HTTP 503 answers:                        ${refused((reason) => reason.startsWith('HTTP 503'))}`);
  console.log(
    `SERVICE_UNAVAILABLE answers (any status): ${refused((reason) => reason.endsWith('SERVICE_UNAVAILABLE'))}`,
  );
  for (const [reason, times] of [...refusals].sort((a, b) => b[1] - a[1])) console.log(`  refused ${times}× ${reason}`);
} finally {
  agent.destroy();
  await stack.stop();
}
