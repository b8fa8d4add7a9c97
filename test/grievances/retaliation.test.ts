import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Grievance } from '../../subgraphs/grievances/src/entities/grievance.entity';
import { graphql } from '../__generated__';
import { ensureRegistered } from '../support/registry';
import { dataOf, startTestStack, type TestStack } from '../support/stack';
import { FILE_GRIEVANCE, file, newFacilityId, newKey, submission } from './fixtures';
import { secretsHashed } from './tracking-support';

/** Retaliation against a complainant: its own case, linked, urgent, routed to the regulator too, and counted. */
const NOW = new Date('2026-05-04T10:00:00Z');
const FACILITY = newFacilityId('BD');
const OTHER_FACILITY = newFacilityId('BD');
const OWNER = 'org-grv-retaliation-owner';

let stack: TestStack;
let union: string;
let inspector: string;
let brand: string;

const CASE = graphql(`
  query RetaliationCase($id: ID!) {
    grievance(id: $id) {
      id
      version
      isRetaliation
      retaliationClaim
      handlerKind
      handler {
        id
      }
      retaliationAgainst {
        id
      }
      retaliationCases {
        id
      }
      deadlines {
        acknowledgeBy
        respondBy
      }
      timeline {
        kind
        note
      }
    }
  }
`);

const FOLLOW = graphql(`
  query RetaliationFollow($code: String!, $secret: String!) {
    grievanceStatus(trackingCode: $code, secret: $secret) {
      timeline {
        message
      }
    }
  }
`);

const LIST = graphql(`
  query RetaliationList($filter: GrievanceFilter!) {
    grievances(first: 50, filter: $filter) {
      edges {
        node {
          id
          isRetaliation
        }
      }
    }
  }
`);

const STATS = graphql(`
  query RetaliationStats($filter: GrievanceStatsFilter) {
    grievanceStats(groupBy: [RETALIATION], filter: $filter) {
      retaliation
      cases
      suppressed
    }
  }
`);

const read = async (id: string, token = inspector) => dataOf(await stack.query(CASE, { id }, { token })).grievance!;

beforeAll(async () => {
  stack = await startTestStack({ now: NOW });
  await ensureRegistered(stack, FACILITY, OTHER_FACILITY);
  union = await stack.token({ role: 'UNION', organizationId: 'org-grv-retaliation-union' });
  inspector = await stack.token({ role: 'REGULATOR', organizationId: 'org-grv-retaliation-bd-dife', country: 'BD' });
  brand = await stack.token({ role: 'BRAND', organizationId: 'org-grv-retaliation-brand' });
});
afterAll(() => stack?.stop());

describe('a retaliation case', () => {
  it("is linked to the worker's case, runs on 24 and 72 hours, goes to that case's handler and the regulator", async () => {
    const original = await file(stack, submission({ facility: { id: FACILITY }, facilityOwnerId: OWNER }));
    await secretsHashed(stack);
    stack.clock.set(new Date('2026-05-06T08:00:00Z'));
    const reported = await file(
      stack,
      submission({
        facility: { id: FACILITY },
        areas: ['FREEDOM_OF_ASSOCIATION'],
        summary: 'Moved to the night shift after my complaint',
        retaliationAgainst: { trackingCode: original.trackingCode, secret: original.secret },
      }),
    );
    await secretsHashed(stack);
    const report = await read(reported.grievance.id);
    expect(report).toMatchObject({
      isRetaliation: true,
      retaliationClaim: true,
      handlerKind: 'FACILITY_OWNER',
      handler: { id: OWNER },
      retaliationAgainst: { id: original.grievance.id },
      deadlines: { acknowledgeBy: '2026-05-07T08:00:00.000Z', respondBy: '2026-05-09T08:00:00.000Z' },
    });
    expect(report.timeline.map((event) => event.note)).toContain(
      'The labour inspectorate of BD notified: retaliation against a complainant is urgent.',
    );
    const retaliated = await read(original.grievance.id);
    expect(retaliated.retaliationCases).toEqual([{ id: reported.grievance.id }]);
    // Its handler's expected version still holds: the report is not a change of that case.
    expect(retaliated.version).toBe(original.grievance.version);
    expect(retaliated.timeline.at(-1)?.kind).toBe('RETALIATION_REPORTED');
    // The worker sees it on the first case too.
    const followed = dataOf(
      await stack.query(FOLLOW, { code: original.trackingCode, secret: original.secret! }),
    ).grievanceStatus!;
    expect(followed.timeline.at(-1)?.message).toMatch(/retaliation/i);
    stack.clock.set(NOW);
  });

  it('is refused with a wrong secret or another facility, and nothing is written', async () => {
    const original = await file(stack, submission({ facility: { id: FACILITY } }));
    await secretsHashed(stack);
    const before = await stack.em('grievances').count(Grievance, {});
    const attempt = (facility: string, secret: string) =>
      stack.query(FILE_GRIEVANCE, {
        input: submission({
          facility: { id: facility },
          retaliationAgainst: { trackingCode: original.trackingCode, secret },
        }),
        key: newKey(),
      });
    const wrongSecret = await attempt(FACILITY, 'not-the-secret-at-all');
    expect(wrongSecret.data?.submitGrievance?.userErrors).toEqual([
      {
        code: 'NOT_FOUND',
        message: 'No grievance matches this tracking code and secret',
        field: ['input', 'retaliationAgainst'],
      },
    ]);
    await ensureRegistered(stack, OTHER_FACILITY);
    const elsewhere = await attempt(OTHER_FACILITY, original.secret!);
    expect(elsewhere.data?.submitGrievance?.userErrors[0]).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: ['input', 'facility'],
    });
    expect(await stack.em('grievances').count(Grievance, {})).toBe(before);
  });

  it('is filed by a union against a case it sees, filtered apart and counted under suppression', async () => {
    const facility = newFacilityId('BD');
    const original = await file(stack, submission({ facility: { id: facility } }), union);
    const reports: string[] = [];
    for (let n = 0; n < 5; n++) {
      const { grievance } = await file(
        stack,
        submission({ facility: { id: facility }, retaliationAgainst: { grievanceId: original.grievance.id } }),
        union,
      );
      reports.push(grievance.id);
    }
    const listed = dataOf(
      await stack.query(LIST, { filter: { facility: [facility], retaliation: true } }, { token: inspector }),
    ).grievances!.edges.map((edge) => edge.node);
    expect(listed.map((node) => node.id).sort()).toEqual([...reports].sort());
    const complaints = dataOf(
      await stack.query(LIST, { filter: { facility: [facility], retaliation: false } }, { token: inspector }),
    ).grievances!.edges.map((edge) => edge.node.id);
    expect(complaints).toEqual([original.grievance.id]);

    // Five retaliation cases in one cell are shown to a brand; the lone complaint's cell is withheld.
    const filter = { country: ['BD'], from: '2026-05-01', to: '2026-05-31' };
    const forBrand = dataOf(await stack.query(STATS, { filter }, { token: brand })).grievanceStats!;
    const retaliationRow = forBrand.find((row) => row.retaliation === true);
    expect(retaliationRow).toMatchObject({ suppressed: true });
    expect(retaliationRow!.cases).toBeGreaterThanOrEqual(5);
    const forRegulator = dataOf(await stack.query(STATS, { filter }, { token: inspector })).grievanceStats!;
    const all = await stack.em('grievances').count(Grievance, { retaliationOf: { $ne: null }, facilityCountry: 'BD' });
    expect(forRegulator.find((row) => row.retaliation === true)).toEqual({
      retaliation: true,
      cases: all,
      suppressed: false,
    });
  });

  it('refuses a retaliation report that names a case by id and by tracking code at once', async () => {
    const original = await file(stack, submission({ facility: { id: FACILITY } }), union);
    const refused = await stack.query(
      FILE_GRIEVANCE,
      {
        input: submission({
          facility: { id: FACILITY },
          retaliationAgainst: { grievanceId: original.grievance.id, trackingCode: original.trackingCode },
        }),
        key: newKey(),
      },
      { token: union },
    );
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].message).toMatch(/by its id or by its tracking code, not both/);
  });
});
