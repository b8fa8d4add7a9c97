import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overrideConfig } from '../runtime/config';
import { startGateway } from '../gateway/src/server';
import { Grievance } from '../subgraphs/grievances/src/entities/grievance.entity';
import { Inspection } from '../subgraphs/inspections/src/entities/inspection.entity';
import { FILE_GRIEVANCE } from '../bench/operations';
import { graphql } from './__generated__';
import type {
  FacilityReferenceFilingMutation,
  SubmitGrievanceInput,
  SubmitInspectionInput,
} from './__generated__/graphql';
import { newFacilityId } from './inspections/fixtures';
import { ensureRegistered } from './support/registry';
import { dataOf, startTestStack, type GraphQLResponse, type TestStack } from './support/stack';

/**
 * Inspections and grievances name facilities of the registry, which another subgraph owns: the
 * gateway checks that a named facility exists before the mutation runs, so that bad input gets a
 * clear error and changes nothing.
 */
let stack: TestStack;
let auditor: string;
beforeAll(async () => {
  stack = await startTestStack({ now: new Date('2026-06-15T12:00:00Z') });
  auditor = await stack.token({ role: 'AUDITOR', organizationId: 'org-reference-audits' });
});
afterAll(async () => {
  await stack?.stop();
});

const SUBMIT_INSPECTION = graphql(`
  mutation SubmitInspectionOfFacility($input: SubmitInspectionInput!, $key: String!) {
    submitInspection(input: $input, idempotencyKey: $key) {
      inspection {
        id
      }
    }
  }
`);
const FILE = graphql(FILE_GRIEVANCE);
const FILE_CHECKED = graphql(`
  mutation FacilityReferenceFiling($input: SubmitGrievanceInput!, $key: String!) {
    submitGrievance(input: $input, idempotencyKey: $key) {
      grievance {
        id
        facilityVerified
      }
    }
  }
`);
const HANDLER_VIEW = graphql(`
  query FacilityReferenceHandlerView($id: ID!) {
    grievance(id: $id) {
      facilityVerified
      timeline {
        kind
        note
      }
    }
  }
`);

/** The labour inspectorate of Bangladesh, which handles an anonymous worker's case there. */
const inspectorate = () =>
  stack.token({ role: 'REGULATOR', organizationId: 'org-reference-inspectorate', country: 'BD' });

/** Files a grievance through `gateway` (the stack's by default) and returns the case as its handler reads it. */
async function fileAndRead(facilityId: string, gateway?: string) {
  const variables = { input: grievance(facilityId), key: randomUUID() };
  type Filed = GraphQLResponse<FacilityReferenceFilingMutation>;
  let filed: Filed;
  if (gateway) {
    const body = JSON.stringify({ query: FILE_CHECKED.toString(), variables });
    const response = await fetch(gateway, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    filed = (await response.json()) as Filed;
  } else {
    filed = await stack.query(FILE_CHECKED, variables);
  }
  const filing = filed.data?.submitGrievance?.grievance;
  if (!filing) throw new Error(`filing failed: ${JSON.stringify(filed.errors)}`);
  const read = await stack.query(HANDLER_VIEW, { id: filing.id }, { token: await inspectorate() });
  return { filedAs: filing.facilityVerified, handler: dataOf(read).grievance! };
}

const inspection = (facilityId: string): SubmitInspectionInput => ({
  facilityId,
  kind: 'SOCIAL_AUDIT',
  startedOn: '2026-06-10',
  endedOn: '2026-06-11',
  announced: true,
  workersInterviewed: 5,
  disclosure: 'PRIVATE',
  findings: [{ area: 'WORKING_TIME', compliancePoint: 'Overtime', severity: 'MINOR', description: 'Long weeks' }],
});
const grievance = (facilityId: string): SubmitGrievanceInput => ({
  facility: { id: facilityId },
  areas: ['COMPENSATION'],
  summary: 'Unpaid wages',
  description: 'Wages for October were not paid.',
  language: 'en',
  channel: 'WEB',
});

describe('facilities named in mutations must exist in the registry', () => {
  it('refuses an inspection of a well-formed but unknown facility, writing nothing', async () => {
    const unknown = newFacilityId('VN');
    const response = await stack.query(
      SUBMIT_INSPECTION,
      { input: inspection(unknown), key: randomUUID() },
      { token: auditor },
    );
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: 'input.facilityId', message: `facility ${unknown} is not in the registry` }],
    });
    expect(await stack.em('inspections').count(Inspection)).toBe(0);
  });

  it('accepts the same inspection once the facility is registered', async () => {
    const registered = newFacilityId('VN');
    await ensureRegistered(stack, registered);
    const response = await stack.query(
      SUBMIT_INSPECTION,
      { input: inspection(registered), key: randomUUID() },
      { token: auditor },
    );
    expect(dataOf(response).submitInspection!.inspection?.id).toBeTruthy();
  });

  it('refuses a grievance about an unknown facility id, writing nothing', async () => {
    const unknown = newFacilityId('BD');
    const response = await stack.query(FILE, { input: grievance(unknown), key: randomUUID() });
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: 'input.facility.id' }],
    });
    expect(await stack.em('grievances').count(Grievance)).toBe(0);
  });

  it('records a grievance about a facility the registry confirmed as verified', async () => {
    const registered = newFacilityId('BD');
    await ensureRegistered(stack, registered);
    const { filedAs, handler } = await fileAndRead(registered);
    expect(filedAs).toBe(true);
    expect(handler.facilityVerified).toBe(true);
    expect(handler.timeline.map((event) => event.kind)).not.toContain('FACILITY_UNVERIFIED');
  });

  it('never loses a worker’s grievance to a registry outage: with the registry down the filing goes through', async () => {
    const facility = newFacilityId('BD');
    await stack.subgraphs.suppliers.stop();
    const response = await stack.query(FILE, { input: grievance(facility), key: randomUUID() });
    expect(dataOf(response).submitGrievance!.trackingCode).toMatch(/^GRV-/);
  });

  it('flags that grievance for its handler, and refuses an inspection while the registry is down, writing nothing', async () => {
    const { filedAs, handler } = await fileAndRead(newFacilityId('BD'));
    expect(filedAs).toBe(false);
    expect(handler.facilityVerified).toBe(false);
    expect(handler.timeline).toContainEqual({
      kind: 'FACILITY_UNVERIFIED',
      note: expect.stringMatching(/registry could not answer at filing/),
    });

    const before = await stack.em('inspections').count(Inspection);
    const refused = await stack.query(
      SUBMIT_INSPECTION,
      { input: inspection(newFacilityId('VN')), key: randomUUID() },
      { token: auditor },
    );
    expect(refused.status).toBe(503);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 1 });
    expect(await stack.em('inspections').count(Inspection)).toBe(before);
  });
});

describe('a registry that cannot answer in time', () => {
  // A registry that accepts connections and never answers: the check waits SUPPLIERS_TIMEOUT_MS.
  const TIMEOUT_MS = 500;
  let silent: Server;
  let gateway: Awaited<ReturnType<typeof startGateway>>;
  beforeAll(async () => {
    silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const address = silent.address() as { port: number };
    overrideConfig({ SUPPLIERS_TIMEOUT_MS: TIMEOUT_MS });
    const subgraphUrls = Object.fromEntries(
      Object.entries(stack.subgraphs).map(([name, running]) => [name, running.url]),
    );
    gateway = await startGateway({
      port: 0,
      subgraphUrls: { ...subgraphUrls, suppliers: `http://127.0.0.1:${address.port}/graphql` },
    });
  });
  afterAll(async () => {
    await gateway?.stop();
    silent?.closeAllConnections();
    silent?.close();
  });

  it('refuses an inspection once the suppliers timeout has passed, and lets a grievance through unverified', async () => {
    const started = performance.now();
    const refused = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${auditor}` },
      body: JSON.stringify({
        query: SUBMIT_INSPECTION.toString(),
        variables: { input: inspection(newFacilityId('VN')), key: randomUUID() },
      }),
    });
    // The setting, not a fixed 3 s, bounds the wait (generous slack for a busy machine).
    expect(performance.now() - started).toBeLessThan(TIMEOUT_MS + 2_500);
    expect(refused.status).toBe(503);
    expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      'SERVICE_UNAVAILABLE',
    );

    const { filedAs } = await fileAndRead(newFacilityId('BD'), gateway.url);
    expect(filedAs).toBe(false);
  });
});
