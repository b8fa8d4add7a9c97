import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTopology, type ServiceProcess, type Topology } from '../support/processes';

/**
 * SIGTERM drains a service in the production topology: it stops accepting connections and says it
 * is not ready, answers every request already in flight in full, and only then closes its
 * connections and its database pool and exits 0. No request in flight is cut.
 */
const METRICS_TOKEN = 'shutdown-test-metrics-token';

const EVERYWHERE = `query ShutdownEverywhere { facilities(first: 1) { totalCount } countries(first: 1) { totalCount } }`;
const FILE = `mutation ShutdownFile($input: SubmitGrievanceInput!, $key: String!) {
  submitGrievance(input: $input, idempotencyKey: $key) { trackingCode secret replayed userErrors { code } }
}`;
const WITHDRAW = `mutation ShutdownWithdraw($code: String!, $secret: String!) {
  withdrawGrievance(trackingCode: $code, secret: $secret, reason: "Settled with the employer") {
    tracking { status } userErrors { code }
  }
}`;
const submission = (summary: string) => ({
  facility: { name: 'Harbour Knitwear', country: 'BD' },
  areas: ['WORKING_TIME'],
  summary,
  description: 'The night shift was extended by three hours every day this month and none of it was paid.',
  language: 'en',
  channel: 'WEB',
});

let topology: Topology;
beforeAll(async () => {
  topology = await startTopology({
    // The drain is under test, not speed: on a busy machine the costly withdrawals below may take
    // longer than the gateway's default patience, which would cut them as if the drain had.
    env: {
      METRICS_TOKEN,
      SHUTDOWN_TIMEOUT_MS: '30000',
      REQUEST_TIMEOUT_MS: '45000',
      GRIEVANCES_TIMEOUT_MS: '45000',
      PRINCIPAL_SIGNATURE_TTL_SECONDS: '60',
    },
    // Costlier tracking-secret hashes, one at a time: a worker's withdrawal checks its secret with
    // one, so withdrawals stay in flight long enough to be caught by SIGTERM.
    services: { grievances: { TRACKING_SECRET_HASH_COST: '17', TRACKING_HASH_CONCURRENCY: '1' } },
  });
});
afterAll(async () => {
  await topology?.stop();
});

async function inFlight(service: ServiceProcess): Promise<number> {
  const response = await fetch(`${service.origin}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  const text = await response.text();
  return Number(new RegExp(`^lcg_${service.name}_requests_in_flight (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
}

/** Whether a new connection to the service is refused (its listening socket is closed). */
const refusesConnections = (service: ServiceProcess) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(Number(new URL(service.origin).port), '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });

const stopping = (service: ServiceProcess) => service.lines.some((line) => line.signal === 'SIGTERM');

describe('SIGTERM', () => {
  it('lets a subgraph finish the writes in flight, then close its pool and exit 0', async () => {
    const grievances = topology.subgraphs.grievances;
    type Filed = { submitGrievance: { trackingCode: string | null; secret: string | null } | null };
    const cases = [];
    for (let index = 0; index < 3; index++) {
      const filed = await topology.query<Filed>(FILE, {
        input: submission(`Unpaid night shifts (${index})`),
        key: `shutdown-${randomUUID()}`,
      });
      expect(filed.data?.submitGrievance?.secret, JSON.stringify(filed.errors)).toBeTruthy();
      cases.push({ code: filed.data!.submitGrievance!.trackingCode!, secret: filed.data!.submitGrievance!.secret! });
    }
    type Withdrawn = { withdrawGrievance: { tracking: { status: string } | null; userErrors: unknown[] } | null };
    const withdrawals = cases.map((variables) => topology.query<Withdrawn>(WITHDRAW, variables));
    await eventually(async () => (await inFlight(grievances)) === withdrawals.length, 20_000);

    grievances.signal('SIGTERM');
    await eventually(() => stopping(grievances));
    expect(await refusesConnections(grievances), grievances.output()).toBe(true);

    for (const answer of await Promise.all(withdrawals)) {
      expect(answer.status).toBe(200);
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.withdrawGrievance).toEqual({ tracking: { status: 'WITHDRAWN' }, userErrors: [] });
    }
    expect(await grievances.exited).toBe(0);
  });

  it('lets the gateway answer every request in flight in full, refusing new connections meanwhile', async () => {
    const { gateway, subgraphs } = topology;
    // The requests wait for a stalled subgraph, so they are surely in flight when SIGTERM arrives.
    subgraphs.suppliers.signal('SIGSTOP');
    let answers;
    try {
      const requests = Array.from({ length: 6 }, () => topology.query(EVERYWHERE));
      await eventually(async () => (await inFlight(gateway)) === requests.length);
      gateway.signal('SIGTERM');
      await eventually(() => stopping(gateway));
      expect(await refusesConnections(gateway), gateway.output()).toBe(true);
      subgraphs.suppliers.signal('SIGCONT');
      answers = await Promise.all(requests);
    } finally {
      subgraphs.suppliers.signal('SIGCONT');
    }
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toMatchObject({
        facilities: { totalCount: 0 },
        countries: { totalCount: expect.any(Number) },
      });
    }
    expect(await gateway.exited).toBe(0);
  });
});
