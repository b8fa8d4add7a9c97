import type { EntityName, FilterQuery } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../runtime/audit';
import { Agreement } from '../../subgraphs/agreements/src/entities/agreement.entity';
import { SharingClause } from '../../subgraphs/agreements/src/entities/sharing-clause.entity';
import { CorrectiveAction } from '../../subgraphs/inspections/src/entities/corrective-action.entity';
import { CaseMessage } from '../../subgraphs/grievances/src/entities/case-message.entity';
import { Inspection } from '../../subgraphs/inspections/src/entities/inspection.entity';
import { FacilityListImport } from '../../subgraphs/suppliers/src/entities/facility-list-import.entity';
import { graphql } from '../__generated__';
import { agreementIn, bilateral } from '../agreements/support';
import { dataOf, startTestStack, type TestStack } from '../support/stack';
import { addedEntries, auditEntries, type AuditingSubgraph } from './audit-log';
import { as, buildWorld, IMPORT, NOW, ORG, PRINCIPALS, type World } from './fixtures';
import { CALLERS, MUTATIONS, type Caller, type MutationOutcome } from './matrix';
import { expectDeniedExactly, valueAt, type MatrixResponse } from './outcomes';

/**
 * Matrix rows of the writes: each caller tries each mutation. Allowed: done, and audited where
 * ADMIN reads the log. Refused: a FORBIDDEN error for a caller who may not act, also on a target
 * it can see (or a typed NOT_FOUND for a target the caller cannot see, or BAD_USER_INPUT for an
 * inspection outside a regulator's jurisdiction) and nothing written — neither the data nor an
 * audit entry.
 */
let stack: TestStack;
let world: World;
let target: { id: string };

beforeAll(async () => {
  stack = await startTestStack({ now: NOW });
  world = await buildWorld(stack);
  // A draft of its own for the agreement writes, so that none of them opens a data flow the other rows rely on.
  target = await agreementIn(stack, world.tokens.ADMIN!, {
    ...bilateral('KH', 'TH', []),
    title: 'KH–TH labour inspection memorandum',
  });
});
afterAll(() => stack?.stop());

const principal = (caller: Caller) => (caller === 'PUBLIC' ? null : PRINCIPALS[caller]);
let runs = 0;
const fresh = (label: string) => `${label}-${++runs}`;

interface Row {
  subgraph: AuditingSubgraph;
  /** What the mutation changes, read straight from the subgraph's tables. */
  state: () => Promise<unknown>;
  run: (caller: Caller) => Promise<MatrixResponse>;
  /** What an allowed call answers: its payload, checked with matchers. */
  done: (payload: unknown) => void;
}

const SUBMIT_INSPECTION = graphql(`
  mutation PermissionsSubmitInspection($input: SubmitInspectionInput!, $key: String!) {
    submitInspection(input: $input, idempotencyKey: $key) {
      inspection {
        id
        conductedBy {
          id
        }
      }
      userErrors {
        code
      }
    }
  }
`);
const ADD_CORRECTIVE_ACTION = graphql(`
  mutation PermissionsAddCorrectiveAction($input: AddCorrectiveActionInput!, $key: String!) {
    addCorrectiveAction(input: $input, idempotencyKey: $key) {
      correctiveAction {
        id
        status
      }
      userErrors {
        code
      }
    }
  }
`);
const GRIEVANCE_STATE = graphql(`
  query PermissionsGrievanceState($id: ID!) {
    grievance(id: $id) {
      version
      status
      allowedTransitions
      mechanism {
        country {
          code
        }
      }
    }
  }
`);
const TRANSITION_GRIEVANCE = graphql(`
  mutation PermissionsTransitionGrievance($id: ID!, $to: GrievanceStatus!, $version: Int!) {
    transitionGrievance(id: $id, to: $to, expectedVersion: $version) {
      grievance {
        id
        status
      }
      userErrors {
        code
      }
    }
  }
`);
const ASK_COMPLAINANT = graphql(`
  mutation PermissionsAskComplainant($id: ID!, $version: Int!) {
    askComplainant(id: $id, template: DATES, expectedVersion: $version) {
      grievance {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const CORRECT_MECHANISM = graphql(`
  mutation PermissionsCorrectMechanism($id: ID!, $country: String!, $version: Int!) {
    correctGrievanceMechanism(
      id: $id
      country: $country
      reason: "Filed under the wrong law"
      expectedVersion: $version
    ) {
      grievance {
        id
        mechanism {
          country {
            code
          }
        }
      }
      userErrors {
        code
      }
    }
  }
`);
const CREATE_AGREEMENT = graphql(`
  mutation PermissionsCreateAgreement($input: CreateAgreementInput!, $key: String!) {
    createAgreement(input: $input, idempotencyKey: $key) {
      agreement {
        id
        status
      }
      userErrors {
        code
      }
    }
  }
`);
const CHANGE_AGREEMENT_STATUS = graphql(`
  mutation PermissionsChangeAgreementStatus($input: ChangeAgreementStatusInput!, $key: String!) {
    changeAgreementStatus(input: $input, idempotencyKey: $key) {
      agreement {
        id
        status
      }
      userErrors {
        code
      }
    }
  }
`);
const ADD_SHARING_CLAUSE = graphql(`
  mutation PermissionsAddSharingClause($input: AddSharingClauseInput!, $key: String!) {
    addSharingClause(input: $input, idempotencyKey: $key) {
      agreement {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const INSPECTION_STATUS = graphql(`
  query PermissionsInspectionStatus($id: ID!) {
    inspection(id: $id) {
      id
      status
    }
  }
`);
const PUBLISH_INSPECTION = graphql(`
  mutation PermissionsPublishInspection($id: ID!) {
    publishInspection(id: $id) {
      inspection {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const CHANGE_DISCLOSURE = graphql(`
  mutation PermissionsChangeDisclosure($input: ChangeDisclosureInput!) {
    changeDisclosure(input: $input) {
      inspection {
        id
      }
      userErrors {
        code
      }
    }
  }
`);

const count = <Entity extends object>(
  subgraph: Parameters<TestStack['em']>[0],
  entity: EntityName<Entity>,
  where: FilterQuery<Entity> = {},
) => stack.em(subgraph).count(entity, where);
const grievanceState = async () => {
  const { grievance } = dataOf(
    await as(stack, world, 'REGULATOR_HOME', GRIEVANCE_STATE, { id: world.grievances.union }),
  );
  if (!grievance) throw new Error('the home regulator should see the union’s case');
  return grievance;
};
/** The anonymous worker's case the supplier handles: its version, and the questions asked of the worker. */
const questionState = async () => {
  const { grievance } = dataOf(
    await as(stack, world, 'REGULATOR_HOME', GRIEVANCE_STATE, { id: world.grievances.anonymousA }),
  );
  if (!grievance) throw new Error('the home regulator should see the anonymous worker’s case');
  return {
    version: grievance.version,
    questions: await count('grievances', CaseMessage, { grievance: world.grievances.anonymousA }),
  };
};
const agreementState = async () => (await stack.em('agreements').findOneOrFail(Agreement, target.id)).status;

const ROWS: Record<keyof typeof MUTATIONS, Row> = {
  submitInspection: {
    subgraph: 'inspections',
    state: () => count('inspections', Inspection),
    run: (caller) =>
      as(stack, world, caller, SUBMIT_INSPECTION, {
        key: fresh('inspection'),
        input: {
          facilityId: world.facilities.main,
          kind: principal(caller)?.role === 'REGULATOR' ? 'LABOUR_INSPECTORATE' : 'SOCIAL_AUDIT',
          startedOn: '2026-03-20',
          endedOn: '2026-03-21',
          announced: false,
          workersInterviewed: 12,
          disclosure: 'PRIVATE',
          findings: [
            {
              area: 'WORKING_TIME',
              compliancePoint: 'Overtime',
              severity: 'MINOR',
              description: 'Long weeks',
              evidence: 'Time sheets',
            },
          ],
        },
      }),
    done: (payload) => expect(payload).toMatchObject({ inspection: { id: expect.any(String) }, userErrors: [] }),
  },
  addCorrectiveAction: {
    subgraph: 'inspections',
    state: () => count('inspections', CorrectiveAction),
    run: (caller) =>
      as(stack, world, caller, ADD_CORRECTIVE_ACTION, {
        key: fresh('action'),
        input: {
          findingId: world.inspections.PRIVATE.findingId,
          action: 'Unlock the exit',
          rootCause: 'No fire plan',
          owner: 'Safety officer',
          dueOn: '2026-05-01',
        },
      }),
    done: (payload) => expect(payload).toMatchObject({ correctiveAction: { status: 'PLANNED' }, userErrors: [] }),
  },
  transitionGrievance: {
    subgraph: 'grievances',
    state: grievanceState,
    run: async (caller) => {
      const { version, allowedTransitions } = await grievanceState();
      const to = allowedTransitions.find((status) => !['ESCALATED', 'WITHDRAWN', 'RESOLVED'].includes(status));
      if (!to) throw new Error(`no plain move left from the union’s case: ${allowedTransitions.join(', ')}`);
      return as(stack, world, caller, TRANSITION_GRIEVANCE, { id: world.grievances.union, to, version });
    },
    done: (payload) => expect(payload).toMatchObject({ grievance: { id: world.grievances.union }, userErrors: [] }),
  },
  askComplainant: {
    subgraph: 'grievances',
    state: questionState,
    run: async (caller) => {
      const { version } = await questionState();
      return as(stack, world, caller, ASK_COMPLAINANT, { id: world.grievances.anonymousA, version });
    },
    done: (payload) =>
      expect(payload).toMatchObject({ grievance: { id: world.grievances.anonymousA }, userErrors: [] }),
  },
  correctGrievanceMechanism: {
    subgraph: 'grievances',
    state: grievanceState,
    run: async (caller) => {
      const { version, mechanism } = await grievanceState();
      // Alternates between two countries' statutes, so that every allowed run is a change.
      const country = mechanism.country?.code === 'IN' ? 'PK' : 'IN';
      return as(stack, world, caller, CORRECT_MECHANISM, { id: world.grievances.union, country, version });
    },
    done: (payload) => expect(payload).toMatchObject({ grievance: { id: world.grievances.union }, userErrors: [] }),
  },
  importFacilityList: {
    subgraph: 'suppliers',
    state: () => count('suppliers', FacilityListImport),
    run: (caller) => importFor(caller, principal(caller)?.organizationId ?? ORG.brand),
    done: (payload) => expect(payload).toMatchObject({ import: { id: expect.any(String) }, userErrors: [] }),
  },
  createAgreement: {
    subgraph: 'agreements',
    state: () => count('agreements', Agreement),
    run: (caller) =>
      as(stack, world, caller, CREATE_AGREEMENT, {
        key: fresh('agreement'),
        input: { ...bilateral('BD', 'VN', ['GRIEVANCE_CASES']), title: `BD–VN grievance referral ${fresh('draft')}` },
      }),
    done: (payload) => expect(payload).toMatchObject({ agreement: { status: 'DRAFT' }, userErrors: [] }),
  },
  changeAgreementStatus: {
    subgraph: 'agreements',
    state: agreementState,
    run: async (caller) =>
      as(stack, world, caller, CHANGE_AGREEMENT_STATUS, {
        key: fresh('status'),
        input: {
          agreementId: target.id,
          status: (await agreementState()) === 'DRAFT' ? 'SIGNED' : 'IN_FORCE',
          on: '2026-03-01',
        },
      }),
    done: (payload) => expect(payload).toMatchObject({ agreement: { id: target.id }, userErrors: [] }),
  },
  addSharingClause: {
    subgraph: 'agreements',
    state: () => count('agreements', SharingClause, { agreement: target.id }),
    run: (caller) =>
      as(stack, world, caller, ADD_SHARING_CLAUSE, {
        key: fresh('clause'),
        input: {
          agreementId: target.id,
          category: 'INSPECTION_FINDINGS',
          recipients: [{ country: 'KH' }, { country: 'TH' }],
        },
      }),
    done: (payload) => expect(payload).toMatchObject({ agreement: { id: target.id }, userErrors: [] }),
  },
};

function importFor(caller: Caller, organizationId: string) {
  const csv = `country,name,address\nBD,Padma Spinning ${fresh('mill')},"Plot ${runs}, Savar Road, Dhaka"\n`;
  return as(stack, world, caller, IMPORT, {
    key: fresh('import'),
    input: { organizationId, fileName: 'list.csv', csv },
  });
}

/** Asserts a refusal of `outcome` with nothing written: the data as before, and no audit entry in the subgraph. */
async function expectRefused(
  row: Row,
  field: string,
  outcome: Exclude<MutationOutcome, 'ok'>,
  call: () => Promise<MatrixResponse>,
) {
  const [before, audited] = [await row.state(), await count(row.subgraph, AuditEntry)];
  const response = await call();
  if (outcome === 'NOT_FOUND') {
    expect(response.errors).toBeUndefined();
    expect(valueAt(response, [field, 'userErrors'])).toEqual([{ code: 'NOT_FOUND' }]);
  } else if (outcome === 'FORBIDDEN') {
    expect(valueAt(response, [field]) ?? null).toBeNull();
    expectDeniedExactly(response, [[field]]);
  } else {
    expect(
      response.errors?.map((error) => [
        error.extensions?.code,
        (error.extensions?.issues as { path: string[] }[]).map((issue) => issue.path),
      ]),
    ).toEqual([[outcome, [['input', 'facilityId']]]]);
  }
  expect(await row.state()).toEqual(before);
  expect(await count(row.subgraph, AuditEntry)).toBe(audited);
}

for (const [mutation, outcomes] of Object.entries(MUTATIONS) as [
  keyof typeof MUTATIONS,
  Record<Caller, MutationOutcome>,
][]) {
  describe(mutation, () => {
    const row = ROWS[mutation];
    it.each(CALLERS)(`%s`, async (caller) => {
      const outcome = outcomes[caller];
      if (outcome !== 'ok') return expectRefused(row, mutation, outcome, () => row.run(caller));
      const subject = principal(caller)!.subject;
      const before = await auditEntries(stack, world, 'ADMIN', row.subgraph, { subject });
      const response = await row.run(caller);
      expect(response.errors).toBeUndefined();
      row.done(valueAt(response, [mutation]));
      const after = await auditEntries(stack, world, 'ADMIN', row.subgraph, { subject });
      expect(addedEntries(before, after).map((entry) => entry.split(/[: ]/)[0])).toContain(mutation);
    });
  });
}

describe('writes for another organisation', () => {
  it('a brand may not import a list for its supplier, nor the supplier for the brand', async () => {
    await expectRefused(ROWS.importFacilityList, 'importFacilityList', 'FORBIDDEN', () =>
      importFor('BRAND', ORG.supplier),
    );
    await expectRefused(ROWS.importFacilityList, 'importFacilityList', 'FORBIDDEN', () =>
      importFor('SUPPLIER', ORG.brand),
    );
  });

  it('the regulator of the facility’s country reads the audit firm’s unpublished report but may not publish it or change who reads it', async () => {
    const { id } = world.inspections.PRIVATE;
    const report: Row = {
      ...ROWS.submitInspection,
      state: async () => {
        const { status, disclosure, publishedAt } = await stack.em('inspections').findOneOrFail(Inspection, id);
        return { status, disclosure, publishedAt };
      },
    };
    const visible = await as(stack, world, 'REGULATOR_HOME', INSPECTION_STATUS, { id });
    expect(dataOf(visible).inspection).toEqual({ id, status: 'SUBMITTED' });
    await expectRefused(report, 'publishInspection', 'FORBIDDEN', () =>
      as(stack, world, 'REGULATOR_HOME', PUBLISH_INSPECTION, { id }),
    );
    await expectRefused(report, 'changeDisclosure', 'FORBIDDEN', () =>
      as(stack, world, 'REGULATOR_HOME', CHANGE_DISCLOSURE, { input: { inspectionId: id, disclosure: 'PUBLIC' } }),
    );
  });

  it('a supplier that does not own the facility cannot find the finding to plan an action on', async () => {
    const stranger = await stack.token({
      role: 'SUPPLIER',
      organizationId: 'org-pm-other-supplier',
      subject: 'pm-other-supplier',
    });
    await expectRefused(ROWS.addCorrectiveAction, 'addCorrectiveAction', 'NOT_FOUND', () =>
      stack.query(
        ADD_CORRECTIVE_ACTION,
        {
          key: fresh('stranger'),
          input: {
            findingId: world.inspections.PRIVATE.findingId,
            action: 'Unlock',
            rootCause: 'None',
            owner: 'Nobody',
            dueOn: '2026-05-01',
          },
        },
        { token: stranger },
      ),
    );
  });
});
