import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newFacilityId } from '../inspections/fixtures';
import { addFacility, addOrganization } from '../support/registry';
import { eventually, startTopology, type Answer, type Topology } from '../support/processes';

/**
 * A subgraph that stalls (SIGSTOP) or dies (SIGKILL) in the production topology — one process per
 * service — costs the client only that subgraph's fields: the others are answered, the missing
 * paths carry SUBGRAPH_UNAVAILABLE naming the subgraph, and the answer comes within the subgraph's
 * timeout (at once when it is dead), never as an internal error. When it resumes, all is answered.
 */
const FACILITY = newFacilityId('VN');
const STALL_TIMEOUT_MS = 1_500;

const ROOT_FIELDS = `query FaultsRootFields { countries(first: 1) { totalCount } facilities(first: 1) { totalCount } }`;
const FACILITY_VIEW = `query FaultsFacility($id: ID!) {
  facility(id: $id) { id name country { code name } compliance { score } }
}`;

type RootFields = { countries: { totalCount: number } | null; facilities: { totalCount: number } | null };
type FacilityView = {
  facility: {
    id: string;
    name: string;
    country: { code: string; name: string } | null;
    compliance: { score: number | null } | null;
  } | null;
};

const unavailable = (answer: Answer, subgraph: string) =>
  answer.errors?.filter(
    (error) => error.extensions?.code === 'SUBGRAPH_UNAVAILABLE' && error.extensions.subgraph === subgraph,
  ) ?? [];

let topology: Topology;
beforeAll(async () => {
  topology = await startTopology({
    env: {
      // The stalled subgraph's own timeout; the killed one waits far longer, so a fast answer is not a timeout.
      AGREEMENTS_TIMEOUT_MS: String(STALL_TIMEOUT_MS),
      INSPECTIONS_TIMEOUT_MS: '60000',
      REQUEST_TIMEOUT_MS: '90000',
    },
  });
  await topology.database('suppliers', async (em) => {
    addOrganization(em, 'org-faults-supplier', 'SUPPLIER', 'VN');
    addFacility(em, FACILITY, 'org-faults-supplier');
  });
});
afterAll(async () => {
  await topology?.stop();
});

describe('a stalled subgraph (SIGSTOP)', () => {
  it('costs only its fields, with SUBGRAPH_UNAVAILABLE within its timeout, and recovers after SIGCONT', async () => {
    const whole = await topology.query<RootFields>(ROOT_FIELDS);
    expect(whole.errors).toBeUndefined();

    topology.subgraphs.agreements.signal('SIGSTOP');
    try {
      const started = Date.now();
      // Several at once: none waits for another, and none for more than the timeout.
      const answers = await Promise.all([
        topology.query<RootFields>(ROOT_FIELDS),
        topology.query<FacilityView>(FACILITY_VIEW, { id: FACILITY }),
        topology.query<RootFields>(ROOT_FIELDS),
      ]);
      // The timeout, and generous slack for a busy machine: not the 15 s of a request without one.
      expect(Date.now() - started).toBeLessThan(STALL_TIMEOUT_MS + 6_000);
      const [roots, facility] = answers;
      expect(roots.status).toBe(200);
      expect(roots.data).toEqual({ countries: null, facilities: { totalCount: 1 } });
      expect(unavailable(roots, 'agreements')).toEqual([expect.objectContaining({ path: ['countries'] })]);
      expect(facility.data?.facility).toMatchObject({ id: FACILITY, name: `Facility ${FACILITY}` });
      expect(facility.data?.facility?.country?.name ?? null).toBeNull();
      expect(unavailable(facility, 'agreements')[0]?.path?.[0]).toBe('facility');
      for (const answer of answers) {
        expect(answer.errors?.map((error) => error.extensions?.code)).not.toContain('INTERNAL_SERVER_ERROR');
      }
    } finally {
      topology.subgraphs.agreements.signal('SIGCONT');
    }

    await eventually(async () => (await topology.query(ROOT_FIELDS)).errors === undefined, 20_000);
    const recovered = await topology.query<FacilityView>(FACILITY_VIEW, { id: FACILITY });
    expect(recovered.errors).toBeUndefined();
    expect(recovered.data?.facility?.country?.code).toBe('VN');
    // The outage was logged when it began and when it ended, not at every fetch.
    const outage = topology.gateway.lines.filter((line) => line.subgraph === 'agreements' && line.level >= 30);
    expect(outage.map((line) => line.msg)).toEqual([
      'the agreements subgraph is not answering; its fields are answered as null',
      'the agreements subgraph is answering again',
    ]);
  });
});

describe('a killed subgraph (SIGKILL)', () => {
  it('costs only its fields, answered at once rather than after its timeout', async () => {
    const before = await topology.query<FacilityView>(FACILITY_VIEW, { id: FACILITY });
    expect(before.errors).toBeUndefined();

    topology.subgraphs.inspections.signal('SIGKILL');
    await topology.subgraphs.inspections.exited;
    const started = Date.now();
    const after = await topology.query<FacilityView>(FACILITY_VIEW, { id: FACILITY });
    // Its timeout is 60 s: a refused connection is reported without waiting for it.
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(after.status).toBe(200);
    expect(after.data?.facility).toMatchObject({ id: FACILITY, country: { code: 'VN', name: 'Viet Nam' } });
    expect(after.data?.facility?.compliance ?? null).toBeNull();
    expect(after.errors).toEqual([
      expect.objectContaining({
        path: ['facility'],
        extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'inspections' }),
      }),
    ]);

    // The gateway stays alive (/health) and says it cannot serve everything (/ready).
    expect((await fetch(`${topology.gateway.origin}/health`)).status).toBe(200);
    const ready = await fetch(`${topology.gateway.origin}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ subgraphs: { inspections: 'unavailable', suppliers: 'ready' } });
  });
});
