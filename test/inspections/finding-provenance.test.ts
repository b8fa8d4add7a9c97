import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Confidence as FindingConfidence } from '../../subgraphs/inspections/src/__generated__/resolvers-types';
import { Confidence as RegistryConfidence } from '../../subgraphs/suppliers/src/__generated__/resolvers-types';
import { graphql } from '../__generated__';
import { dataOf, startTestStack, type TestStack } from '../support/stack';
import { addInspection, newFacilityId } from './fixtures';

/** A finding's provenance through the gateway: who recorded it, in which inspection, how sure the graph is. */

let stack: TestStack;
let regulator: string;
let supplier: string;
const facility = newFacilityId('BD');
const SUPPLIER = 'supplier-provenance';

beforeAll(async () => {
  stack = await startTestStack();
  const em = stack.em('inspections');
  addInspection(em, {
    id: 'insp-prov-inspectorate',
    facilityId: facility,
    ownerId: SUPPLIER,
    kind: 'LABOUR_INSPECTORATE',
    conductedById: 'org-dife-bd',
    findings: [{ severity: 'MAJOR' }, { severity: 'MINOR' }],
  });
  addInspection(em, {
    id: 'insp-prov-audit',
    facilityId: facility,
    ownerId: SUPPLIER,
    kind: 'SOCIAL_AUDIT',
    conductedById: 'org-audit-firm',
    endedOn: '2026-04-02',
    findings: [{ severity: 'MAJOR' }],
  });
  await em.flush();
  regulator = await stack.token({ role: 'REGULATOR', country: 'BD', subject: 'bd-inspector' });
  supplier = await stack.token({ role: 'SUPPLIER', organizationId: SUPPLIER, subject: 'supplier-manager' });
});
afterAll(async () => {
  await stack?.stop();
});

const PROVENANCE = graphql(`
  query InspectionFindingProvenance($id: ID!) {
    inspection(id: $id) {
      findings {
        id
        status
        provenance {
          confidence
          basis
          source {
            kind
            recordedOn
            conductedBy {
              id
            }
            inspection {
              id
            }
          }
        }
      }
    }
  }
`);
const DISPUTE = graphql(`
  mutation InspectionFindingProvenanceDispute($input: DisputeFindingInput!) {
    disputeFinding(input: $input) {
      finding {
        status
        provenance {
          confidence
          basis
        }
      }
      userErrors {
        code
        message
      }
    }
  }
`);

async function findingsOf(id: string, token = regulator) {
  const response = await stack.query(PROVENANCE, { id }, { token });
  expect(response.errors).toBeUndefined();
  return dataOf(response).inspection!.findings;
}

describe('Finding.provenance', () => {
  it('is VERIFIED for a finding a labour inspectorate recorded on site, and names the inspection', async () => {
    const [major] = await findingsOf('insp-prov-inspectorate');
    expect(major.provenance).toEqual({
      confidence: 'VERIFIED',
      basis: 'LABOUR_INSPECTORATE_ON_SITE',
      source: {
        kind: 'LABOUR_INSPECTORATE',
        recordedOn: '2026-03-10',
        conductedBy: { id: 'org-dife-bd' },
        inspection: { id: 'insp-prov-inspectorate' },
      },
    });
  });

  it('is REPORTED for a finding of a social audit', async () => {
    const [finding] = await findingsOf('insp-prov-audit', supplier);
    expect(finding.provenance).toMatchObject({
      confidence: 'REPORTED',
      basis: 'SOCIAL_AUDIT',
      source: { kind: 'SOCIAL_AUDIT', conductedBy: { id: 'org-audit-firm' } },
    });
  });

  it('is REPORTED while the facility’s owner disputes the finding, and only that finding', async () => {
    const [major] = await findingsOf('insp-prov-inspectorate');
    const response = await stack.query(
      DISPUTE,
      { input: { findingId: major.id, reason: 'The inspectors counted a contractor’s workers as ours.' } },
      { token: supplier },
    );
    expect(dataOf(response).disputeFinding).toEqual({
      finding: { status: 'DISPUTED', provenance: { confidence: 'REPORTED', basis: 'DISPUTED' } },
      userErrors: [],
    });
    const [disputed, other] = await findingsOf('insp-prov-inspectorate');
    expect(disputed.provenance).toMatchObject({ confidence: 'REPORTED', basis: 'DISPUTED' });
    expect(other.provenance).toMatchObject({ confidence: 'VERIFIED', basis: 'LABOUR_INSPECTORATE_ON_SITE' });
  });
});

describe('the Confidence enum', () => {
  it('has the same values in the registry and in the inspections subgraph', () => {
    // Composition would merge two output enums that drifted apart; clients must read one meaning.
    expect(Object.values(FindingConfidence)).toEqual(Object.values(RegistryConfidence));
  });
});
