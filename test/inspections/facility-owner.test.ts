import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__';
import { addFacility, addOrganization } from '../support/registry';
import { dataOf, startTestStack, type TestStack } from '../support/stack';
import { newFacilityId } from './fixtures';

/**
 * The organisation that answers an inspection's findings is the facility's owner in the registry.
 * An auditor once named the owner in the submission, so an organisation the registry does not
 * know as owner could act on the findings while the real owner saw nothing.
 */
const AUDITOR = 'org-owner-audits';
const OWNER = 'org-owner-real';
const IMPOSTOR = 'org-owner-impostor';

const SUBMIT = graphql(`
  mutation FacilityOwnerSubmit($input: SubmitInspectionInput!, $key: String!) {
    submitInspection(input: $input, idempotencyKey: $key) {
      inspection {
        id
        findings {
          id
        }
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const READ = graphql(`
  query FacilityOwnerRead($id: ID!) {
    inspection(id: $id) {
      id
      status
    }
  }
`);
const ADD_ACTION = graphql(`
  mutation FacilityOwnerAddAction($input: AddCorrectiveActionInput!, $key: String!) {
    addCorrectiveAction(input: $input, idempotencyKey: $key) {
      correctiveAction {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);

let stack: TestStack;
const facilityId = newFacilityId('BD');
const tokens: Record<'auditor' | 'owner' | 'impostor', string> = { auditor: '', owner: '', impostor: '' };

beforeAll(async () => {
  stack = await startTestStack({ now: new Date('2026-06-15T12:00:00Z') });
  const suppliers = stack.em('suppliers');
  addOrganization(suppliers, AUDITOR, 'AUDIT_FIRM', 'BD');
  addOrganization(suppliers, OWNER, 'SUPPLIER', 'BD');
  addOrganization(suppliers, IMPOSTOR, 'SUPPLIER', 'BD');
  addFacility(suppliers, facilityId, OWNER);
  await suppliers.flush();
  tokens.auditor = await stack.token({ role: 'AUDITOR', organizationId: AUDITOR });
  tokens.owner = await stack.token({ role: 'SUPPLIER', organizationId: OWNER });
  tokens.impostor = await stack.token({ role: 'SUPPLIER', organizationId: IMPOSTOR });
});
afterAll(() => stack?.stop());

describe("an inspection's findings go to the facility's owner in the registry", () => {
  it('ignores an owner the auditor names: the impostor sees nothing, the registry’s owner answers the findings', async () => {
    const submitted = await stack.query(
      SUBMIT,
      {
        key: 'owner-from-registry-01',
        input: {
          facilityId,
          facilityOwnerId: IMPOSTOR,
          kind: 'SOCIAL_AUDIT',
          startedOn: '2026-06-10',
          endedOn: '2026-06-11',
          announced: true,
          workersInterviewed: 10,
          disclosure: 'PRIVATE',
          findings: [
            {
              area: 'WORKING_TIME',
              compliancePoint: 'Overtime',
              severity: 'MINOR',
              description: 'Seven-day weeks in peak season',
            },
          ],
        },
      },
      { token: tokens.auditor },
    );
    const { inspection } = dataOf(submitted).submitInspection!;
    const findingId = inspection!.findings[0].id;

    expect(dataOf(await stack.query(READ, { id: inspection!.id }, { token: tokens.impostor })).inspection).toBeNull();
    const byImpostor = await stack.query(
      ADD_ACTION,
      {
        key: 'owner-from-registry-impostor',
        input: { findingId, action: 'Nothing', rootCause: 'None', owner: 'Nobody', dueOn: '2026-08-01' },
      },
      { token: tokens.impostor },
    );
    expect(dataOf(byImpostor).addCorrectiveAction).toMatchObject({
      correctiveAction: null,
      userErrors: [{ code: 'NOT_FOUND' }],
    });

    expect(dataOf(await stack.query(READ, { id: inspection!.id }, { token: tokens.owner })).inspection).toMatchObject({
      id: inspection!.id,
    });
    const byOwner = await stack.query(
      ADD_ACTION,
      {
        key: 'owner-from-registry-owner',
        input: {
          findingId,
          action: 'Roster a weekly rest day',
          rootCause: 'Peak orders',
          owner: 'HR manager',
          dueOn: '2026-08-01',
        },
      },
      { token: tokens.owner },
    );
    expect(dataOf(byOwner).addCorrectiveAction).toMatchObject({ userErrors: [] });
    expect(dataOf(byOwner).addCorrectiveAction!.correctiveAction!.id).toBeTruthy();
  });
});
