import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Grievance } from '../../subgraphs/grievances/src/entities/grievance.entity';
import { GrievanceEvent } from '../../subgraphs/grievances/src/entities/grievance-event.entity';
import { graphql } from '../__generated__';
import type { GrievanceFilter } from '../__generated__/graphql';
import { ensureRegistered } from '../support/registry';
import { dataOf, startTestStack, type TestStack } from '../support/stack';
import { FILE_GRIEVANCE, TRANSITION, file, mistyped, move, newFacilityId, newKey, submission } from './fixtures';

/** The rules a case is held to: allowed moves, current versions, valid input, and deadlines against the clock. */
const NOW = new Date('2026-05-04T10:00:00Z');
const BD_FACILITY = newFacilityId('BD');

let stack: TestStack;
let inspector: string;
let union: string;

const ESCALATE = graphql(`
  mutation CaseRulesEscalate($id: ID!, $to: EscalationTarget!, $v: Int!) {
    escalateGrievance(id: $id, to: $to, expectedVersion: $v) {
      grievance {
        status
        handlerKind
        handler {
          id
        }
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);
const LINK = graphql(`
  mutation CaseRulesLink($id: ID!, $facility: ID!, $v: Int!) {
    linkGrievanceToFacility(id: $id, facilityId: $facility, expectedVersion: $v) {
      grievance {
        facility {
          id
        }
        facilityCountry {
          code
        }
        reportedFacility {
          name
        }
        version
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const STATE = graphql(`
  query CaseRulesState($id: ID!) {
    grievance(id: $id) {
      status
      version
      overdue
      nextDeadline {
        kind
        name
        dueBy
        overdue
      }
      deadlines {
        acknowledgeBy
        respondBy
        steps {
          name
          dueBy
          completedAt
        }
      }
    }
  }
`);
const OVERDUE = graphql(`
  query CaseRulesOverdue {
    grievances(first: 100, filter: { overdue: true }) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
const LIST = graphql(`
  query CaseRulesList($filter: GrievanceFilter!) {
    grievances(first: 50, filter: $filter) {
      totalCount
      edges {
        node {
          filedBy
          areas
        }
      }
    }
  }
`);

const state = async (id: string, token = inspector) => (await stack.query(STATE, { id }, { token })).data?.grievance;
const count = () => stack.em('grievances').count(Grievance, {});

beforeAll(async () => {
  stack = await startTestStack({ now: NOW });
  await ensureRegistered(stack, BD_FACILITY, (submission().facility as { id: string }).id);
  inspector = await stack.token({ role: 'REGULATOR', organizationId: 'org-grv-rules-inspectorate', country: 'BD' });
  union = await stack.token({ role: 'UNION', organizationId: 'org-grv-rules-union' });
});
afterAll(() => stack?.stop());

describe('moving a case', () => {
  it('refuses a move the procedure does not provide for, and changes nothing', async () => {
    const { grievance } = await file(stack, submission({ facility: { id: BD_FACILITY } }), union);
    const refused = await stack.query(
      TRANSITION,
      { id: grievance.id, to: 'RESOLVED', version: grievance.version },
      { token: inspector },
    );
    expect(refused.data?.transitionGrievance!.userErrors).toEqual([
      {
        code: 'CONFLICT',
        message: 'A grievance cannot move from RECEIVED to RESOLVED; allowed: ACKNOWLEDGED, ESCALATED, WITHDRAWN.',
        field: ['to'],
      },
    ]);
    const escalateByMove = await stack.query(
      TRANSITION,
      { id: grievance.id, to: 'ESCALATED', version: grievance.version },
      { token: inspector },
    );
    expect(escalateByMove.data?.transitionGrievance!.userErrors[0]).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: ['to'],
    });
    expect(await state(grievance.id)).toMatchObject({ status: 'RECEIVED', version: grievance.version });
  });

  it('gives a stale version CONFLICT, so that of two handlers acting on the same version only the first moves the case', async () => {
    const { grievance } = await file(stack, submission({ facility: { id: BD_FACILITY } }), union);
    const first = await stack.query(
      TRANSITION,
      { id: grievance.id, to: 'ACKNOWLEDGED', version: grievance.version },
      { token: inspector },
    );
    const second = await stack.query(
      TRANSITION,
      { id: grievance.id, to: 'ESCALATED', version: grievance.version },
      { token: inspector },
    );
    expect(first.data?.transitionGrievance!.userErrors).toEqual([]);
    expect(second.data?.transitionGrievance!.userErrors).toEqual([
      {
        code: 'CONFLICT',
        message: expect.stringContaining('someone changed it since you read it'),
        field: ['expectedVersion'],
      },
    ]);
    expect(second.data?.transitionGrievance!.grievance).toMatchObject({
      status: 'ACKNOWLEDGED',
      version: grievance.version + 1,
    });
    expect(
      await stack.em('grievances').count(GrievanceEvent, {
        grievance: grievance.id,
        kind: { $in: ['ACKNOWLEDGED', 'STATUS_CHANGED', 'ESCALATED'] },
      }),
    ).toBe(1);
  });

  it('does not resolve a case before its remedy is recorded', async () => {
    const { grievance } = await file(stack, submission({ facility: { id: BD_FACILITY } }), union);
    let version = grievance.version;
    for (const to of ['ACKNOWLEDGED', 'UNDER_REVIEW', 'REMEDIATION_AGREED', 'REMEDIATION_IN_PROGRESS'] as const)
      version = await move(stack, inspector, grievance.id, to, version);
    const refused = await stack.query(TRANSITION, { id: grievance.id, to: 'RESOLVED', version }, { token: inspector });
    expect(refused.data?.transitionGrievance!.userErrors[0]).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/recordRemediation/),
    });
  });

  it('lets only the handler or the regulator move a case, and hides cases from others', async () => {
    const { grievance } = await file(stack, submission({ facility: { id: BD_FACILITY } }), union);
    const byPublic = await stack.query(TRANSITION, { id: grievance.id, to: 'ACKNOWLEDGED', version: 1 });
    expect(byPublic.data?.transitionGrievance!.userErrors).toEqual([
      { code: 'NOT_FOUND', message: `No grievance ${grievance.id} that you may see`, field: ['id'] },
    ]);
    const byFiler = await stack.query(
      TRANSITION,
      { id: grievance.id, to: 'ACKNOWLEDGED', version: 1 },
      { token: union },
    );
    expect(byFiler.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const auditor = await stack.token({ role: 'AUDITOR', organizationId: 'org-grv-rules-audits' });
    const filing = await stack.query(
      FILE_GRIEVANCE,
      { input: submission({ facility: { id: BD_FACILITY } }), key: newKey() },
      { token: auditor },
    );
    expect(filing.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('escalates to the regulator at the filing union’s request, and to a mechanism only for cases filed under one', async () => {
    const { grievance } = await file(
      stack,
      submission({ facility: { id: BD_FACILITY }, facilityOwnerId: 'org-grv-rules-owner' }),
      union,
    );
    const toMechanism = await stack.query(
      ESCALATE,
      { id: grievance.id, to: 'MECHANISM', v: grievance.version },
      { token: union },
    );
    expect(toMechanism.data?.escalateGrievance!.userErrors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: ['to'] });
    const toRegulator = await stack.query(
      ESCALATE,
      { id: grievance.id, to: 'REGULATOR', v: grievance.version },
      { token: union },
    );
    expect(toRegulator.data?.escalateGrievance).toEqual({
      grievance: { status: 'ESCALATED', handlerKind: 'REGULATOR', handler: null },
      userErrors: [],
    });
  });
});

describe('filing', () => {
  it('refuses a facility id that is not in the registry’s form, and an unknown country, writing nothing', async () => {
    const before = await count();
    const badId = await stack.query(FILE_GRIEVANCE, {
      input: submission({ facility: { id: mistyped(BD_FACILITY) } }),
      key: newKey(),
    });
    expect(badId.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: ['input', 'facility', 'id'], message: expect.stringMatching(/check character/) }],
    });
    const badCountry = await stack.query(FILE_GRIEVANCE, {
      input: submission({ facility: { name: 'Star Knit', country: 'XX' } }),
      key: newKey(),
    });
    expect(badCountry.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: ['input', 'facility', 'country'] }],
    });
    expect(await count()).toBe(before);
  });

  it('refuses oversized text with the limit and the length, writing nothing', async () => {
    const before = await count();
    const response = await stack.query(FILE_GRIEVANCE, {
      input: submission({ summary: 'x'.repeat(281), description: 'y'.repeat(20_001) }),
      key: newKey(),
    });
    // A description over MAX_STRING_LENGTH (20,000) is refused at the gateway already, before the subgraph's rules.
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].extensions?.issues).toEqual([
      {
        path: ['submitGrievance', 'input', 'description'],
        message: 'is longer than 20000 characters, the limit for a String',
      },
    ]);
    const shorter = await stack.query(FILE_GRIEVANCE, {
      input: submission({ summary: 'x'.repeat(281), description: 'y'.repeat(20_000) }),
      key: newKey(),
    });
    expect(shorter.errors?.[0].extensions?.issues).toEqual([
      { path: ['input', 'summary'], message: 'summary must be at most 280 characters (it has 281)' },
    ]);
    expect(await count()).toBe(before);
  });

  it('accepts a facility the worker can only name, which the handler links to the registry later', async () => {
    const { grievance } = await file(stack, submission({ facility: { name: 'Star Knit Ltd', country: 'bd' } }));
    const linked = await stack.query(
      LINK,
      { id: grievance.id, facility: BD_FACILITY.toLowerCase(), v: grievance.version },
      { token: inspector },
    );
    expect(linked.data?.linkGrievanceToFacility).toEqual({
      grievance: {
        facility: { id: BD_FACILITY },
        facilityCountry: { code: 'BD' },
        reportedFacility: { name: 'Star Knit Ltd' },
        version: grievance.version + 1,
      },
      userErrors: [],
    });
    const malformed = await stack.query(
      LINK,
      { id: grievance.id, facility: 'BD-STAR-KNIT', v: grievance.version + 1 },
      { token: inspector },
    );
    expect(malformed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const unknownCase = await stack.query(
      LINK,
      { id: 'grv_unknown', facility: BD_FACILITY, v: 1 },
      { token: inspector },
    );
    expect(unknownCase.data?.linkGrievanceToFacility!.userErrors[0].code).toBe('NOT_FOUND');
  });
});

describe('deadlines', () => {
  it('make a case overdue when the clock passes them, and the handler’s moves meet them', async () => {
    stack.clock.set(NOW);
    const { grievance } = await file(stack, submission({ facility: { id: BD_FACILITY } }), union);
    const overdueList = async () =>
      dataOf(await stack.query(OVERDUE, {}, { token: inspector })).grievances!.edges.map((edge) => edge.node.id);

    stack.clock.set(new Date('2026-05-11T10:00:00Z')); // exactly the acknowledgement deadline: still on time
    expect(await state(grievance.id)).toMatchObject({
      overdue: false,
      nextDeadline: { kind: 'ACKNOWLEDGE', dueBy: '2026-05-11T10:00:00.000Z', overdue: false },
    });
    stack.clock.set(new Date('2026-05-11T10:01:00Z'));
    expect(await state(grievance.id)).toMatchObject({
      overdue: true,
      nextDeadline: { kind: 'ACKNOWLEDGE', overdue: true },
    });
    expect(await overdueList()).toContain(grievance.id);

    // The Bangladesh Labour Act's 30 days for a decision run from the complaint, acknowledged or not.
    const version = await move(stack, inspector, grievance.id, 'ACKNOWLEDGED', grievance.version);
    expect(await state(grievance.id)).toMatchObject({
      overdue: false,
      deadlines: { respondBy: '2026-06-03T10:00:00.000Z' },
    });
    expect(await overdueList()).not.toContain(grievance.id);

    stack.clock.set(new Date('2026-08-12T00:00:00Z'));
    expect(await state(grievance.id)).toMatchObject({
      overdue: true,
      nextDeadline: { kind: 'RESPOND', overdue: true },
    });
    await move(stack, inspector, grievance.id, 'UNDER_REVIEW', version).then((next) =>
      move(stack, inspector, grievance.id, 'INVESTIGATING', next),
    );
    expect(await state(grievance.id)).toMatchObject({ overdue: false, nextDeadline: null });
  });
});

describe('listing', () => {
  it('filters by status, area, filer, facility and overdue', async () => {
    stack.clock.set(NOW);
    const facility = newFacilityId('BD');
    await file(stack, submission({ facility: { id: facility }, areas: ['CHILD_LABOUR'] }), union);
    await file(stack, submission({ facility: { id: facility }, areas: ['CHILD_LABOUR', 'WORKING_TIME'] }));
    await file(stack, submission({ facility: { id: facility }, areas: ['DISCRIMINATION'] }), union);
    const list = async (filter: Omit<GrievanceFilter, 'facility'>) =>
      dataOf(await stack.query(LIST, { filter: { facility: [facility], ...filter } }, { token: inspector }))
        .grievances!;
    expect((await list({ area: ['CHILD_LABOUR'] })).totalCount).toBe(2);
    expect((await list({ area: ['CHILD_LABOUR'] })).edges).toHaveLength(2);
    expect((await list({ area: ['CHILD_LABOUR', 'WORKING_TIME'] })).totalCount).toBe(2);
    expect((await list({ filedBy: ['ANONYMOUS'] })).edges).toEqual([
      { node: { filedBy: 'ANONYMOUS', areas: ['CHILD_LABOUR', 'WORKING_TIME'] } },
    ]);
    expect((await list({ status: ['RECEIVED'], overdue: false })).totalCount).toBe(3);
    expect((await list({ overdue: true })).totalCount).toBe(0);
  });
});
