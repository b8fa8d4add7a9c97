import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../runtime/audit';
import { graphql } from '../__generated__';
import type { SubmitInspectionInput } from '../__generated__/graphql';
import { dataOf, startTestStack, type TestStack } from '../support/stack';
import { addFacility, addOrganization, newFacilityId } from './fixtures';

/**
 * The life of an inspection through the gateway: an auditor submits and publishes, the supplier
 * plans and completes a corrective action, the auditor verifies it, and the brand sourcing from
 * the facility sees its compliance change at each step.
 */
const AUDITOR = 'org-flow-audits';
const SUPPLIER = 'org-flow-supplier';
const BRAND = 'org-flow-brand';
const TODAY = '2026-06-15';
const facilityId = newFacilityId('BD');

const SUBMIT = graphql(`
  mutation InspectionFlowSubmit($input: SubmitInspectionInput!, $key: String!) {
    submitInspection(input: $input, idempotencyKey: $key) {
      replayed
      userErrors {
        code
        message
      }
      inspection {
        id
        status
        disclosure
        country {
          code
        }
        conductedBy {
          id
        }
        findingsConnection(first: 10) {
          totalCount
          edges {
            node {
              id
              area
              severity
              status
            }
          }
        }
      }
    }
  }
`);
const COMPLIANCE = graphql(`
  query InspectionFlowCompliance($id: ID!) {
    facility(id: $id) {
      id
      compliance {
        score
        grade
        openFindings
        openFindingsBySeverity {
          major
          minor
        }
        nonComplianceByArea {
          area
          openFindings
        }
        lastInspected
        overdueCorrectiveActions
      }
    }
  }
`);
const PUBLISH = graphql(`
  mutation InspectionFlowPublish($id: ID!) {
    publishInspection(id: $id) {
      inspection {
        status
        publishedAt
      }
      userErrors {
        code
      }
    }
  }
`);
const STATUS = graphql(`
  query InspectionFlowStatus($id: ID!) {
    inspection(id: $id) {
      status
      publishedAt
    }
  }
`);
const ADD_ACTION = graphql(`
  mutation InspectionFlowAddAction($input: AddCorrectiveActionInput!, $key: String!) {
    addCorrectiveAction(input: $input, idempotencyKey: $key) {
      correctiveAction {
        id
        status
        version
        finding {
          status
        }
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const UPDATE_ACTION = graphql(`
  mutation InspectionFlowUpdateAction($input: UpdateCorrectiveActionInput!) {
    updateCorrectiveAction(input: $input) {
      correctiveAction {
        status
        version
        finding {
          status
        }
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const VERIFY_ACTION = graphql(`
  mutation InspectionFlowVerifyAction($input: VerifyCorrectiveActionInput!) {
    verifyCorrectiveAction(input: $input) {
      correctiveAction {
        status
        verifiedBy {
          id
        }
        verifiedOn
        verificationNote
        finding {
          status
        }
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const FINDINGS = graphql(`
  query InspectionFlowFindings($id: ID!) {
    inspection(id: $id) {
      findings(first: 5) {
        id
        severity
      }
    }
  }
`);
const DISPUTE = graphql(`
  mutation InspectionFlowDispute($input: DisputeFindingInput!) {
    disputeFinding(input: $input) {
      finding {
        status
        dispute {
          reason
          raisedBy {
            id
          }
        }
        inspection {
          status
        }
      }
      userErrors {
        code
      }
    }
  }
`);
const EVIDENCE = graphql(`
  query InspectionFlowEvidence($id: ID!) {
    inspection(id: $id) {
      findings(first: 1) {
        evidence
      }
    }
  }
`);

let stack: TestStack;
let tokens: Record<'auditor' | 'supplier' | 'brand' | 'otherSupplier' | 'regulator', string>;

const compliance = async () =>
  dataOf(await stack.query(COMPLIANCE, { id: facilityId }, { token: tokens.brand })).facility?.compliance;

beforeAll(async () => {
  stack = await startTestStack({ now: new Date(`${TODAY}T12:00:00Z`) });
  const suppliers = stack.em('suppliers');
  for (const [id, kind] of [
    [AUDITOR, 'AUDIT_FIRM'],
    [SUPPLIER, 'SUPPLIER'],
    [BRAND, 'BRAND'],
  ] as const)
    addOrganization(suppliers, id, kind);
  addFacility(suppliers, facilityId, SUPPLIER, [BRAND]);
  await suppliers.flush();
  tokens = {
    auditor: await stack.token({ role: 'AUDITOR', organizationId: AUDITOR }),
    supplier: await stack.token({ role: 'SUPPLIER', organizationId: SUPPLIER }),
    brand: await stack.token({ role: 'BRAND', organizationId: BRAND }),
    otherSupplier: await stack.token({ role: 'SUPPLIER', organizationId: 'org-someone-else' }),
    regulator: await stack.token({ role: 'REGULATOR', organizationId: 'org-flow-inspectorate-bd', country: 'BD' }),
  };
});
afterAll(() => stack?.stop());

describe('an inspection from submission to verified remediation', () => {
  let inspectionId: string;
  let majorFindingId: string;
  let actionId: string;

  it('records the auditor’s submission with its findings, unpublished', async () => {
    const input: SubmitInspectionInput = {
      facilityId,
      facilitySector: 'Apparel',
      kind: 'SOCIAL_AUDIT',
      startedOn: '2026-06-14',
      endedOn: TODAY,
      announced: false,
      workersInterviewed: 30,
      disclosure: 'SHARED_WITH_BUYERS',
      sharedWithBuyerIds: [BRAND],
      findings: [
        {
          area: 'OCCUPATIONAL_SAFETY_AND_HEALTH',
          conventions: ['C155'],
          compliancePoint: 'Emergency exits',
          severity: 'MAJOR',
          description: 'Exit padlocked',
          evidence: 'Photo P-17',
        },
        {
          area: 'WORKING_TIME',
          compliancePoint: 'Overtime',
          severity: 'MINOR',
          description: 'Long weeks in peak season',
        },
      ],
    };
    const response = await stack.query(SUBMIT, { input, key: 'flow-submission-0001' }, { token: tokens.auditor });
    const { inspection, replayed, userErrors } = dataOf(response).submitInspection!;
    expect({ replayed, userErrors }).toEqual({ replayed: false, userErrors: [] });
    expect(inspection).toMatchObject({
      status: 'SUBMITTED',
      disclosure: 'SHARED_WITH_BUYERS',
      country: { code: 'BD' },
      conductedBy: { id: AUDITOR },
    });
    if (!inspection) throw new Error('the submission answered no inspection');
    expect(
      inspection.findingsConnection.edges.map((edge) => [edge.node.area, edge.node.severity, edge.node.status]),
    ).toEqual([
      ['OCCUPATIONAL_SAFETY_AND_HEALTH', 'MAJOR', 'OPEN'],
      ['WORKING_TIME', 'MINOR', 'OPEN'],
    ]);
    inspectionId = inspection.id;
    majorFindingId = inspection.findingsConnection.edges[0].node.id;
  });

  it('leaves publishing to the audit firm: the regulator reads the report but gets FORBIDDEN, and nothing changes', async () => {
    const refused = await stack.query(PUBLISH, { id: inspectionId }, { token: tokens.regulator });
    expect(refused.data?.publishInspection ?? null).toBeNull();
    expect(refused.errors?.map((error) => [error.extensions?.code, error.path])).toEqual([
      ['FORBIDDEN', ['publishInspection']],
    ]);
    const read = await stack.query(STATUS, { id: inspectionId }, { token: tokens.regulator });
    expect(dataOf(read).inspection).toEqual({ status: 'SUBMITTED', publishedAt: null });
  });

  it('keeps the report from the brand until the auditor publishes it', async () => {
    expect(await compliance()).toMatchObject({ score: null, grade: null, openFindings: 0 });
    const published = await stack.query(PUBLISH, { id: inspectionId }, { token: tokens.auditor });
    expect(dataOf(published).publishInspection).toMatchObject({ inspection: { status: 'PUBLISHED' }, userErrors: [] });
    // 100 − 15 (MAJOR, open, inspected today) − 5 (MINOR, open) = 80 → B
    expect(await compliance()).toEqual({
      score: 80,
      grade: 'B',
      openFindings: 2,
      openFindingsBySeverity: { major: 1, minor: 1 },
      nonComplianceByArea: [
        { area: 'OCCUPATIONAL_SAFETY_AND_HEALTH', openFindings: 1 },
        { area: 'WORKING_TIME', openFindings: 1 },
      ],
      lastInspected: TODAY,
      overdueCorrectiveActions: 0,
    });
  });

  it('lets only the owning supplier plan a corrective action', async () => {
    const input = {
      findingId: majorFindingId,
      action: 'Remove padlocks and train guards',
      rootCause: 'Theft worries',
      owner: 'Factory manager',
      dueOn: '2026-07-15',
    };
    const stranger = await stack.query(
      ADD_ACTION,
      { input, key: 'flow-action-stranger' },
      { token: tokens.otherSupplier },
    );
    expect(dataOf(stranger).addCorrectiveAction).toMatchObject({
      correctiveAction: null,
      userErrors: [{ code: 'NOT_FOUND' }],
    });
    const byBrand = await stack.query(ADD_ACTION, { input, key: 'flow-action-brand-01' }, { token: tokens.brand });
    expect(byBrand.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const response = await stack.query(ADD_ACTION, { input, key: 'flow-action-0001' }, { token: tokens.supplier });
    const { addCorrectiveAction } = dataOf(response);
    expect(addCorrectiveAction).toMatchObject({
      correctiveAction: { status: 'PLANNED', version: 1, finding: { status: 'OPEN' } },
      userErrors: [],
    });
    actionId = addCorrectiveAction!.correctiveAction!.id;
  });

  it('moves the finding to REMEDIATED when the supplier reports the action completed', async () => {
    const stale = await stack.query(
      UPDATE_ACTION,
      { input: { id: actionId, expectedVersion: 7, status: 'COMPLETED' } },
      { token: tokens.supplier },
    );
    expect(dataOf(stale).updateCorrectiveAction!.userErrors).toMatchObject([{ code: 'CONFLICT' }]);
    const selfVerified = await stack.query(
      UPDATE_ACTION,
      { input: { id: actionId, status: 'VERIFIED' } },
      { token: tokens.supplier },
    );
    expect(selfVerified.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const response = await stack.query(
      UPDATE_ACTION,
      { input: { id: actionId, expectedVersion: 1, status: 'COMPLETED' } },
      { token: tokens.supplier },
    );
    expect(dataOf(response).updateCorrectiveAction).toMatchObject({
      correctiveAction: { status: 'COMPLETED', version: 2, finding: { status: 'REMEDIATED' } },
      userErrors: [],
    });
    // 100 − 15 × 0.2 (MAJOR, remediated, not yet verified) − 5 = 92 → A
    expect(await compliance()).toMatchObject({ score: 92, grade: 'A', openFindings: 1 });
  });

  it('lets the auditor verify, after which the brand sees the finding resolved', async () => {
    const bySupplier = await stack.query(
      VERIFY_ACTION,
      { input: { id: actionId, decision: 'VERIFIED' } },
      { token: tokens.supplier },
    );
    expect(bySupplier.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const response = await stack.query(
      VERIFY_ACTION,
      { input: { id: actionId, decision: 'VERIFIED', note: 'Exits open on follow-up visit' } },
      { token: tokens.auditor },
    );
    expect(dataOf(response).verifyCorrectiveAction).toEqual({
      correctiveAction: {
        status: 'VERIFIED',
        verifiedBy: { id: AUDITOR },
        verifiedOn: TODAY,
        verificationNote: 'Exits open on follow-up visit',
        finding: { status: 'VERIFIED' },
      },
      userErrors: [],
    });
    // 100 − 0 (verified) − 5 = 95 → A
    expect(await compliance()).toMatchObject({
      score: 95,
      grade: 'A',
      openFindings: 1,
      nonComplianceByArea: [{ area: 'WORKING_TIME', openFindings: 1 }],
    });
  });

  it('lets the supplier dispute the other finding, with a reason, and shows the dispute', async () => {
    const { inspection } = dataOf(await stack.query(FINDINGS, { id: inspectionId }, { token: tokens.supplier }));
    const minor = inspection?.findings.find((finding) => finding.severity === 'MINOR');
    if (!minor) throw new Error(`the supplier should see the MINOR finding: ${JSON.stringify(inspection)}`);
    const terse = await stack.query(
      DISPUTE,
      { input: { findingId: minor.id, reason: 'no' } },
      { token: tokens.supplier },
    );
    expect(terse.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: ['input', 'reason'] }],
    });
    const response = await stack.query(
      DISPUTE,
      { input: { findingId: minor.id, reason: 'The time records cover a contractor’s workers.' } },
      { token: tokens.supplier },
    );
    expect(dataOf(response).disputeFinding).toEqual({
      finding: {
        status: 'DISPUTED',
        dispute: { reason: 'The time records cover a contractor’s workers.', raisedBy: { id: SUPPLIER } },
        inspection: { status: 'DISPUTED' },
      },
      userErrors: [],
    });
    // A disputed finding still counts against the facility.
    expect(await compliance()).toMatchObject({ score: 95, openFindings: 1 });
  });

  it('shows evidence to the auditor but not to the supplier or the brand', async () => {
    const auditor = await stack.query(EVIDENCE, { id: inspectionId }, { token: tokens.auditor });
    expect(dataOf(auditor).inspection?.findings[0].evidence).toBe('Photo P-17');
    for (const token of [tokens.supplier, tokens.brand]) {
      const denied = await stack.query(EVIDENCE, { id: inspectionId }, { token });
      expect(denied.data?.inspection?.findings[0].evidence).toBeNull();
      expect(denied.errors?.[0]).toMatchObject({
        extensions: { code: 'FORBIDDEN' },
        path: ['inspection', 'findings', 0, 'evidence'],
      });
    }
  });

  it('writes every step to the audit log', async () => {
    const rows = await stack.em('inspections').find(AuditEntry, {});
    expect(rows.every((row) => row.country === 'BD')).toBe(true);
    expect(rows.map((row) => row.operation).sort()).toEqual(
      [
        'addCorrectiveAction',
        'disputeFinding',
        'publishInspection',
        // the auditor's read of the evidence, above
        'read:Finding.evidence',
        'submitInspection',
        'updateCorrectiveAction',
        'verifyCorrectiveAction',
      ].sort(),
    );
  });
});
