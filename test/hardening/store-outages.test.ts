import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { config } from '../../runtime/config';
import { eventually, startTopology, type Answer, type ServiceProcess, type Topology } from '../support/processes';

/**
 * The stores fail under the services in their own processes, as in production. Redis stopped:
 * requests still succeed — reads, writes, replays — caches miss, rate limits count in each process,
 * and each service logs the outage once and its end once. PostgreSQL cutting every connection (a
 * restart, a failover): the services reconnect by themselves; at most one request fails, cleanly.
 */
const EVERY_SUBGRAPH = `query StoreOutageReads {
  countries(first: 1) { totalCount } facilities(first: 1) { totalCount }
  complianceStats(groupBy: [COUNTRY]) { facilitiesAssessed }
}`;
const FILE = `mutation StoreOutageFile($input: SubmitGrievanceInput!, $key: String!) {
  submitGrievance(input: $input, idempotencyKey: $key) { replayed trackingCode userErrors { code } }
}`;
type Filed = { submitGrievance: { replayed: boolean; trackingCode: string | null; userErrors: unknown[] } | null };
const complaint = (summary: string) => ({
  facility: { name: 'Riverside Spinning Mill', country: 'BD' },
  areas: ['WORKING_TIME'],
  summary,
  description: 'We were kept at the machines until midnight for two weeks and the hours were not paid.',
  language: 'en',
  channel: 'WEB',
});
const RATE_LIMIT = 20;

/** A union files and files again under the same key: the first is written, the second its replay. */
async function fileTwice(topology: Topology, token: string, summary: string) {
  const variables = { input: complaint(summary), key: `store-outage-${randomUUID()}` };
  const answers: Answer<Filed>[] = [];
  for (let time = 0; time < 2; time++) answers.push(await topology.query<Filed>(FILE, variables, { token }));
  for (const answer of answers) expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  expect(answers.map((answer) => answer.data?.submitGrievance?.replayed)).toEqual([false, true]);
  expect(answers[1].data?.submitGrievance?.trackingCode).toBe(answers[0].data?.submitGrievance?.trackingCode);
}

async function readsEverything(topology: Topology) {
  const answer = await topology.query(EVERY_SUBGRAPH);
  expect(answer.status).toBe(200);
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
}

const logged = (service: ServiceProcess, message: RegExp) =>
  service.lines.filter((line) => typeof line.msg === 'string' && message.test(line.msg)).length;

const redisServer = spawnSync('redis-server', ['--version']).status === 0;

describe.skipIf(!redisServer)('Redis stopped and started again (needs redis-server)', () => {
  let topology: Topology;
  let redis: ChildProcess | undefined;
  let port: number;

  /** A Redis of this test's own, on `port`, answering before this resolves. */
  async function startRedis() {
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    await eventually(
      () =>
        spawnSync('redis-cli', ['-p', String(port), 'ping'])
          .stdout?.toString()
          .trim() === 'PONG',
    );
  }
  async function stopRedis() {
    const running = redis;
    redis = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
  }

  beforeAll(async () => {
    port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => resolve(free));
      });
    });
    await startRedis();
    topology = await startTopology({
      env: { REDIS_URL: `redis://127.0.0.1:${port}`, RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT) },
    });
  });
  afterAll(async () => {
    await topology?.stop();
    await stopRedis();
  });

  it('serves reads, writes and replays without it, still limits callers, and logs the outage once', async () => {
    const union = await topology.token({ role: 'UNION', org: 'org-store-outage-union' });
    await readsEverything(topology);
    await fileTwice(topology, union, 'Unpaid overtime (Redis up)');

    await stopRedis();
    for (let round = 0; round < 3; round++) await readsEverything(topology);
    await fileTwice(topology, union, 'Unpaid overtime (Redis down)');

    // Limits degrade to counting in each process: a caller past the limit is still refused.
    const probe = await topology.token({ role: 'BRAND', subject: 'store-outage-probe', org: 'org-store-outage-brand' });
    const statuses: number[] = [];
    for (let request = 0; request < RATE_LIMIT + 5; request++)
      statuses.push((await topology.query(`{ countries(first: 1) { totalCount } }`, {}, { token: probe })).status);
    expect(statuses.slice(0, RATE_LIMIT - 10).every((status) => status === 200)).toBe(true);
    expect(statuses).toContain(429);

    // Each service that uses Redis says so once, however many requests and reconnections the outage saw.
    const services = [topology.gateway, ...Object.values(topology.subgraphs)];
    await eventually(() => logged(topology.gateway, /^redis unavailable/) === 1);
    for (const service of services) expect(logged(service, /^redis unavailable/), service.name).toBeLessThanOrEqual(1);

    await startRedis();
    // Each service that saw the outage sees its end, once, as its client reconnects.
    await eventually(
      () =>
        services.every(
          (service) => logged(service, /^redis available again/) === logged(service, /^redis unavailable/),
        ) && logged(topology.gateway, /^redis available again/) === 1,
      20_000,
    );
    await readsEverything(topology);
    await fileTwice(topology, union, 'Unpaid overtime (Redis back)');
    for (const service of services) {
      expect(logged(service, /^redis unavailable/), service.name).toBeLessThanOrEqual(1);
      expect(logged(service, /^redis available again/), service.name).toBe(logged(service, /^redis unavailable/));
      expect(service.child.exitCode, service.name).toBeNull();
    }
  });
});

describe.skipIf(!config().DATABASE_URL)(
  'PostgreSQL cuts every connection (PostgreSQL only: the embedded SQLite has no server)',
  () => {
    let topology: Topology;
    beforeAll(async () => {
      topology = await startTopology();
    });
    afterAll(async () => {
      await topology?.stop();
    });

    async function terminateEveryBackend() {
      const database = new URL(topology.env.DATABASE_URL).pathname.slice(1);
      const admin = new pg.Client({ connectionString: config().DATABASE_URL });
      await admin.connect();
      try {
        const { rowCount } = await admin.query(
          'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
          [database],
        );
        return rowCount ?? 0;
      } finally {
        await admin.end();
      }
    }

    it('serves again after at most one cleanly failed request, with no service restarted', async () => {
      const union = await topology.token({ role: 'UNION', org: 'org-store-outage-union' });
      await readsEverything(topology);
      await fileTwice(topology, union, 'Unpaid overtime (before the restart)');
      expect(await terminateEveryBackend()).toBeGreaterThan(0);

      const answers: Answer[] = [];
      for (let round = 0; round < 4; round++) answers.push(await topology.query(EVERY_SUBGRAPH));
      const failed = answers.filter((answer) => answer.errors?.length);
      expect(failed.length).toBeLessThanOrEqual(1);
      for (const answer of failed) {
        expect(answer.status).toBeLessThan(500);
        for (const error of answer.errors!) expect(error.extensions?.code).toEqual(expect.any(String));
        expect(JSON.stringify(answer)).not.toMatch(/\n\s+at /);
      }
      await readsEverything(topology);
      await fileTwice(topology, union, 'Unpaid overtime (after the restart)');
      for (const service of [topology.gateway, ...Object.values(topology.subgraphs)])
        expect(service.child.exitCode, service.name).toBeNull();
    });
  },
);
