import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTopology, type Topology } from '../support/processes';

/**
 * Overload in the production topology. Beyond MAX_IN_FLIGHT_REQUESTS the gateway refuses at once
 * (503, Retry-After, SERVICE_UNAVAILABLE) instead of queueing; and a write whose caller is gone, or
 * whose deadline passed while its subgraph was stopped, is not carried out when it resumes.
 */
const METRICS_TOKEN = 'overload-test-metrics-token';
const MAX_IN_FLIGHT = 3;

const FACILITIES = `query OverloadFacilities { facilities(first: 1) { totalCount } }`;
const FILE = `mutation OverloadFile($input: SubmitGrievanceInput!, $key: String!) {
  submitGrievance(input: $input, idempotencyKey: $key) { replayed trackingCode userErrors { code message } }
}`;
const submission = (summary: string) => ({
  facility: { name: 'Riverside Spinning Mill', country: 'BD' },
  areas: ['WORKING_TIME'],
  summary,
  description: 'We were kept at the machines until midnight for two weeks and the hours were not paid.',
  language: 'en',
  channel: 'WEB',
});
type Filed = { submitGrievance: { replayed: boolean; trackingCode: string | null; userErrors: unknown[] } | null };

let topology: Topology;
beforeAll(async () => {
  topology = await startTopology({
    env: { METRICS_TOKEN, GRIEVANCES_TIMEOUT_MS: '2500', SUPPLIERS_TIMEOUT_MS: '8000' },
    services: { gateway: { MAX_IN_FLIGHT_REQUESTS: String(MAX_IN_FLIGHT) } },
  });
});
afterAll(async () => {
  await topology?.stop();
});

async function metrics(origin: string): Promise<string> {
  const response = await fetch(`${origin}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  expect(response.status).toBe(200);
  return response.text();
}
const metric = (text: string, pattern: string) => Number(new RegExp(`^${pattern} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);

describe('more requests than the gateway takes at once', () => {
  it('refuses the excess at once with 503 and Retry-After, never queueing them', async () => {
    topology.subgraphs.suppliers.signal('SIGSTOP');
    try {
      let stalledAnswered = false;
      const stalled = Promise.all(Array.from({ length: MAX_IN_FLIGHT }, () => topology.query(FACILITIES))).finally(
        () => (stalledAnswered = true),
      );
      await eventually(
        async () => metric(await metrics(topology.gateway.origin), 'lcg_gateway_requests_in_flight') === MAX_IN_FLIGHT,
      );

      const refused = await Promise.all(Array.from({ length: 8 }, () => topology.query(FACILITIES)));
      // Every refusal came while the admitted requests still waited for the stalled subgraph.
      expect(stalledAnswered).toBe(false);
      for (const answer of refused) {
        expect(answer.status).toBe(503);
        expect(answer.headers.get('retry-after')).toBe('1');
        expect(answer.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
      }
      // Probes and scrapes are never refused: they are not counted.
      expect((await fetch(`${topology.gateway.origin}/health`)).status).toBe(200);
      expect(metric(await metrics(topology.gateway.origin), 'lcg_gateway_admission_refusals_total')).toBe(8);

      for (const answer of await stalled) {
        expect(answer.status).toBe(200);
        expect(answer.errors?.[0].extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'suppliers' });
      }
    } finally {
      topology.subgraphs.suppliers.signal('SIGCONT');
    }
    await eventually(async () => (await topology.query(FACILITIES)).errors === undefined, 20_000);
  });
});

describe('a mutation whose caller is gone', () => {
  it('is not written when its stopped subgraph resumes, after its deadline or its client gave up', async () => {
    const grievances = topology.subgraphs.grievances;
    // A union files (no tracking secret to hash): its filing is quick once the subgraph runs.
    const union = { token: await topology.token({ role: 'UNION', org: 'org-overload-union' }) };
    const lateKey = `overload-late-${randomUUID()}`;
    const goneKey = `overload-gone-${randomUUID()}`;
    grievances.signal('SIGSTOP');
    let late;
    try {
      // The gateway stops waiting after GRIEVANCES_TIMEOUT_MS: the deadline it signed has passed.
      late = await topology.query<Filed>(FILE, { input: submission('Unpaid overtime (late)'), key: lateKey }, union);
      // This client gives up by itself, and the gateway abandons its fetch at once.
      const leaving = new AbortController();
      const gaveUp = topology.query(
        FILE,
        { input: submission('Unpaid overtime (gone)'), key: goneKey },
        { ...union, signal: leaving.signal },
      );
      setTimeout(() => leaving.abort(), 300);
      await expect(gaveUp).rejects.toThrow();
      await eventually(async () =>
        /lcg_gateway_subgraph_fetch_failures_total\{subgraph="grievances",outcome="abandoned"\} 1/.test(
          await metrics(topology.gateway.origin),
        ),
      );
    } finally {
      grievances.signal('SIGCONT');
    }
    expect(late.data).toEqual({ submitGrievance: null });
    expect(late.errors?.[0]).toMatchObject({
      path: ['submitGrievance'],
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'grievances' },
    });

    // Once it is serving again and has nothing in flight, the requests that queued while it was stopped are done.
    await eventually(async () => (await fetch(`${grievances.origin}/ready`)).ok, 20_000);
    await eventually(async () => metric(await metrics(grievances.origin), 'lcg_grievances_requests_in_flight') === 0);

    // The same idempotency keys again: had either request been written, this would be its replay.
    for (const [key, summary] of [
      [lateKey, 'Unpaid overtime (late)'],
      [goneKey, 'Unpaid overtime (gone)'],
    ]) {
      const retried = await topology.query<Filed>(FILE, { input: submission(summary), key }, union);
      expect(retried.errors, JSON.stringify(retried.errors)).toBeUndefined();
      expect(retried.data?.submitGrievance).toMatchObject({ replayed: false, userErrors: [] });
      const again = await topology.query<Filed>(FILE, { input: submission(summary), key }, union);
      expect(again.data?.submitGrievance?.replayed).toBe(true);
    }
  });
});
