/**
 * `npm run bench`: the canonical operations against the seeded demo graph, side by side in one
 * run (absolute times on a shared 2-core machine are noisy; compare rows, not runs).
 *   - SQL statements per operation at two list lengths: equal counts mean no N+1;
 *   - latency (p50/p95) of each canonical operation over sequential requests;
 *   - throughput with concurrent clients.
 * Uses SQLite and an in-process cache unless DATABASE_URL / REDIS_URL are set.
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { config, overrideConfig } from '../runtime/config';
import { demoWorld } from '../demo/world';
import { startTestStack, type TestStack } from '../test/support/stack';
import {
  BRAND_SUPPLIER_COMPLIANCE,
  FACILITY_ACROSS_SUBGRAPHS,
  FILE_GRIEVANCE,
  MY_GRIEVANCE,
  REGULATOR_DASHBOARD,
  UNION_GRIEVANCES,
} from './operations';

const { values } = parseArgs({
  options: { requests: { type: 'string', default: '60' }, concurrency: { type: 'string', default: '8' } },
});
const REQUESTS = Number(values.requests);
const CONCURRENCY = Number(values.concurrency);
// The benchmark measures the graph, not the rate limiter.
overrideConfig({ RATE_LIMIT_PER_MINUTE: 1_000_000 });

interface Operation {
  name: string;
  run(stack: TestStack): Promise<void>;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function expectOk(response: Promise<{ errors?: unknown[]; status: number }>) {
  const result = await response;
  if (result.errors?.length || result.status !== 200)
    throw new Error(`operation failed: ${JSON.stringify(result.errors ?? result.status).slice(0, 300)}`);
}

async function statements(stack: TestStack, operation: () => Promise<void>): Promise<number> {
  await operation(); // warm caches and connections
  const before = stack.queries.count;
  await operation();
  return stack.queries.count - before;
}

async function latency(operation: () => Promise<void>): Promise<{ p50: number; p95: number; mean: number }> {
  for (let warmup = 0; warmup < 5; warmup++) await operation();
  const times: number[] = [];
  for (let request = 0; request < REQUESTS; request++) {
    const started = performance.now();
    await operation();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    mean: times.reduce((sum, time) => sum + time, 0) / times.length,
  };
}

async function throughput(operation: () => Promise<void>): Promise<number> {
  const total = REQUESTS * 2;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next++ < total) await operation();
    }),
  );
  return total / ((performance.now() - started) / 1000);
}

const stack = await startTestStack({ seed: true });
try {
  const world = demoWorld();
  const brand = await stack.token({ role: 'BRAND', organizationId: 'org-atlas-outfitters' });
  const union = await stack.token({ role: 'UNION', organizationId: 'org-garment-workers-solidarity-federation' });
  const regulator = await stack.token({
    role: 'REGULATOR',
    organizationId: 'org-bangladesh-labour-inspectorate',
    country: 'BD',
  });
  const facility = world.facilities.find((candidate) => candidate.country === 'BD' && candidate.status === 'ACTIVE')!;
  const filed = await stack.query(FILE_GRIEVANCE, {
    input: {
      facility: { id: facility.id },
      areas: ['WORKING_TIME'],
      summary: 'Forced overtime',
      description: 'Seven-day weeks before shipment deadlines.',
      language: 'bn-BD',
      channel: 'SMS',
    },
    key: randomUUID(),
  });
  const { trackingCode, secret } = filed.data.submitGrievance;

  const brandCompliance = (first: number) => () =>
    expectOk(stack.query(BRAND_SUPPLIER_COMPLIANCE, { first }, { token: brand }));
  const operations: Operation[] = [
    { name: 'BrandSupplierCompliance (50 facilities, 4 subgraphs)', run: () => brandCompliance(50)() },
    { name: 'UnionGrievances (20 cases)', run: () => expectOk(stack.query(UNION_GRIEVANCES, {}, { token: union })) },
    {
      name: 'RegulatorDashboard (stats by country × area)',
      run: () =>
        expectOk(stack.query(REGULATOR_DASHBOARD, { from: '2022-01-01', to: '2026-12-31' }, { token: regulator })),
    },
    {
      name: 'FacilityAcrossSubgraphs (one facility)',
      run: () => expectOk(stack.query(FACILITY_ACROSS_SUBGRAPHS, { id: facility.id })),
    },
    {
      name: 'MyGrievance (anonymous status)',
      run: () => expectOk(stack.query(MY_GRIEVANCE, { code: trackingCode, secret })),
    },
  ];

  console.log('\n## SQL statements per request (no N+1: the count does not grow with the list)\n');
  console.log('| operation | 5 items | 50 items |');
  console.log('| --- | ---: | ---: |');
  console.log(
    `| BrandSupplierCompliance: supplyChain(first: N) | ${await statements(stack, brandCompliance(5))} | ${await statements(stack, brandCompliance(50))} |`,
  );
  const facilitiesQuery = (first: number) => () =>
    expectOk(
      stack.query(
        'query ($first: Int) { facilities(first: $first) { edges { node { id owner { name } buyers { tier } compliance { score } grievanceSummary { open } } } } }',
        { first },
      ),
    );
  console.log(
    `| facilities(first: N) with owner, buyers, compliance, grievanceSummary | ${await statements(stack, facilitiesQuery(5))} | ${await statements(stack, facilitiesQuery(50))} |`,
  );

  console.log(`\n## Latency, ${REQUESTS} sequential requests each (ms)\n`);
  console.log('| operation | p50 | p95 | mean |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const operation of operations) {
    const measured = await latency(() => operation.run(stack));
    console.log(
      `| ${operation.name} | ${measured.p50.toFixed(1)} | ${measured.p95.toFixed(1)} | ${measured.mean.toFixed(1)} |`,
    );
  }

  console.log(`\n## Throughput, ${CONCURRENCY} concurrent clients (requests/s)\n`);
  console.log('| operation | req/s |');
  console.log('| --- | ---: |');
  for (const operation of operations.slice(0, 3))
    console.log(`| ${operation.name} | ${(await throughput(() => operation.run(stack))).toFixed(1)} |`);
  const settings = config();
  console.log(
    `\nstores: ${settings.DATABASE_URL ? 'PostgreSQL' : 'SQLite'} + ${settings.REDIS_URL ? 'Redis' : 'in-process cache'}; node ${process.version}`,
  );
} finally {
  await stack.stop();
}
