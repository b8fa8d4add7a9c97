import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MY_GRIEVANCE } from '../../bench/operations';
import { config } from '../../runtime/config';
import { GRIEVANCE_STATUSES, OPEN_STATUSES } from '../../subgraphs/grievances/src/domain';
import { GrievanceEvent } from '../../subgraphs/grievances/src/entities/grievance-event.entity';
import { Grievance } from '../../subgraphs/grievances/src/entities/grievance.entity';
import { Remediation } from '../../subgraphs/grievances/src/entities/remediation.entity';
import { DEMO_TRACKING } from '../../subgraphs/grievances/src/seed/seed';
import { graphql } from '../__generated__';
import { dataOf, startTestStack, type TestStack } from '../support/stack';

/** The demo cases `npm start` seeds: enough, varied, and consistent with the rest of the demo world. */
let stack: TestStack;

const STATUS = graphql(MY_GRIEVANCE);
const OPEN_COUNT = graphql(`
  query GrievancesDemoOpenCount($id: ID!) {
    facility(id: $id) {
      grievanceSummary {
        open
      }
    }
  }
`);

beforeAll(async () => {
  stack = await startTestStack({ seed: true });
});
afterAll(() => stack?.stop());

describe('the demo grievances', () => {
  it('are at least 150, in every status and the demo languages, with timelines and remedies', async () => {
    const em = stack.em('grievances');
    const cases = await em.find(Grievance, {});
    expect(cases.length).toBeGreaterThanOrEqual(150);
    expect(new Set(cases.map((grievance) => grievance.status))).toEqual(new Set(GRIEVANCE_STATUSES));
    expect(new Set(cases.map((grievance) => grievance.language.split('-')[0]))).toEqual(
      new Set(['en', 'bn', 'vi', 'km', 'es', 'fr']),
    );
    expect(new Set(cases.map((grievance) => grievance.filedBy))).toEqual(
      new Set(['WORKER', 'ANONYMOUS', 'UNION', 'CIVIL_SOCIETY', 'BRAND', 'REGULATOR']),
    );
    expect(await em.count(GrievanceEvent, {})).toBeGreaterThan(cases.length * 3);
    expect(await em.count(Remediation, { verifiedAt: { $ne: null } })).toBeGreaterThan(0);
    const now = stack.clock.now();
    const overdue = cases.filter(
      (grievance) => OPEN_STATUSES.includes(grievance.status) && grievance.nextDueAt && grievance.nextDueAt < now,
    );
    expect(overdue.length).toBeGreaterThan(10);
    expect(overdue.length).toBeLessThan(cases.filter((grievance) => OPEN_STATUSES.includes(grievance.status)).length);
  });

  it('include a case a newcomer can follow with its tracking code and secret', async () => {
    const response = await stack.query(STATUS, { code: DEMO_TRACKING.trackingCode, secret: DEMO_TRACKING.secret });
    expect(response.errors).toBeUndefined();
    expect(response.data?.grievanceStatus?.timeline[0].message).toBeTruthy();
    const demoCase = await stack
      .em('grievances')
      .findOneOrFail(Grievance, { trackingCode: DEMO_TRACKING.trackingCode }, { fields: ['id', 'secretHash'] });
    expect(demoCase.secretHash?.startsWith(`scrypt$${2 ** config().TRACKING_SECRET_HASH_COST}$`)).toBe(true);
  });

  it("show the demo case escalated by its missed deadlines, as the README's worker example does", async () => {
    const em = stack.em('grievances');
    const demoCase = await em.findOneOrFail(Grievance, { trackingCode: DEMO_TRACKING.trackingCode });
    expect(demoCase).toMatchObject({ status: 'ESCALATED', handlerKind: 'REGULATOR', facilityCountry: 'CN' });
    const kinds = (
      await em.find(GrievanceEvent, { grievance: demoCase.id, public: true }, { orderBy: { sequence: 'asc' } })
    ).map((event) => event.kind);
    expect(kinds).toEqual(['FILED', 'DEADLINE_MISSED', 'ESCALATED', 'DEADLINE_MISSED']);
  });

  it('are filed under a realistic mix of mechanisms, and missed deadlines were escalated', async () => {
    const em = stack.em('grievances');
    const cases = await em.find(Grievance, {});
    const mechanisms = new Set(cases.map((grievance) => grievance.rules.mechanism));
    for (const name of [
      'USMCA_RAPID_RESPONSE',
      'ACCORD_SAFETY_COMPLAINTS',
      'GFA_JOINT_COMPLAINTS',
      'BD_LABOUR_ACT_S33',
    ])
      expect(mechanisms).toContain(name);
    expect(cases.filter((grievance) => grievance.rules.source === 'STATUTORY').length).toBeGreaterThan(
      cases.length / 2,
    );
    expect(await em.count(GrievanceEvent, { kind: 'DEADLINE_MISSED' })).toBeGreaterThan(10);
    // Nothing is left for the first escalation round to do.
    expect(await em.count(Grievance, { nextEscalationAt: { $lt: stack.clock.now() } })).toBe(0);
  });

  it('give some facilities counts above the suppression threshold, which their regulator sees in full', async () => {
    const open = new Map<string, number>();
    for (const grievance of await stack
      .em('grievances')
      .find(Grievance, { status: { $in: [...OPEN_STATUSES] }, facilityId: { $ne: null } })) {
      open.set(grievance.facilityId!, (open.get(grievance.facilityId!) ?? 0) + 1);
    }
    const busy = [...open].filter(([, count]) => count >= 5);
    expect(busy.length).toBeGreaterThan(0);
    const [facilityId, count] = busy[0];
    // The public is shown only cells of 5 or more alike cases; the regulator sees every case.
    const regulator = await stack.token({
      role: 'REGULATOR',
      organizationId: 'org-demo-test-inspectorate',
      country: facilityId.slice(0, 2),
    });
    const response = await stack.query(OPEN_COUNT, { id: facilityId }, { token: regulator });
    expect(dataOf(response).facility?.grievanceSummary?.open).toBe(count);
  });
});
