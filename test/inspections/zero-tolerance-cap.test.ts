import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__';
import { addInspection, newFacilityId } from './fixtures';
import { ensureRegistered } from '../support/registry';
import { dataOf, startTestStack, type TestStack } from '../support/stack';

/**
 * A supplier could once lift a zero-tolerance cap on its own word: marking the finding's corrective
 * action COMPLETED made the finding REMEDIATED, and the cap (40, grade D at best) held only for
 * unresolved findings. The cap now holds until someone who may verify has verified the action.
 */
const NOW = new Date('2026-05-04T10:00:00Z');
const FACILITY = newFacilityId('BD');
const SUPPLIER = 'org-cap-supplier';
const AUDITOR = 'org-cap-audits';

const GRADE = graphql(`
  query ZeroToleranceCapGrade($id: ID!) {
    facility(id: $id) {
      publicCompliance {
        score
        grade
      }
    }
  }
`);
const COMPLETE = graphql(`
  mutation ZeroToleranceCapComplete($input: UpdateCorrectiveActionInput!) {
    updateCorrectiveAction(input: $input) {
      correctiveAction {
        status
        finding {
          status
        }
      }
      userErrors {
        code
      }
    }
  }
`);
const VERIFY = graphql(`
  mutation ZeroToleranceCapVerify($input: VerifyCorrectiveActionInput!) {
    verifyCorrectiveAction(input: $input) {
      correctiveAction {
        finding {
          status
        }
      }
      userErrors {
        code
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
    id: 'insp-cap',
    facilityId: FACILITY,
    ownerId: SUPPLIER,
    conductedById: AUDITOR,
    endedOn: '2026-04-01',
    disclosure: 'PUBLIC',
    findings: [
      {
        severity: 'ZERO_TOLERANCE',
        area: 'FORCED_LABOUR',
        actions: [{ dueOn: '2026-06-01', status: 'IN_PROGRESS' }],
      },
    ],
  });
  await inspections.flush();
});
afterAll(() => stack?.stop());

const grade = async () => dataOf(await stack.query(GRADE, { id: FACILITY })).facility!.publicCompliance;

describe('a zero-tolerance finding', () => {
  it('keeps the grade capped when the supplier reports its corrective action completed', async () => {
    // 100 − 40 = 60, capped at 40 → D
    expect(await grade()).toEqual({ score: 40, grade: 'D' });
    const supplier = await stack.token({ role: 'SUPPLIER', organizationId: SUPPLIER });
    const completed = dataOf(
      await stack.query(COMPLETE, { input: { id: 'insp-cap-f0-a0', status: 'COMPLETED' } }, { token: supplier }),
    ).updateCorrectiveAction!;
    expect(completed).toEqual({
      correctiveAction: { status: 'COMPLETED', finding: { status: 'REMEDIATED' } },
      userErrors: [],
    });
    // 100 − 40 × 0.2 = 92, still capped at 40 → D: the supplier's own word lifts nothing
    expect(await grade()).toEqual({ score: 40, grade: 'D' });
  });

  it('lifts the cap once the auditor verifies the action', async () => {
    const auditor = await stack.token({ role: 'AUDITOR', organizationId: AUDITOR });
    const verified = dataOf(
      await stack.query(VERIFY, { input: { id: 'insp-cap-f0-a0', decision: 'VERIFIED' } }, { token: auditor }),
    ).verifyCorrectiveAction!;
    expect(verified).toEqual({ correctiveAction: { finding: { status: 'VERIFIED' } }, userErrors: [] });
    // Verified: 100 − 0 = 100 → A
    expect(await grade()).toEqual({ score: 100, grade: 'A' });
  });
});
