/**
 * `npm run bench:events`: from a change's commit to its webhook's receipt. Events are committed
 * into the inspections outbox at a steady rate (INSPECTION_PUBLISHED about demo reports of
 * Bangladesh) with the background rounds on, as in production: the relay publishes them, the
 * notifications subgraph turns each into deliveries, asks the inspections subgraph what each
 * subscriber may read, signs and POSTs. Two subscribers: Bangladesh's inspectorate, which may read
 * every report (delivered), and Viet Nam's, which may read none of these non-public ones (withheld). Reports p50/p95/p99
 * latency and the throughput reached, per rate, side by side in one run.
 * Uses SQLite and the in-process bus unless DATABASE_URL / REDIS_URL are set.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { config, overrideConfig } from '../runtime/config';
import type { EventDraft } from '../runtime/events';
import { recordEvents } from '../runtime/outbox';
import { Inspection } from '../subgraphs/inspections/src/entities/inspection.entity';
import { startTestStack, type TestStack } from '../test/support/stack';
import { subscribe } from '../test/events/webhook-support';

const { values } = parseArgs({
  options: { rates: { type: 'string', default: '100,1000' }, seconds: { type: 'string', default: '10' } },
});
const RATES = values.rates.split(',').map(Number);
const SECONDS = Number(values.seconds);
/** Events are committed in a transaction every TICK_MS: rate × TICK_MS / 1000 at a time. */
const TICK_MS = 10;

overrideConfig({
  OUTBOX_RELAY_INTERVAL_MS: 20,
  WEBHOOK_DISPATCH_INTERVAL_MS: 20,
  RATE_LIMIT_PER_MINUTE: 1_000_000,
  LOG_LEVEL: 'silent',
});

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The receiver: when each event id first arrived, and how many arrived more than once. */
async function startReceiver() {
  const arrived = new Map<string, number>();
  const byPath = new Map<string, number>();
  const seen = new Set<string>();
  let duplicates = 0;
  let requests = 0;
  const server = createServer((request, response) => {
    const id = String(request.headers['webhook-id']);
    request.resume();
    request.on('end', () => {
      requests++;
      byPath.set(request.url ?? '/', (byPath.get(request.url ?? '/') ?? 0) + 1);
      const key = `${request.url}\n${id}`;
      if (seen.has(key)) duplicates++;
      seen.add(key);
      if (request.url === '/bd' && !arrived.has(id)) arrived.set(id, performance.now());
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    arrived,
    counts: () => ({ duplicates, requests, byPath }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function run(
  stack: TestStack,
  receiver: Awaited<ReturnType<typeof startReceiver>>,
  rate: number,
  reports: Inspection[],
) {
  const committed = new Map<string, number>();
  const perTick = Math.max(1, Math.round((rate * TICK_MS) / 1000));
  const ticks = Math.round((SECONDS * 1000) / TICK_MS);
  const em = stack.em('inspections');
  const started = performance.now();
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
    const rows = await em
      .fork()
      .transactional(async (tx) => recordEvents(tx, 'inspections', drafts, stack.clock.now()));
    const at = performance.now();
    for (const row of rows) committed.set(row.id, at);
    const next = started + (tick + 1) * TICK_MS;
    if (next > performance.now()) await sleep(next - performance.now());
  }
  const producedIn = performance.now() - started;
  const deadline = performance.now() + 180_000;
  while ([...committed.keys()].some((id) => !receiver.arrived.has(id)) && performance.now() < deadline) await sleep(50);
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

const stack = await startTestStack({ seed: true, now: new Date() });
// The services' clock runs with the real one here: retries and leases fall due as in production.
const ticking = setInterval(() => stack.clock.set(new Date()), 5);
const receiver = await startReceiver();
try {
  // Reports that are not public: Viet Nam's inspectorate may read none of them.
  const reports = await stack
    .em('inspections')
    .find(Inspection, { facilityCountry: 'BD', disclosure: { $ne: 'PUBLIC' } }, { limit: 500 });
  await subscribe(
    stack,
    await stack.token({ role: 'REGULATOR', organizationId: 'org-bangladesh-labour-inspectorate', country: 'BD' }),
    {
      url: `${receiver.url}/bd`,
      events: ['INSPECTION_PUBLISHED'],
    },
  );
  await subscribe(
    stack,
    await stack.token({ role: 'REGULATOR', organizationId: 'org-viet-nam-labour-inspectorate', country: 'VN' }),
    {
      url: `${receiver.url}/vn`,
      events: ['INSPECTION_PUBLISHED'],
    },
  );
  const store = config().DATABASE_URL ? 'PostgreSQL + Redis Streams' : 'SQLite + in-process bus';
  console.log(`commit → webhook receipt, ${SECONDS} s per rate, ${reports.length} demo reports, ${store}`);
  console.log(
    '| target events/s | events | committed/s | delivered | delivered/s | p50 ms | p95 ms | p99 ms | max ms |',
  );
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const rate of RATES) {
    const row = await run(stack, receiver, rate, reports);
    console.log(
      `| ${row.rate} | ${row.events} | ${row.producedPerSecond} | ${row.delivered} | ${row.deliveredPerSecond} | ${row.p50} | ${row.p95} | ${row.p99} | ${row.max} |`,
    );
  }
  const { duplicates, requests, byPath } = receiver.counts();
  console.log(
    `receiver: ${requests} requests, ${duplicates} duplicates; Bangladesh's inspectorate received ${byPath.get('/bd') ?? 0}, Viet Nam's ${byPath.get('/vn') ?? 0} (may read none)`,
  );
} finally {
  clearInterval(ticking);
  await receiver.close();
  await stack.stop();
}
