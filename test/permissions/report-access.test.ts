import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../runtime/audit';
import { ReportAccessGrant } from '../../subgraphs/inspections/src/entities/report-access-grant.entity';
import { ReportAccessRequest } from '../../subgraphs/inspections/src/entities/report-access-request.entity';
import { graphql } from '../__generated__';
import { dataOf, startTestStack, type TestStack } from '../support/stack';
import { addedEntries, auditEntries } from './audit-log';
import { as, buildWorld, NOW, ORG, PRINCIPALS, type World } from './fixtures';
import { CALLERS, type Caller, type MutationOutcome } from './matrix';
import { expectDeniedExactly, valueAt, type MatrixResponse } from './outcomes';

/**
 * Every caller of the matrix against the writes that decide who reads a report besides the
 * conductor's audience. Only the supplier owning the facility grants, revokes and decides; only a
 * brand asks and withdraws. Everyone else gets FORBIDDEN and nothing is written — neither a grant nor a request
 * nor an audit entry. (Another supplier is refused NOT_FOUND on a report it cannot see:
 * test/inspections/report-access.test.ts.)
 */
let stack: TestStack;
let world: World;
/** A grant the owner made in advance, for the revocation row. */
const REVOKED_BUYER = 'org-pm-revoked-brand';
let pendingRequestId: string;
let withdrawnRequestId: string;

const only = (caller: Caller): Record<Caller, MutationOutcome> =>
  Object.fromEntries(CALLERS.map((each) => [each, each === caller ? 'ok' : 'FORBIDDEN'])) as Record<
    Caller,
    MutationOutcome
  >;

const OUTCOMES = {
  /** On the PRIVATE report of the supplier's facility, for the brand. */
  grantReportAccess: only('SUPPLIER'),
  /** A grant the supplier made on the PRIVATE report. */
  revokeReportAccess: only('SUPPLIER'),
  /** About the facility the supplier owns (the registry is public). */
  requestReportAccess: only('BRAND'),
  /** A pending request of the brand about the supplier's facility. */
  decideReportAccessRequest: only('SUPPLIER'),
  /** Another pending request of the brand, about another of the supplier's facilities. */
  withdrawReportAccessRequest: only('BRAND'),
};

const GRANT = graphql(`
  mutation PermissionsGrantReportAccess($input: GrantReportAccessInput!, $key: String!) {
    grantReportAccess(input: $input, idempotencyKey: $key) {
      grant {
        id
        active
      }
      userErrors {
        code
      }
    }
  }
`);
const REVOKE = graphql(`
  mutation PermissionsRevokeReportAccess($input: RevokeReportAccessInput!) {
    revokeReportAccess(input: $input) {
      grant {
        id
        active
      }
      userErrors {
        code
      }
    }
  }
`);
const REQUEST = graphql(`
  mutation PermissionsRequestReportAccess($input: RequestReportAccessInput!, $key: String!) {
    requestReportAccess(input: $input, idempotencyKey: $key) {
      request {
        id
        status
      }
      userErrors {
        code
      }
    }
  }
`);
const WITHDRAW = graphql(`
  mutation PermissionsWithdrawReportAccessRequest($id: ID!) {
    withdrawReportAccessRequest(id: $id) {
      request {
        id
        status
      }
      userErrors {
        code
      }
    }
  }
`);
const DECIDE = graphql(`
  mutation PermissionsDecideReportAccessRequest($input: DecideReportAccessRequestInput!) {
    decideReportAccessRequest(input: $input) {
      request {
        id
        status
      }
      userErrors {
        code
      }
    }
  }
`);

let runs = 0;
const fresh = (label: string) => `pm-ra-${label}-${process.pid}-${++runs}`;

beforeAll(async () => {
  stack = await startTestStack({ now: NOW });
  world = await buildWorld(stack);
  const report = world.inspections.PRIVATE.id;
  const granted = await as(stack, world, 'SUPPLIER', GRANT, {
    input: { inspectionId: report, buyerId: REVOKED_BUYER },
    key: fresh('setup-grant'),
  });
  expect(dataOf(granted).grantReportAccess?.userErrors).toEqual([]);
  const asked = await as(stack, world, 'BRAND', REQUEST, {
    input: { facilityId: world.facilities.main, message: 'May we read your audits?' },
    key: fresh('setup-request'),
  });
  pendingRequestId = dataOf(asked).requestReportAccess!.request!.id;
  const another = await as(stack, world, 'BRAND', REQUEST, {
    input: { facilityId: world.facilities.hidden },
    key: fresh('setup-withdrawn'),
  });
  withdrawnRequestId = dataOf(another).requestReportAccess!.request!.id;
});
afterAll(() => stack?.stop());

interface Row {
  state: () => Promise<unknown>;
  run: (caller: Caller) => Promise<MatrixResponse>;
  done: (payload: unknown) => void;
}

const grants = () =>
  stack
    .em('inspections')
    .find(ReportAccessGrant, {}, { orderBy: { id: 'asc' } })
    .then((rows) => rows.map(({ id, buyerId, revokedAt }) => ({ id, buyerId, revokedAt })));
const requests = () =>
  stack
    .em('inspections')
    .find(ReportAccessRequest, {}, { orderBy: { id: 'asc' } })
    .then((rows) => rows.map(({ id, status }) => ({ id, status })));

const ROWS: Record<keyof typeof OUTCOMES, Row> = {
  grantReportAccess: {
    state: grants,
    run: (caller) =>
      as(stack, world, caller, GRANT, {
        input: { inspectionId: world.inspections.PRIVATE.id, buyerId: ORG.brand },
        key: fresh('grant'),
      }),
    done: (payload) => expect(payload).toMatchObject({ grant: { active: true }, userErrors: [] }),
  },
  revokeReportAccess: {
    state: grants,
    run: (caller) =>
      as(stack, world, caller, REVOKE, {
        input: { inspectionId: world.inspections.PRIVATE.id, buyerId: REVOKED_BUYER },
      }),
    done: (payload) => expect(payload).toMatchObject({ grant: { active: false }, userErrors: [] }),
  },
  requestReportAccess: {
    state: requests,
    run: (caller) =>
      as(stack, world, caller, REQUEST, {
        input: { facilityId: world.facilities.quiet },
        key: fresh('request'),
      }),
    done: (payload) => expect(payload).toMatchObject({ request: { status: 'PENDING' }, userErrors: [] }),
  },
  decideReportAccessRequest: {
    state: requests,
    run: (caller) => as(stack, world, caller, DECIDE, { input: { requestId: pendingRequestId, decision: 'GRANTED' } }),
    done: (payload) =>
      expect(payload).toMatchObject({ request: { id: pendingRequestId, status: 'GRANTED' }, userErrors: [] }),
  },
  withdrawReportAccessRequest: {
    state: requests,
    run: (caller) => as(stack, world, caller, WITHDRAW, { id: withdrawnRequestId }),
    done: (payload) =>
      expect(payload).toMatchObject({ request: { id: withdrawnRequestId, status: 'WITHDRAWN' }, userErrors: [] }),
  },
};

for (const [mutation, outcomes] of Object.entries(OUTCOMES) as [
  keyof typeof OUTCOMES,
  Record<Caller, MutationOutcome>,
][]) {
  describe(mutation, () => {
    const row = ROWS[mutation];
    it.each(CALLERS)('%s', async (caller) => {
      const outcome = outcomes[caller];
      if (outcome !== 'ok') {
        const [before, audited] = [await row.state(), await stack.em('inspections').count(AuditEntry)];
        const response = await row.run(caller);
        expect(valueAt(response, [mutation]) ?? null).toBeNull();
        expectDeniedExactly(response, [[mutation]]);
        expect(await row.state()).toEqual(before);
        expect(await stack.em('inspections').count(AuditEntry)).toBe(audited);
        return;
      }
      const subject = PRINCIPALS[caller as Exclude<Caller, 'PUBLIC'>].subject;
      const before = await auditEntries(stack, world, 'ADMIN', 'inspections', { subject });
      const response = await row.run(caller);
      expect(response.errors).toBeUndefined();
      row.done(valueAt(response, [mutation]));
      const after = await auditEntries(stack, world, 'ADMIN', 'inspections', { subject });
      expect(addedEntries(before, after).map((entry) => entry.split(/[: ]/)[0])).toContain(mutation);
    });
  });
}
