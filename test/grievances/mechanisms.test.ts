import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../runtime/audit';
import { config, overrideConfig } from '../../runtime/config';
import { logger } from '../../runtime/logger';
import { complainantMessage } from '../../subgraphs/grievances/src/domain';
import { Grievance } from '../../subgraphs/grievances/src/entities/grievance.entity';
import { GrievanceEvent } from '../../subgraphs/grievances/src/entities/grievance-event.entity';
import {
  escalateOverdueCases,
  startEscalationJob,
  stopEscalationJob,
} from '../../subgraphs/grievances/src/queries/escalation-job';
import { USMCA_RAPID_RESPONSE_STEPS } from '../../vocabulary/grievance-rules';
import { graphql } from '../__generated__';
import type { CreateAgreementInput } from '../__generated__/graphql';
import { agreementIn, IN_FORCE } from '../agreements/support';
import { ensureRegistered } from '../support/registry';
import { dataOf, startTestStack, type TestStack } from '../support/stack';
import { FILE_GRIEVANCE, file, move, newFacilityId, newKey, submission } from './fixtures';
import { secretsHashed } from './tracking-support';

/** Which rules a case runs on, their correction by a handler, and the escalation of missed deadlines. */
const NOW = new Date('2026-05-04T10:00:00Z');
const BD_FACILITY = newFacilityId('BD');
const CN_FACILITY = newFacilityId('CN');
const MX_FACILITY = newFacilityId('MX');
const US_OFFICE = 'org-grv-mech-us-labor-office';
const OWNER = 'org-grv-mech-owner';

let stack: TestStack;
let admin: string;
let union: string;
let inspector: string;
let owner: string;

const CASE = graphql(`
  query MechanismsCase($id: ID!) {
    grievance(id: $id) {
      status
      version
      handlerKind
      overdue
      mechanism {
        name
        source
        citation
        agreement {
          id
        }
        steps {
          name
          kind
          within {
            count
            unit
          }
          after
          escalatesTo
        }
        acknowledgeWithinDays
        respondWithinDays
      }
      deadlines {
        acknowledgeBy
        respondBy
        schedule {
          name
          dueBy
          escalatedAt
        }
      }
      timeline {
        kind
        note
        public
      }
    }
  }
`);

const CORRECT = graphql(`
  mutation MechanismsCorrect($id: ID!, $agreementId: ID, $country: String, $reason: String!, $v: Int!) {
    correctGrievanceMechanism(
      id: $id
      agreementId: $agreementId
      country: $country
      reason: $reason
      expectedVersion: $v
    ) {
      grievance {
        version
        mechanism {
          name
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

const FOLLOW = graphql(`
  query MechanismsFollow($code: String!, $secret: String!) {
    grievanceStatus(trackingCode: $code, secret: $secret) {
      status
      message
      overdue
      timeline {
        message
      }
    }
  }
`);

/** An agreement binding Bangladesh and Germany whose mechanism says: acknowledge in 14 days, respond in 60. */
const framework = (title: string): CreateAgreementInput => ({
  title,
  kind: 'BILATERAL',
  draftedOn: '2023-06-01',
  parties: [{ country: 'BD' }, { country: 'DE' }],
  provisions: [{ kind: 'GRIEVANCE_MECHANISM', article: 'Art. 8' }],
  grievanceMechanism: {
    name: 'FRAMEWORK_COMPLAINTS',
    acknowledgeWithinDays: 14,
    respondWithinDays: 60,
    respondAfter: 'ACKNOWLEDGED',
  },
});

const read = async (id: string, token = inspector) => dataOf(await stack.query(CASE, { id }, { token })).grievance!;
const events = (id: string, kind: string) =>
  stack.em('grievances').count(GrievanceEvent, { grievance: id, kind: kind as GrievanceEvent['kind'] });

let inForce: string;

beforeAll(async () => {
  stack = await startTestStack({ now: NOW });
  await ensureRegistered(stack, BD_FACILITY, CN_FACILITY, MX_FACILITY);
  admin = await stack.token({ role: 'ADMIN', subject: 'admin-mech' });
  union = await stack.token({ role: 'UNION', organizationId: 'org-grv-mech-union' });
  inspector = await stack.token({ role: 'REGULATOR', organizationId: 'org-grv-mech-bd-inspectorate', country: 'BD' });
  owner = await stack.token({ role: 'SUPPLIER', organizationId: OWNER });
  inForce = (await agreementIn(stack, admin, framework('BD–DE framework with complaints'), IN_FORCE)).id;
});
afterAll(() => stack?.stop());

describe('the rules a case is filed under', () => {
  it("runs a case filed under an agreement on the agreement's own periods", async () => {
    const { grievance } = await file(stack, submission({ facility: { id: BD_FACILITY }, agreementId: inForce }), union);
    const filed = await read(grievance.id);
    expect(filed.mechanism).toMatchObject({
      name: 'FRAMEWORK_COMPLAINTS',
      source: 'AGREEMENT',
      agreement: { id: inForce },
      acknowledgeWithinDays: 14,
      respondWithinDays: 60,
    });
    // 14 days to acknowledge; 60 from the acknowledgement, or from its deadline while nobody acknowledged.
    expect(filed.deadlines).toMatchObject({
      acknowledgeBy: '2026-05-18T10:00:00.000Z',
      respondBy: '2026-07-17T10:00:00.000Z',
    });
  });

  it("runs a case without an agreement on the statutory rules of the facility's country, in working days for China", async () => {
    const { grievance } = await file(stack, submission({ facility: { id: CN_FACILITY } }), union);
    const filed = await read(grievance.id, union);
    expect(filed.mechanism).toMatchObject({
      name: 'CN_LABOUR_SECURITY_SUPERVISION',
      source: 'STATUTORY',
      citation: expect.stringContaining('Labour Security Supervision'),
    });
    expect(filed.mechanism.steps[0]).toMatchObject({
      kind: 'ACKNOWLEDGE',
      within: { count: 5, unit: 'BUSINESS_DAYS' },
    });
    // Filed on Monday 4 May: five working days end on Monday 11 May.
    expect(filed.deadlines.acknowledgeBy).toBe('2026-05-11T10:00:00.000Z');
  });

  it('files a case under an agreement that is not in force on the statutory rules, and tells the handler why', async () => {
    const suspended = (
      await agreementIn(stack, admin, framework('BD–DE framework, suspended'), [
        ...IN_FORCE,
        ['SUSPENDED', '2025-03-01'],
      ])
    ).id;
    const { grievance } = await file(
      stack,
      submission({ facility: { id: BD_FACILITY }, agreementId: suspended }),
      union,
    );
    const filed = await read(grievance.id, union);
    expect(filed.mechanism).toMatchObject({ name: 'BD_LABOUR_ACT_S33', source: 'STATUTORY' });
    const routed = filed.timeline.find((event) => event.kind === 'ROUTED');
    expect(routed?.note).toMatch(new RegExp(`mechanism of ${suspended} does not apply: .*SUSPENDED`));
  });

  it('refuses a filing under an unknown agreement, and writes nothing', async () => {
    const before = await stack.em('grievances').count(Grievance, {});
    const input = submission({ facility: { id: BD_FACILITY }, agreementId: 'agr-no-such-agreement' });
    const refused = await stack.query(FILE_GRIEVANCE, { input, key: newKey() }, { token: union });
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0]).toMatchObject({
      message: 'Unknown agreement: agr-no-such-agreement',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await stack.em('grievances').count(Grievance, {})).toBe(before);
  });
});

describe('the USMCA rapid-response mechanism', () => {
  it('runs Annex 31-A day by day: 10 days to agree to review, 45 from the request, 10 to agree a remedy, then remediation', async () => {
    stack.clock.set(NOW);
    const usmca = await agreementIn(
      stack,
      admin,
      {
        title: 'USMCA labour chapter with its rapid-response mechanism',
        kind: 'TRADE_AGREEMENT_LABOUR_CHAPTER',
        draftedOn: '2018-09-30',
        parties: [{ country: 'MX' }, { country: 'US' }, { organizationId: US_OFFICE }],
        provisions: [{ kind: 'GRIEVANCE_MECHANISM', article: 'Annex 31-A' }],
        grievanceMechanism: {
          name: 'USMCA_RAPID_RESPONSE',
          citation: 'USMCA Annex 31-A',
          secretariatOrganizationId: US_OFFICE,
          steps: USMCA_RAPID_RESPONSE_STEPS.map(({ name, kind, within, after, escalatesTo, citation }) => ({
            name,
            kind,
            within,
            after,
            escalatesTo,
            citation,
          })),
        },
      },
      IN_FORCE,
    );
    const { grievance } = await file(
      stack,
      submission({ facility: { id: MX_FACILITY }, agreementId: usmca.id, areas: ['FREEDOM_OF_ASSOCIATION'] }),
      union,
    );
    const filed = await read(grievance.id, union);
    expect(filed.handlerKind).toBe('MECHANISM');
    expect(filed.deadlines.schedule.map((step) => [step.name, step.dueBy])).toEqual([
      ['NOTICE_OF_REVIEW', '2026-05-14T10:00:00.000Z'],
      ['REVIEW', '2026-06-18T10:00:00.000Z'],
      ['REMEDIATION_AGREEMENT', '2026-06-28T10:00:00.000Z'],
      ['REMEDIATION', '2026-08-12T10:00:00.000Z'],
    ]);
    const office = await stack.token({ role: 'REGULATOR', organizationId: US_OFFICE, country: 'US' });
    let version = await move(stack, office, grievance.id, 'ACKNOWLEDGED', grievance.version);
    stack.clock.set(new Date('2026-06-19T00:00:00Z'));
    expect((await read(grievance.id, union)).overdue).toBe(true);
    version = await move(stack, office, grievance.id, 'UNDER_REVIEW', version);
    await move(stack, office, grievance.id, 'REMEDIATION_AGREED', version);
    const agreed = await read(grievance.id, union);
    // The remediation period runs from the remedy actually agreed.
    expect(agreed.overdue).toBe(false);
    expect(agreed.deadlines.schedule.at(-1)).toMatchObject({ name: 'REMEDIATION', dueBy: '2026-08-03T00:00:00.000Z' });
    stack.clock.set(NOW);
  });
});

describe("a handler's correction of the mechanism", () => {
  it('recomputes the deadlines from the filing time, and is kept in the timeline and the audit log', async () => {
    const { grievance } = await file(stack, submission({ facility: { id: BD_FACILITY } }), union);
    // The Bangladesh Labour Act: a decision within 30 days of the complaint.
    expect((await read(grievance.id)).deadlines.respondBy).toBe('2026-06-03T10:00:00.000Z');
    stack.clock.set(new Date('2026-05-06T10:00:00Z'));
    const corrected = await stack.query(
      CORRECT,
      { id: grievance.id, agreementId: inForce, reason: 'Filed under the framework agreement', v: grievance.version },
      { token: inspector },
    );
    expect(dataOf(corrected).correctGrievanceMechanism).toMatchObject({
      grievance: { mechanism: { name: 'FRAMEWORK_COMPLAINTS' } },
      userErrors: [],
    });
    const after = await read(grievance.id);
    expect(after.deadlines).toMatchObject({
      acknowledgeBy: '2026-05-18T10:00:00.000Z',
      respondBy: '2026-07-17T10:00:00.000Z',
    });
    expect(after.timeline.at(-1)).toMatchObject({
      kind: 'MECHANISM_CORRECTED',
      public: true,
      note: expect.stringMatching(
        /^From BD_LABOUR_ACT_S33 .* to FRAMEWORK_COMPLAINTS .*: Filed under the framework agreement$/,
      ),
    });
    const audit = await stack
      .em('grievances')
      .find(AuditEntry, { target: `Grievance:${grievance.id}`, operation: 'correctGrievanceMechanism' });
    expect(audit).toHaveLength(1);
    stack.clock.set(NOW);
  });

  it('refuses a correction without a reason, by the facility owner, or to the rules already in force, changing nothing', async () => {
    const { grievance } = await file(
      stack,
      submission({ facility: { id: BD_FACILITY }, facilityOwnerId: OWNER, agreementId: inForce }),
      union,
    );
    const attempt = (variables: { reason: string; agreementId?: string; country?: string }, token: string) =>
      stack.query(CORRECT, { id: grievance.id, v: grievance.version, ...variables }, { token });
    const noReason = await attempt({ reason: '  ', country: 'BD' }, inspector);
    expect(noReason.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const both = await attempt({ reason: 'x', country: 'BD', agreementId: inForce }, inspector);
    expect(both.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const byOwner = await attempt({ reason: 'A slower clock suits us', country: 'BD' }, owner);
    expect(byOwner.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const same = await attempt({ reason: 'Same again', agreementId: inForce }, inspector);
    expect(dataOf(same).correctGrievanceMechanism!.userErrors).toEqual([
      { code: 'CONFLICT', message: 'The case already runs on FRAMEWORK_COMPLAINTS', field: ['id'] },
    ]);
    expect((await read(grievance.id)).version).toBe(grievance.version);
  });
});

describe('escalation of missed deadlines', () => {
  it('escalates a case past its acknowledgement deadline once, to the regulator, and tells the worker in their language', async () => {
    stack.clock.set(NOW);
    const filing = await file(
      stack,
      submission({ facility: { id: BD_FACILITY }, facilityOwnerId: OWNER, language: 'bn-BD' }),
    );
    await secretsHashed(stack);
    const id = filing.grievance.id;
    expect((await read(id)).handlerKind).toBe('FACILITY_OWNER');

    stack.clock.set(new Date('2026-05-11T10:00:00Z')); // exactly the deadline: on time, nothing to do
    await escalateOverdueCases(stack.em('grievances'), stack.clock);
    expect(await events(id, 'DEADLINE_MISSED')).toBe(0);

    stack.clock.set(new Date('2026-05-11T10:00:01Z'));
    // Late and not yet escalated: the worker reads that the case is late, not "we will confirm receipt".
    const late = dataOf(
      await stack.query(FOLLOW, { code: filing.trackingCode, secret: filing.secret! }),
    ).grievanceStatus!;
    expect(late).toMatchObject({
      status: 'RECEIVED',
      overdue: true,
      message: complainantMessage('RECEIVED', 'bn', { overdue: true }).nextStep,
    });
    await escalateOverdueCases(stack.em('grievances'), stack.clock);
    await escalateOverdueCases(stack.em('grievances'), stack.clock);
    const escalated = await read(id);
    expect(escalated).toMatchObject({ status: 'ESCALATED', handlerKind: 'REGULATOR', overdue: false });
    expect(escalated.deadlines.schedule[0]).toMatchObject({
      name: 'ACKNOWLEDGE',
      escalatedAt: '2026-05-11T10:00:01.000Z',
    });
    expect(await events(id, 'DEADLINE_MISSED')).toBe(1);
    expect(await events(id, 'ESCALATED')).toBe(1);

    const followed = dataOf(
      await stack.query(FOLLOW, { code: filing.trackingCode, secret: filing.secret! }),
    ).grievanceStatus!;
    expect(followed).toMatchObject({ status: 'ESCALATED', message: complainantMessage('ESCALATED', 'bn').nextStep });
    expect(followed.timeline).toHaveLength(3);

    // The response deadline then runs on: missed too, it is recorded once, the regulator already handling it.
    stack.clock.set(new Date('2026-06-04T10:00:00Z'));
    await escalateOverdueCases(stack.em('grievances'), stack.clock);
    await escalateOverdueCases(stack.em('grievances'), stack.clock);
    expect(await events(id, 'DEADLINE_MISSED')).toBe(2);
    expect(await events(id, 'ESCALATED')).toBe(1);
    expect(await read(id)).toMatchObject({ status: 'ESCALATED', overdue: true });
    stack.clock.set(NOW);
  });

  it('runs the rounds by itself every DEADLINE_ESCALATION_INTERVAL_MS, and stops with the subgraph', async () => {
    stack.clock.set(NOW);
    const { grievance } = await file(
      stack,
      submission({ facility: { id: BD_FACILITY }, facilityOwnerId: OWNER }),
      union,
    );
    stack.clock.set(new Date('2026-05-12T00:00:00Z'));
    const setting = config().DEADLINE_ESCALATION_INTERVAL_MS;
    overrideConfig({ DEADLINE_ESCALATION_INTERVAL_MS: 50 });
    const em = stack.em('grievances');
    try {
      startEscalationJob(em, logger('test'), stack.clock);
      for (let tries = 0; (await events(grievance.id, 'DEADLINE_MISSED')) === 0; tries++) {
        if (tries > 200) throw new Error('no escalation round ran within ten seconds');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    } finally {
      await stopEscalationJob(em);
      overrideConfig({ DEADLINE_ESCALATION_INTERVAL_MS: setting });
    }
    expect((await read(grievance.id)).status).toBe('ESCALATED');
    stack.clock.set(NOW);
  });

  it.runIf(config().DATABASE_URL)('escalates each case once when two job runners work at the same time', async () => {
    stack.clock.set(NOW);
    const ids: string[] = [];
    for (let n = 0; n < 6; n++) {
      const { grievance } = await file(
        stack,
        submission({ facility: { id: BD_FACILITY }, facilityOwnerId: OWNER }),
        union,
      );
      ids.push(grievance.id);
    }
    stack.clock.set(new Date('2026-05-12T00:00:00Z'));
    await Promise.all([
      escalateOverdueCases(stack.em('grievances'), stack.clock),
      escalateOverdueCases(stack.em('grievances'), stack.clock),
      escalateOverdueCases(stack.em('grievances'), stack.clock),
    ]);
    for (const id of ids) {
      expect(await events(id, 'DEADLINE_MISSED')).toBe(1);
      expect(await events(id, 'ESCALATED')).toBe(1);
    }
    stack.clock.set(NOW);
  });
});

// Last: it stops the agreements subgraph.
describe('an outage of the agreements subgraph', () => {
  it('lets a filing go ahead on the statutory rules, noting why, and holds a correction back', async () => {
    stack.clock.set(NOW);
    const { grievance } = await file(stack, submission({ facility: { id: BD_FACILITY } }), union);
    await stack.subgraphs.agreements.stop();
    const filed = await file(stack, submission({ facility: { id: BD_FACILITY }, agreementId: inForce }), union);
    const onStatute = await read(filed.grievance.id, union);
    expect(onStatute.mechanism).toMatchObject({ name: 'BD_LABOUR_ACT_S33', source: 'STATUTORY' });
    expect(onStatute.timeline.find((event) => event.kind === 'ROUTED')?.note).toMatch(
      /agreements could not be read at filing/,
    );
    const held = await stack.query(
      CORRECT,
      { id: grievance.id, agreementId: inForce, reason: 'Filed under the framework agreement', v: grievance.version },
      { token: inspector },
    );
    expect(held.status).toBe(503);
    expect(held.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect((await read(grievance.id)).version).toBe(grievance.version);
  });
});
