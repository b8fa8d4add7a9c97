import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWorld } from '../demo/world';
import {
  BRAND_SUPPLIER_COMPLIANCE,
  FACILITY_ACROSS_SUBGRAPHS,
  FILE_GRIEVANCE,
  MY_GRIEVANCE,
  REGULATOR_DASHBOARD,
  UNION_GRIEVANCES,
} from '../bench/operations';
import { EXAMPLE_QUERY } from '../gateway/src/landing-page';
import { graphql } from './__generated__';
import { dataOf, startTestStack, type TestStack } from './support/stack';

/**
 * The graph as a whole, on the seeded demo data: the canonical operations — what brands, unions,
 * regulators and complainants ask most — answer through the gateway, joining the four subgraphs,
 * with no errors.
 */
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ seed: true, now: new Date('2026-11-24T09:00:00Z') });
});
afterAll(async () => {
  await stack?.stop();
});

// The benchmarks' operations themselves, typed (codegen reads bench/operations.ts too).
const facilityAcrossSubgraphs = graphql(FACILITY_ACROSS_SUBGRAPHS);
const brandSupplierCompliance = graphql(BRAND_SUPPLIER_COMPLIANCE);
const unionGrievances = graphql(UNION_GRIEVANCES);
const regulatorDashboard = graphql(REGULATOR_DASHBOARD);
const fileGrievance = graphql(FILE_GRIEVANCE);
const myGrievance = graphql(MY_GRIEVANCE);

describe('the canonical operations on the demo data', () => {
  it("runs GraphiQL's opening example as PUBLIC without errors", async () => {
    // GraphiQL's example carries comments for its reader, so it stays a plain string here.
    const { facilities } = dataOf(await stack.query<{ facilities: { totalCount: number } }>(EXAMPLE_QUERY));
    expect(facilities.totalCount).toBe(demoWorld().facilities.filter((facility) => facility.country === 'BD').length);
  });

  it('joins a facility across all four subgraphs: registry, ratifications, inspections, grievances', async () => {
    const facility = demoWorld().facilities.find(
      (candidate) => candidate.country === 'BD' && candidate.status === 'ACTIVE',
    )!;
    const joined = dataOf(await stack.query(facilityAcrossSubgraphs, { id: facility.id })).facility;
    expect(joined).toMatchObject({ id: facility.id, name: facility.name, country: { code: 'BD', name: 'Bangladesh' } });
    expect(joined?.country!.ratifications!.map((ratification) => ratification.convention.code)).toContain('C087');
    expect(joined).toHaveProperty('latestInspection');
    expect(joined?.grievanceSummary).toHaveProperty('open');
  });

  it("answers a brand's supplier compliance for its whole supply chain", async () => {
    const token = await stack.token({ role: 'BRAND', organizationId: 'org-atlas-outfitters' });
    const supplyChain = dataOf(await stack.query(brandSupplierCompliance, {}, { token })).viewer!.organization
      ?.supplyChain;
    const expected = demoWorld().supplyChainLinks.filter((link) => link.buyerId === 'org-atlas-outfitters').length;
    expect(supplyChain?.totalCount).toBe(expected);
    expect(supplyChain?.edges.length).toBe(Math.min(50, expected));
    const scored = supplyChain?.edges.filter((edge) => edge.node.facility.compliance?.score != null) ?? [];
    expect(scored.length).toBeGreaterThan(0);
  });

  it('answers a union the status of the grievances it filed', async () => {
    const token = await stack.token({ role: 'UNION', organizationId: 'org-garment-workers-solidarity-federation' });
    const { grievances } = dataOf(await stack.query(unionGrievances, {}, { token }));
    expect(grievances!.totalCount).toBeGreaterThan(0);
    for (const edge of grievances!.edges) {
      expect(['RECEIVED', 'ACKNOWLEDGED', 'UNDER_REVIEW', 'INVESTIGATING']).toContain(edge.node.status);
    }
  });

  it("answers a regulator's non-compliance dashboard by country and area", async () => {
    const token = await stack.token({
      role: 'REGULATOR',
      organizationId: 'org-bangladesh-labour-inspectorate',
      country: 'BD',
    });
    const { complianceStats } = dataOf(
      await stack.query(regulatorDashboard, { from: '2022-01-01', to: '2026-11-24' }, { token }),
    );
    expect(complianceStats!.length).toBeGreaterThan(0);
    for (const row of complianceStats!) {
      expect(row.country?.name).toBeTruthy();
      expect(row.nonComplianceRate).toBeGreaterThanOrEqual(0);
      expect(row.nonComplianceRate).toBeLessThanOrEqual(1);
    }
  });

  it('lets a worker without an account file a grievance and follow it with the code and secret', async () => {
    const facility = demoWorld().facilities.find(
      (candidate) => candidate.country === 'KH' && candidate.status === 'ACTIVE',
    )!;
    const input = {
      facility: { id: facility.id },
      areas: ['COMPENSATION' as const],
      summary: 'Overtime not paid for three months',
      description: 'Night shift workers on line 4 have not been paid overtime since August.',
      language: 'km-KH',
      channel: 'SMS' as const,
    };
    const filed = dataOf(await stack.query(fileGrievance, { input, key: randomUUID() })).submitGrievance!;
    expect(filed.grievance?.status).toBe('RECEIVED');
    const followed = dataOf(
      await stack.query(myGrievance, { code: filed.trackingCode!, secret: filed.secret! }),
    ).grievanceStatus;
    expect(followed?.status).toBe('RECEIVED');
    expect(followed?.nextDeadline).toBeTruthy();
  });
});
