import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILE_GRIEVANCE } from '../bench/operations';
import { graphql } from './__generated__';
import { IN_FORCE, agreementIn, bilateral, mutate } from './agreements/support';
import { addInspection, newFacilityId } from './inspections/fixtures';
import { ensureRegistered } from './support/registry';
import { dataOf, startTestStack, type TestStack } from './support/stack';

/**
 * A regulator sees another country's inspection findings only where an IN_FORCE agreement between
 * the two countries has a sharing clause for that data category — and loses that access as soon as
 * the agreement stops being in force.
 */
let stack: TestStack;
let admin: string;
let netherlandsInspectorate: string;
let bangladeshInspectorate: string;
const bangladeshFacility = newFacilityId('BD');
const inspectionId = 'insp-cross-border-bd';

beforeAll(async () => {
  stack = await startTestStack({ now: new Date('2026-06-01T09:00:00Z') });
  admin = await stack.token({ role: 'ADMIN', subject: 'admin-1' });
  netherlandsInspectorate = await stack.token({
    role: 'REGULATOR',
    organizationId: 'org-netherlands-labour-authority',
    country: 'NL',
    subject: 'nl-inspector',
  });
  bangladeshInspectorate = await stack.token({
    role: 'REGULATOR',
    organizationId: 'org-bangladesh-labour-inspectorate',
    country: 'BD',
    subject: 'bd-inspector',
  });
  const em = stack.em('inspections');
  addInspection(em, {
    id: inspectionId,
    facilityId: bangladeshFacility,
    conductedById: 'org-bangladesh-labour-inspectorate',
    kind: 'LABOUR_INSPECTORATE',
    disclosure: 'PRIVATE',
    findings: [
      { area: 'OCCUPATIONAL_SAFETY_AND_HEALTH', severity: 'ZERO_TOLERANCE', evidence: 'Photographs of locked exits' },
    ],
  });
  await em.flush();
});
afterAll(async () => {
  await stack?.stop();
});

const READ = graphql(`
  query CrossBorderInspection($id: ID!) {
    inspection(id: $id) {
      id
      findings(first: 5) {
        severity
        evidence
      }
    }
  }
`);
const readAs = (token: string) => stack.query(READ, { id: inspectionId }, { token });

const FILE = graphql(FILE_GRIEVANCE);
const CASES = graphql(`
  query CrossBorderCases {
    grievances(first: 50) {
      edges {
        node {
          areas
          summary
          complainantIdentity
        }
      }
    }
  }
`);
const SHARING_AGREEMENTS = graphql(`
  query CrossBorderAgreements {
    agreements(first: 20, filter: { countries: ["BD", "NL"], status: [IN_FORCE] }) {
      edges {
        node {
          id
          sharingClauses {
            category
          }
        }
      }
    }
  }
`);

describe('cross-border sharing of inspection findings', () => {
  it('keeps a foreign inspection from a regulator without an agreement', async () => {
    expect((await readAs(netherlandsInspectorate)).data?.inspection).toBeNull();
    expect((await readAs(bangladeshInspectorate)).data?.inspection?.id).toBe(inspectionId);
  });

  it('does not open inspections to a regulator whose agreement shares only another category', async () => {
    await agreementIn(stack, admin, bilateral('BD', 'NL', ['GRIEVANCE_CASES'], 'BD–NL grievance referral'), IN_FORCE);
    expect((await readAs(netherlandsInspectorate)).data?.inspection).toBeNull();
  });

  it('shows the findings, but not the evidence, once an IN_FORCE agreement shares INSPECTION_FINDINGS', async () => {
    const agreement = await agreementIn(stack, admin, bilateral('BD', 'NL', ['INSPECTION_FINDINGS']), IN_FORCE);
    const shared = await readAs(netherlandsInspectorate);
    expect(shared.data?.inspection).toEqual({
      id: inspectionId,
      findings: [{ severity: 'ZERO_TOLERANCE', evidence: null }],
    });
    expect(shared.errors?.map((error) => [error.extensions?.code, error.path?.at(-1)])).toEqual([
      ['FORBIDDEN', 'evidence'],
    ]);

    // Suspending the agreement takes the access away at once: the agreements subgraph invalidates
    // the gateway's cached grants for both countries.
    const suspended = await mutate(stack, admin, 'changeAgreementStatus', {
      agreementId: agreement.id,
      status: 'SUSPENDED',
      on: '2026-05-01',
    });
    expect(suspended.payload.userErrors).toEqual([]);
    expect((await readAs(netherlandsInspectorate)).data?.inspection).toBeNull();

    const resumed = await mutate(stack, admin, 'changeAgreementStatus', {
      agreementId: agreement.id,
      status: 'IN_FORCE',
      on: '2026-05-20',
    });
    expect(resumed.payload.userErrors).toEqual([]);
    expect((await readAs(netherlandsInspectorate)).data?.inspection?.id).toBe(inspectionId);
  });

  it('never extends cross-border access to other roles', async () => {
    const brand = await stack.token({ role: 'BRAND', organizationId: 'org-van-dijk-denim', country: 'NL' });
    expect((await readAs(brand)).data?.inspection).toBeNull();
  });
});

describe('cross-border sharing of grievance cases', () => {
  it('shows a foreign grievance case to a regulator only while GRIEVANCE_CASES are shared, never its complainant nor their words', async () => {
    const facility = newFacilityId('BD');
    await ensureRegistered(stack, facility);
    const filed = await stack.query(FILE, {
      input: {
        facility: { id: facility },
        areas: ['FREEDOM_OF_ASSOCIATION'],
        summary: 'Union organisers dismissed',
        description: 'Three organisers were dismissed after the union registered.',
        language: 'bn',
        channel: 'HOTLINE',
        complainantIdentity: 'Organiser R.',
      },
      key: randomUUID(),
    });
    expect(dataOf(filed).submitGrievance!.trackingCode).toMatch(/^GRV-/);
    // The only case of this stack; a regulator abroad reads neither its tracking code nor its text.
    const readCase = async () =>
      (await stack.query(CASES, {}, { token: netherlandsInspectorate })).data?.grievances!.edges.map(
        (edge) => edge.node,
      )[0];

    const sharing = await agreementIn(
      stack,
      admin,
      bilateral('BD', 'NL', ['GRIEVANCE_CASES'], 'BD–NL complaint referral'),
      IN_FORCE,
    );
    expect(await readCase()).toEqual({
      areas: ['FREEDOM_OF_ASSOCIATION'],
      summary: null,
      complainantIdentity: null,
    });

    const ended = await mutate(stack, admin, 'changeAgreementStatus', {
      agreementId: sharing.id,
      status: 'TERMINATED',
      on: '2026-05-30',
    });
    expect(ended.payload.userErrors).toEqual([]);
    // The earlier BD–NL referral agreement of this file still shares grievance cases: terminate it too.
    const listed = dataOf(await stack.query(SHARING_AGREEMENTS, {}, { token: admin }));
    for (const { node } of listed.agreements!.edges) {
      if (node.sharingClauses!.some((clause) => clause.category === 'GRIEVANCE_CASES')) {
        await mutate(stack, admin, 'changeAgreementStatus', {
          agreementId: node.id,
          status: 'TERMINATED',
          on: '2026-05-30',
        });
      }
    }
    expect(await readCase()).toBeUndefined();
  });
});
