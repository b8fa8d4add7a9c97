/**
 * `npm run bench:events`: from a change's commit to its webhook's receipt. Events are committed
 * into the inspections outbox at a steady rate (INSPECTION_PUBLISHED about demo reports of
 * Bangladesh) with the background rounds on, as in production: the relay publishes them, the
 * notifications subgraph turns each into deliveries, asks the inspections subgraph what each
 * subscriber may read, signs and POSTs. Two subscribers: Bangladesh's inspectorate, which may read
 * every report (delivered), and Viet Nam's, which may read none of these non-public ones (withheld). Reports p50/p95/p99
 * latency and the throughput reached, per rate, side by side in one run.
 * Every service in this process on the demo data (SQLite and the in-process bus unless DATABASE_URL /
 * REDIS_URL are set), or, with `--topology`, one process per service as in production (PostgreSQL
 * and Redis needed). The receiver runs on a thread of its own.
 */
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { config, overrideConfig } from '../runtime/config';
import type { EventDraft } from '../runtime/events';
import { recordEvents } from '../runtime/outbox';
import { Inspection } from '../subgraphs/inspections/src/entities/inspection.entity';
import { startTestStack, type TestStack } from '../test/support/stack';
import { startTopology } from '../test/support/processes';
import { addInspection } from '../test/inspections/fixtures';
import { openDatabase } from '../runtime/database';
import { inspectionsSubgraph } from '../subgraphs/inspections/src/server';
import { generateFacilityId } from '../vocabulary/facility-id';
import type { EntityManager } from '@mikro-orm/core';
import { subscribe } from '../test/events/webhook-support';

const { values } = parseArgs({
  options: {
    rates: { type: 'string', default: '100,1000' },
    seconds: { type: 'string', default: '10' },
    topology: { type: 'boolean', default: false },
  },
});
const RATES = values.rates.split(',').map(Number);
const SECONDS = Number(values.seconds);
/** Events are committed in a transaction every TICK_MS: rate × TICK_MS / 1000 at a time. */
const TICK_MS = 10;

// The background rounds at their production intervals (OUTBOX_RELAY_INTERVAL_MS 200,
// WEBHOOK_DISPATCH_INTERVAL_MS 250): the test environment turns them off.
overrideConfig({
  OUTBOX_RELAY_INTERVAL_MS: 200,
  WEBHOOK_DISPATCH_INTERVAL_MS: 250,
  RATE_LIMIT_PER_MINUTE: 1_000_000,
  LOG_LEVEL: 'silent',
});

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The receiver, on a thread of its own (as a subscriber's server is on a machine of its own): it
 * answers 204 and reports, in batches, when each delivery arrived (epoch milliseconds).
 */
const RECEIVER = `
const { createServer } = require('node:http');
const { parentPort } = require('node:worker_threads');
let arrivals = [];
const server = createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    arrivals.push([request.url, String(request.headers['webhook-id']), performance.timeOrigin + performance.now()]);
    response.writeHead(204).end();
  });
});
server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));
setInterval(() => { if (arrivals.length) { parentPort.postMessage({ arrivals }); arrivals = []; } }, 10);
`;

async function startReceiver() {
  const arrived = new Map<string, number>();
  const byPath = new Map<string, number>();
  const seen = new Set<string>();
  let duplicates = 0;
  let requests = 0;
  const worker = new Worker(RECEIVER, { eval: true });
  const port = await new Promise<number>((resolve) => {
    worker.on('message', (message: { port?: number; arrivals?: [string, string, number][] }) => {
      if (message.port) resolve(message.port);
      for (const [path, id, at] of message.arrivals ?? []) {
        requests++;
        byPath.set(path, (byPath.get(path) ?? 0) + 1);
        const key = `${path}\n${id}`;
        if (seen.has(key)) duplicates++;
        seen.add(key);
        if (path === '/bd' && !arrived.has(id)) arrived.set(id, at);
      }
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    arrived,
    counts: () => ({ duplicates, requests, byPath }),
    close: () => worker.terminate(),
  };
}

/** Now, in epoch milliseconds: comparable with the receiver thread's clock. */
const now = () => performance.timeOrigin + performance.now();

/** What the benchmark needs of a running graph: a way to commit events into the inspections outbox. */
interface Deployment {
  label: string;
  /** The inspections subgraph's database, where the events are committed. */
  em: EntityManager;
  /** Reports of Bangladesh that are not public, the events are about. */
  reports: { id: string; facilityId: string }[];
  subscribe(token: 'BD' | 'VN', url: string): Promise<void>;
  stop(): Promise<void>;
}

async function run(deployment: Deployment, receiver: Awaited<ReturnType<typeof startReceiver>>, rate: number) {
  const { em, reports } = deployment;
  const committed = new Map<string, number>();
  const perTick = Math.max(1, Math.round((rate * TICK_MS) / 1000));
  const ticks = Math.round((SECONDS * 1000) / TICK_MS);
  const commits: Promise<void>[] = [];
  const started = now();
  for (let tick = 0; tick < ticks; tick++) {
    const drafts: EventDraft[] = Array.from({ length: perTick }, (_, index) => {
      const report = reports[(tick * perTick + index) % reports.length]!;
      return {
        type: 'INSPECTION_PUBLISHED',
        subject: `Inspection:${report.id}`,
        country: 'BD',
        payload: {
          inspectionId: report.id,
          facilityId: report.facilityId,
          country: 'BD',
          conductedOn: '2026-01-01',
          findings: 0,
        },
      };
    });
    // A tick's commit is not awaited before the next tick: changes commit side by side, as
    // concurrent mutations do.
    commits.push(
      em
        .fork()
        .transactional(async (tx) => recordEvents(tx, 'inspections', drafts, new Date()))
        .then((rows) => {
          const at = now();
          for (const row of rows) committed.set(row.id, at);
        }),
    );
    const next = started + (tick + 1) * TICK_MS;
    if (next > now()) await sleep(next - now());
  }
  await Promise.all(commits);
  const producedIn = now() - started;
  const deadline = now() + 180_000;
  while ([...committed.keys()].some((id) => !receiver.arrived.has(id)) && now() < deadline) await sleep(50);
  const latencies = [...committed].flatMap(([id, at]) => {
    const arrived = receiver.arrived.get(id);
    return arrived === undefined ? [] : [arrived - at];
  });
  latencies.sort((a, b) => a - b);
  const lastArrival = Math.max(...[...committed.keys()].map((id) => receiver.arrived.get(id) ?? 0));
  return {
    rate,
    events: committed.size,
    producedPerSecond: Math.round(committed.size / (producedIn / 1000)),
    delivered: latencies.length,
    deliveredPerSecond: Math.round(latencies.length / ((lastArrival - started) / 1000)),
    p50: Math.round(percentile(latencies, 50)),
    p95: Math.round(percentile(latencies, 95)),
    p99: Math.round(percentile(latencies, 99)),
    max: Math.round(latencies.at(-1) ?? NaN),
  };
}

const REGULATORS = {
  BD: { role: 'REGULATOR', org: 'org-bangladesh-labour-inspectorate', country: 'BD' },
  VN: { role: 'REGULATOR', org: 'org-viet-nam-labour-inspectorate', country: 'VN' },
} as const;

/** Every service in this process: the embedded stack, on the demo data. */
async function embedded(): Promise<Deployment> {
  const stack: TestStack = await startTestStack({ seed: true, now: new Date() });
  // The services' clock runs with the real one here: retries and leases fall due as in production.
  const ticking = setInterval(() => stack.clock.set(new Date()), 5);
  const store = config().DATABASE_URL ? 'PostgreSQL + Redis Streams' : 'SQLite + in-process bus';
  return {
    label: `one process (the embedded stack), ${store}`,
    em: stack.em('inspections'),
    reports: await stack
      .em('inspections')
      .find(Inspection, { facilityCountry: 'BD', disclosure: { $ne: 'PUBLIC' } }, { limit: 500 }),
    async subscribe(country, url) {
      const { org, ...claims } = REGULATORS[country];
      await subscribe(stack, await stack.token({ ...claims, organizationId: org }), {
        url,
        events: ['INSPECTION_PUBLISHED'],
      });
    },
    async stop() {
      clearInterval(ticking);
      await stack.stop();
    },
  };
}

/** One process per service, as in production (needs DATABASE_URL and REDIS_URL): 200 reports of its own. */
async function topology(): Promise<Deployment> {
  const topology = await startTopology({
    env: {
      // The receiver listens on this machine.
      WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
      RATE_LIMIT_PER_MINUTE: '1000000',
    },
  });
  const reports = Array.from({ length: 200 }, (_, index) => ({
    id: `insp-bench-${index}`,
    facilityId: generateFacilityId('BD', new Date('2024-05-01T00:00:00Z'), Math.random),
  }));
  await topology.database('inspections', async (em) => {
    for (const report of reports) addInspection(em, { ...report, disclosure: 'PRIVATE' });
  });
  const orm = await openDatabase({
    name: 'inspections',
    entities: inspectionsSubgraph.entities,
    migrationsDir: inspectionsSubgraph.migrationsDir,
    databaseUrl: topology.env.DATABASE_URL,
  });
  return {
    label: 'one process per service (production topology), PostgreSQL + Redis Streams',
    em: orm.em.fork(),
    reports,
    async subscribe(country, url) {
      const answer = await topology.query<{ createWebhookSubscription: { userErrors: unknown[] } }>(
        `mutation($input: CreateWebhookSubscriptionInput!, $key: String!) {
          createWebhookSubscription(input: $input, idempotencyKey: $key) { userErrors { message } }
        }`,
        { input: { url, events: ['INSPECTION_PUBLISHED'] }, key: `bench-${country}-${Date.now()}` },
        { token: await topology.token(REGULATORS[country]) },
      );
      if (answer.errors || answer.data?.createWebhookSubscription.userErrors.length)
        throw new Error(`subscribing failed: ${JSON.stringify(answer.errors ?? answer.data)}`);
    },
    async stop() {
      await orm.close();
      await topology.stop();
    },
  };
}

const deployment = values.topology ? await topology() : await embedded();
const receiver = await startReceiver();
try {
  await deployment.subscribe('BD', `${receiver.url}/bd`);
  await deployment.subscribe('VN', `${receiver.url}/vn`);
  console.log(
    `commit → webhook receipt, ${SECONDS} s per rate, ${deployment.reports.length} reports, ${deployment.label}`,
  );
  console.log(
    '| target events/s | events | committed/s | delivered | delivered/s | p50 ms | p95 ms | p99 ms | max ms |',
  );
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const rate of RATES) {
    const row = await run(deployment, receiver, rate);
    console.log(
      `| ${row.rate} | ${row.events} | ${row.producedPerSecond} | ${row.delivered} | ${row.deliveredPerSecond} | ${row.p50} | ${row.p95} | ${row.p99} | ${row.max} |`,
    );
  }
  const { duplicates, requests, byPath } = receiver.counts();
  console.log(
    `receiver: ${requests} requests, ${duplicates} duplicates; Bangladesh's inspectorate received ${byPath.get('/bd') ?? 0}, Viet Nam's ${byPath.get('/vn') ?? 0} (may read none)`,
  );
} finally {
  await receiver.close();
  await deployment.stop();
}
