import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__';
import { addInspection, newFacilityId } from './fixtures';
import { ensureRegistered } from '../support/registry';
import { dataOf, startTestStack, type TestStack } from '../support/stack';

/**
 * A facility's grade is the same formula for everyone over the inspections each caller may see,
 * and says which those are; its public grade is the same whoever asks. Here a published social
 * audit is public (one open MINOR finding) and a labour inspection is not (one open
 * ZERO_TOLERANCE finding), so the public and the inspectorate get different grades — and can see why.
 */
const NOW = new Date('2026-05-04T10:00:00Z');
const FACILITY = newFacilityId('BD');

const COMPLIANCE = graphql(`
  query ComplianceBasisOfFacility($id: ID!) {
    facility(id: $id) {
      compliance {
        ...ComplianceWithBasis
      }
      publicCompliance {
        ...ComplianceWithBasis
      }
    }
  }
  fragment ComplianceWithBasis on FacilityCompliance {
    score
    grade
    basis {
      inspections
      from
      to
      publicInspections
      nonPublicInspections
      byKind {
        kind
        inspections
      }
    }
  }
`);

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ now: NOW });
  await ensureRegistered(stack, FACILITY);
  const inspections = stack.em('inspections');
  addInspection(inspections, {
    id: 'insp-basis-audit',
    facilityId: FACILITY,
    kind: 'SOCIAL_AUDIT',
    endedOn: '2026-01-10',
    disclosure: 'PUBLIC',
    findings: [{ severity: 'MINOR', status: 'OPEN' }],
  });
  addInspection(inspections, {
    id: 'insp-basis-inspectorate',
    facilityId: FACILITY,
    kind: 'LABOUR_INSPECTORATE',
    conductedById: 'org-basis-inspectorate',
    endedOn: '2026-03-10',
    disclosure: 'PRIVATE',
    findings: [{ severity: 'ZERO_TOLERANCE', status: 'OPEN', area: 'FORCED_LABOUR' }],
  });
  await inspections.flush();
});
afterAll(() => stack?.stop());

const PUBLIC_GRADE = {
  // 100 − 5 = 95 → A
  score: 95,
  grade: 'A',
  basis: {
    inspections: 1,
    from: '2026-01-10',
    to: '2026-01-10',
    publicInspections: 1,
    nonPublicInspections: 0,
    byKind: [{ kind: 'SOCIAL_AUDIT', inspections: 1 }],
  },
};

describe('a facility’s compliance', () => {
  it('is computed over what the caller may see, and names the inspections it counts', async () => {
    const publicView = dataOf(await stack.query(COMPLIANCE, { id: FACILITY })).facility!;
    expect(publicView.compliance).toEqual(PUBLIC_GRADE);

    const regulator = await stack.token({ role: 'REGULATOR', organizationId: 'org-basis-inspectorate', country: 'BD' });
    const inspectorate = dataOf(await stack.query(COMPLIANCE, { id: FACILITY }, { token: regulator })).facility!;
    // 100 − 5 − 40 = 55, capped at 40 by the open zero-tolerance finding → D
    expect(inspectorate.compliance).toEqual({
      score: 40,
      grade: 'D',
      basis: {
        inspections: 2,
        from: '2026-01-10',
        to: '2026-03-10',
        publicInspections: 1,
        nonPublicInspections: 1,
        byKind: [
          { kind: 'LABOUR_INSPECTORATE', inspections: 1 },
          { kind: 'SOCIAL_AUDIT', inspections: 1 },
        ],
      },
    });
  });

  it('has a public grade that is the same for every caller', async () => {
    const callers = [
      undefined,
      await stack.token({ role: 'REGULATOR', organizationId: 'org-basis-inspectorate', country: 'BD' }),
      await stack.token({ role: 'BRAND', organizationId: 'org-basis-brand' }),
      await stack.token({ role: 'ADMIN', subject: 'basis-admin' }),
    ];
    for (const token of callers) {
      const facility = dataOf(await stack.query(COMPLIANCE, { id: FACILITY }, { token })).facility!;
      expect(facility.publicCompliance).toEqual(PUBLIC_GRADE);
    }
  });
});
