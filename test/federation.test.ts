import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWorld } from '../demo/world';
import {
  BRAND_SUPPLIER_COMPLIANCE, FACILITY_ACROSS_SUBGRAPHS, FILE_GRIEVANCE, MY_GRIEVANCE, REGULATOR_DASHBOARD, UNION_GRIEVANCES,
} from '../bench/operations';
import { EXAMPLE_QUERY } from '../gateway/src/landing-page';
import { startTestStack, type TestStack } from './support/stack';

/**
 * The graph as a whole, on the seeded demo data: the canonical operations of DESIGN §6 answer
 * through the gateway, joining the four subgraphs, with no errors.
 */
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ seed: true, now: new Date('2026-11-24T09:00:00Z') });
});
afterAll(async () => {
  await stack?.stop();
});

describe('the canonical operations on the demo data', () => {
  it("runs GraphiQL's opening example as PUBLIC without errors", async () => {
    const response = await stack.query(EXAMPLE_QUERY);
    expect(response.errors).toBeUndefined();
    expect(response.data.facilities.totalCount).toBe(demoWorld().facilities.filter((facility) => facility.country === 'BD').length);
  });

  it('joins a facility across all four subgraphs: registry, ratifications, inspections, grievances', async () => {
    const facility = demoWorld().facilities.find((candidate) => candidate.country === 'BD' && candidate.status === 'ACTIVE')!;
    const response = await stack.query(FACILITY_ACROSS_SUBGRAPHS, { id: facility.id });
    expect(response.errors).toBeUndefined();
    const joined = response.data.facility;
    expect(joined).toMatchObject({ id: facility.id, name: facility.name, country: { code: 'BD', name: 'Bangladesh' } });
    expect(joined.country.ratifications.map((ratification: { convention: { code: string } }) => ratification.convention.code)).toContain('C087');
    expect(joined).toHaveProperty('latestInspection');
    expect(joined.grievanceSummary).toHaveProperty('open');
  });

  it("answers a brand's supplier compliance for its whole supply chain", async () => {
    const token = await stack.token({ role: 'BRAND', organizationId: 'org-atlas-outfitters' });
    const response = await stack.query(BRAND_SUPPLIER_COMPLIANCE, {}, { token });
    expect(response.errors).toBeUndefined();
    const supplyChain = response.data.viewer.organization.supplyChain;
    const expected = demoWorld().supplyChainLinks.filter((link) => link.buyerId === 'org-atlas-outfitters').length;
    expect(supplyChain.totalCount).toBe(expected);
    expect(supplyChain.edges.length).toBe(Math.min(50, expected));
    const scored = supplyChain.edges.filter((edge: any) => edge.node.facility.compliance?.score != null);
    expect(scored.length).toBeGreaterThan(0);
  });

  it('answers a union the status of the grievances it filed', async () => {
    const token = await stack.token({ role: 'UNION', organizationId: 'org-garment-workers-solidarity-federation' });
    const response = await stack.query(UNION_GRIEVANCES, {}, { token });
    expect(response.errors).toBeUndefined();
    expect(response.data.grievances.totalCount).toBeGreaterThan(0);
    for (const edge of response.data.grievances.edges) {
      expect(['RECEIVED', 'ACKNOWLEDGED', 'UNDER_REVIEW', 'INVESTIGATING']).toContain(edge.node.status);
    }
  });

  it("answers a regulator's non-compliance dashboard by country and area", async () => {
    const token = await stack.token({ role: 'REGULATOR', organizationId: 'org-bangladesh-labour-inspectorate', country: 'BD' });
    const response = await stack.query(REGULATOR_DASHBOARD, { from: '2022-01-01', to: '2026-11-24' }, { token });
    expect(response.errors).toBeUndefined();
    expect(response.data.complianceStats.length).toBeGreaterThan(0);
    for (const row of response.data.complianceStats) {
      expect(row.country.name).toBeTruthy();
      expect(row.nonComplianceRate).toBeGreaterThanOrEqual(0);
      expect(row.nonComplianceRate).toBeLessThanOrEqual(1);
    }
  });

  it('lets a worker without an account file a grievance and follow it with the code and secret', async () => {
    const facility = demoWorld().facilities.find((candidate) => candidate.country === 'KH' && candidate.status === 'ACTIVE')!;
    const input = {
      facility: { id: facility.id },
      areas: ['COMPENSATION'],
      summary: 'Overtime not paid for three months',
      description: 'Night shift workers on line 4 have not been paid overtime since August.',
      language: 'km-KH',
      channel: 'SMS',
    };
    const filed = await stack.query(FILE_GRIEVANCE, { input, key: randomUUID() });
    expect(filed.errors).toBeUndefined();
    const { trackingCode, secret } = filed.data.submitGrievance;
    expect(filed.data.submitGrievance.grievance.status).toBe('RECEIVED');
    const followed = await stack.query(MY_GRIEVANCE, { code: trackingCode, secret });
    expect(followed.errors).toBeUndefined();
    expect(followed.data.grievanceStatus.status).toBe('RECEIVED');
    expect(followed.data.grievanceStatus.nextDeadline).toBeTruthy();
  });
});
