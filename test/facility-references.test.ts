import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Grievance } from '../subgraphs/grievances/src/entities/grievance.entity';
import { Inspection } from '../subgraphs/inspections/src/entities/inspection.entity';
import { FILE_GRIEVANCE } from '../bench/operations';
import { graphql } from './__generated__';
import type { SubmitGrievanceInput, SubmitInspectionInput } from './__generated__/graphql';
import { newFacilityId } from './inspections/fixtures';
import { ensureRegistered } from './support/registry';
import { dataOf, startTestStack, type TestStack } from './support/stack';

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
    expect(dataOf(response).submitInspection.inspection?.id).toBeTruthy();
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

  it('never loses a worker’s grievance to a registry outage: with the registry down the filing goes through', async () => {
    const facility = newFacilityId('BD');
    await stack.subgraphs.suppliers.stop();
    const response = await stack.query(FILE, { input: grievance(facility), key: randomUUID() });
    expect(dataOf(response).submitGrievance.trackingCode).toMatch(/^GRV-/);
  });
});
