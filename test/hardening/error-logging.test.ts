import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_PRINCIPAL, signedGraphQLRequest } from '../../runtime/principal';
import { eventually, startTopology, type Answer, type ServiceProcess, type Topology } from '../support/processes';

/**
 * In production every unexpected error and every 5xx answer is in the log: once, at error level,
 * with the request id the client sees in X-Request-Id, at the gateway and at the subgraph where it
 * happened — the stack in the log, never in the answer. /metrics answers only its token's bearer.
 */
const METRICS_TOKEN = 'error-logging-metrics-token';
const FACILITIES = `query ErrorLoggingFacilities { facilities(first: 1) { totalCount } }`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let topology: Topology;
beforeAll(async () => {
  // Every service but agreements has a metrics token: agreements shows what production does without one.
  topology = await startTopology({ env: { METRICS_TOKEN }, services: { agreements: { METRICS_TOKEN: '' } } });
});
afterAll(async () => {
  await topology?.stop();
});

const errorLines = (service: ServiceProcess, requestId: string) =>
  service.lines.filter((line) => line.level >= 50 && line.requestId === requestId);

/** Renames the facility table away and back: every read of facilities fails meanwhile, unexpectedly. */
async function withoutFacilityTable(work: () => Promise<void>) {
  const table = (name: string) => (topology.dialect === 'postgresql' ? `"suppliers"."${name}"` : `"${name}"`);
  const rename = (from: string, to: string) =>
    topology.database('suppliers', (em) => em.getConnection().execute(`alter table ${table(from)} rename to "${to}"`));
  await rename('facility', 'facility_away');
  try {
    await work();
  } finally {
    await rename('facility_away', 'facility');
  }
}

describe('unexpected errors', () => {
  it('logs every INTERNAL_SERVER_ERROR answered once, with its request id, at the gateway and the subgraph', async () => {
    const answers: Answer[] = [];
    await withoutFacilityTable(async () => {
      answers.push(await topology.query(FACILITIES, {}, { headers: { 'x-request-id': 'error-logging-1' } }));
      // An id that is not short and plain is replaced by one of the gateway's own.
      answers.push(await topology.query(FACILITIES, {}, { headers: { 'x-request-id': 'not a sane id; rm -rf' } }));
      answers.push(await topology.query(FACILITIES));
    });
    expect(answers[0].headers.get('x-request-id')).toBe('error-logging-1');
    expect(answers[1].headers.get('x-request-id')).toMatch(UUID);
    expect(answers[2].headers.get('x-request-id')).toMatch(UUID);

    for (const answer of answers) {
      const requestId = answer.headers.get('x-request-id')!;
      expect(answer.errors).toEqual([
        { message: 'Internal server error', path: ['facilities'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      ]);
      // Log lines travel through a pipe: wait for them, then for any that should not come.
      await eventually(() => errorLines(topology.gateway, requestId).length > 0);
      await eventually(() => errorLines(topology.subgraphs.suppliers, requestId).length > 0);
      const [atGateway, ...moreAtGateway] = errorLines(topology.gateway, requestId);
      expect(moreAtGateway).toEqual([]);
      expect(atGateway).toMatchObject({
        service: 'gateway',
        operationName: 'ErrorLoggingFacilities',
        path: 'facilities',
        subgraph: 'suppliers',
      });
      // The subgraph, where it happened, logged it once too, with the error's stack.
      const [atSubgraph, ...moreAtSubgraph] = errorLines(topology.subgraphs.suppliers, requestId);
      expect(moreAtSubgraph).toEqual([]);
      expect(atSubgraph).toMatchObject({ service: 'suppliers', path: 'facilities' });
      expect((atSubgraph.err as { stack: string }).stack).toMatch(/facility/);
      expect((atSubgraph.err as { stack: string }).stack).toMatch(/\n\s+at /);
    }
    expect((await topology.query(FACILITIES)).errors).toBeUndefined();
  });

  it('logs a 5xx answered outside GraphQL once, with its request id', async () => {
    const suppliers = topology.subgraphs.suppliers;
    // A genuine request that arrives a minute late: refused as late (504), which is a 5xx.
    const late = signedGraphQLRequest(
      { ...PUBLIC_PRINCIPAL, subject: 'gateway' },
      topology.env.PRINCIPAL_SIGNING_SECRET,
      'suppliers',
      { query: '{ facilities(first: 1) { totalCount } }' },
      { now: Date.now() - 60_000 },
    );
    const response = await fetch(suppliers.url, {
      ...late,
      headers: { ...late.headers, 'x-request-id': 'error-logging-late' },
    });
    expect(response.status).toBe(504);
    expect(response.headers.get('x-request-id')).toBe('error-logging-late');
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'DEADLINE_EXCEEDED' } }] });
    await eventually(() => errorLines(suppliers, 'error-logging-late').length > 0);
    expect(errorLines(suppliers, 'error-logging-late')).toEqual([expect.objectContaining({ status: 504 })]);
  });
});

describe('/metrics', () => {
  const scrape = (service: ServiceProcess, token?: string) =>
    fetch(`${service.origin}/metrics`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('answers only the bearer of METRICS_TOKEN', async () => {
    expect((await scrape(topology.gateway)).status).toBe(401);
    expect((await scrape(topology.gateway, 'not-the-metrics-token-at-all')).status).toBe(401);
    const gateway = await (await scrape(topology.gateway, METRICS_TOKEN)).text();
    expect(gateway).toMatch(/^lcg_gateway_errors_total\{code="INTERNAL_SERVER_ERROR"\} [1-9]/m);
    expect(gateway).toMatch(
      /^lcg_gateway_subgraph_fetch_duration_seconds_count\{subgraph="suppliers",outcome="ok"\} [1-9]/m,
    );
    expect(gateway).toMatch(/^lcg_gateway_requests_in_flight \d+/m);
    expect(gateway).toMatch(/^lcg_gateway_admission_refusals_total 0/m);
    expect(gateway).toMatch(/^# TYPE lcg_cache_reads_total counter/m);
    const suppliers = await (await scrape(topology.subgraphs.suppliers, METRICS_TOKEN)).text();
    expect(suppliers).toMatch(/^lcg_suppliers_db_pool_connections\{state="used"\} \d+/m);
    expect(suppliers).toMatch(/^lcg_suppliers_db_pool_connections\{state="pending"\} \d+/m);
  });

  it('is not served in production without a token, and the service says so when it starts', async () => {
    const agreements = topology.subgraphs.agreements;
    expect((await scrape(agreements)).status).toBe(404);
    expect(agreements.lines).toContainEqual(
      expect.objectContaining({ level: 40, msg: 'METRICS_TOKEN is not set: /metrics is not served in production' }),
    );
  });
});
