import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxEvent } from '../../runtime/outbox';
import type { SubgraphName } from '../../runtime/subgraph-server';
import { Grievance } from '../../subgraphs/grievances/src/entities/grievance.entity';
import { escalateOverdueCases } from '../../subgraphs/grievances/src/queries/escalation-job';
import { graphql } from '../__generated__';
import { agreementIn, bilateral, mutate } from '../agreements/support';
import { FILE_GRIEVANCE, file, move, newFacilityId, newKey, submission } from '../grievances/fixtures';
import { addFacility, addOrganization } from '../inspections/fixtures';
import { ensureRegistered } from '../support/registry';
import { dataOf, startTestStack, type TestStack } from '../support/stack';

/**
 * Each change leaves exactly its events in the outbox of the subgraph that made it, in the same
 * transaction; a refused change leaves none. Payloads carry ids, countries and states, never a
 * complainant's words or identity.
 */
const NOW = new Date('2026-05-04T10:00:00Z');
const AUDITOR = 'org-events-audits';
const BRAND = 'org-events-brand';
const UNION = 'org-events-union';
const INSPECTED = newFacilityId('BD');
const SURVIVOR = newFacilityId('BD');
const DUPLICATE = newFacilityId('BD');
const CASE_FACILITY = newFacilityId('BD');

const MERGE = graphql(`
  mutation EventsEmittedMerge($survivor: ID!, $duplicate: ID!) {
    mergeFacilities(survivorId: $survivor, duplicateId: $duplicate) {
      mergedId
      userErrors {
        code
      }
    }
  }
`);
const SUBMIT_INSPECTION = graphql(`
  mutation EventsEmittedSubmitInspection($input: SubmitInspectionInput!, $key: String!) {
    submitInspection(input: $input, idempotencyKey: $key) {
      inspection {
        id
        findings(first: 5) {
          id
          area
          severity
        }
      }
      userErrors {
        code
      }
    }
  }
`);
const PUBLISH = graphql(`
  mutation EventsEmittedPublish($id: ID!) {
    publishInspection(id: $id) {
      userErrors {
        code
      }
    }
  }
`);
const DISCLOSE = graphql(`
  mutation EventsEmittedDisclose($input: ChangeDisclosureInput!) {
    changeDisclosure(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const ESCALATE = graphql(`
  mutation EventsEmittedEscalate($id: ID!, $version: Int!) {
    escalateGrievance(id: $id, to: REGULATOR, expectedVersion: $version) {
      grievance {
        version
      }
      userErrors {
        code
      }
    }
  }
`);
const WITHDRAW = graphql(`
  mutation EventsEmittedWithdraw($code: String!) {
    withdrawGrievance(trackingCode: $code) {
      userErrors {
        code
      }
    }
  }
`);

let stack: TestStack;
let tokens: Record<'admin' | 'auditor' | 'union' | 'regulator', string>;

/** What `change` recorded in the outbox of `subgraph`, in the order it was recorded. */
async function told(subgraph: SubgraphName, change: () => Promise<unknown>) {
  const before = new Set((await stack.em(subgraph).find(OutboxEvent, {})).map((row) => row.id));
  await change();
  const rows = await stack.em(subgraph).find(OutboxEvent, {}, { orderBy: { id: 'asc' } });
  return rows
    .filter((row) => !before.has(row.id))
    .map(({ type, version, source, subject, country, payload }) => ({
      type,
      version,
      source,
      subject,
      country,
      payload,
    }));
}

beforeAll(async () => {
  stack = await startTestStack({ now: NOW });
  const suppliers = stack.em('suppliers');
  addOrganization(suppliers, AUDITOR, 'AUDIT_FIRM', 'BD');
  addOrganization(suppliers, BRAND, 'BRAND', 'NL');
  for (const id of [INSPECTED, SURVIVOR, DUPLICATE, CASE_FACILITY]) addFacility(suppliers, id, null, [BRAND]);
  await suppliers.flush();
  tokens = {
    admin: await stack.token({ role: 'ADMIN', subject: 'events-admin' }),
    auditor: await stack.token({ role: 'AUDITOR', organizationId: AUDITOR }),
    union: await stack.token({ role: 'UNION', organizationId: UNION }),
    regulator: await stack.token({ role: 'REGULATOR', organizationId: 'org-events-inspectorate-bd', country: 'BD' }),
  };
});
afterAll(() => stack?.stop());

describe('the suppliers subgraph', () => {
  it('tells of a merge once: FACILITY_MERGED about the facility that goes', async () => {
    const merge = () => stack.query(MERGE, { survivor: SURVIVOR, duplicate: DUPLICATE }, { token: tokens.admin });
    expect(await told('suppliers', merge)).toEqual([
      {
        type: 'FACILITY_MERGED',
        version: 1,
        source: 'suppliers',
        subject: `Facility:${DUPLICATE}`,
        country: 'BD',
        payload: { survivorId: SURVIVOR, mergedId: DUPLICATE, country: 'BD', earlierMergedIds: [] },
      },
    ]);
    // Merging again what is merged changes nothing, and tells nothing.
    expect(await told('suppliers', merge)).toEqual([]);
  });

  it('tells nothing of a refused merge', async () => {
    const intoMerged = () =>
      stack.query(MERGE, { survivor: DUPLICATE, duplicate: INSPECTED }, { token: tokens.admin }).then(dataOf);
    expect(await told('suppliers', intoMerged)).toEqual([]);
  });
});

describe('the inspections subgraph', () => {
  let inspectionId: string;
  let zeroToleranceId: string;

  it('tells nothing of a submission, then of its publication and each zero-tolerance finding in it', async () => {
    const submitted = await told('inspections', async () => {
      const payload = dataOf(
        await stack.query(
          SUBMIT_INSPECTION,
          {
            key: newKey('inspection'),
            input: {
              facilityId: INSPECTED,
              kind: 'SOCIAL_AUDIT',
              startedOn: '2026-05-01',
              endedOn: '2026-05-02',
              announced: false,
              workersInterviewed: 12,
              disclosure: 'SHARED_WITH_BUYERS',
              sharedWithBuyerIds: [BRAND],
              findings: [
                {
                  area: 'FORCED_LABOUR',
                  conventions: ['C029'],
                  compliancePoint: 'Passports',
                  severity: 'ZERO_TOLERANCE',
                  description: 'Kept',
                },
                { area: 'WORKING_TIME', compliancePoint: 'Overtime', severity: 'MAJOR', description: 'Long weeks' },
              ],
            },
          },
          { token: tokens.auditor },
        ),
      ).submitInspection!;
      expect(payload.userErrors).toEqual([]);
      inspectionId = payload.inspection!.id;
      zeroToleranceId = payload.inspection!.findings!.find((finding) => finding.severity === 'ZERO_TOLERANCE')!.id;
    });
    expect(submitted).toEqual([]);

    const publish = () => stack.query(PUBLISH, { id: inspectionId }, { token: tokens.auditor });
    const published = await told('inspections', publish);
    expect(published).toEqual([
      {
        type: 'INSPECTION_PUBLISHED',
        version: 1,
        source: 'inspections',
        subject: `Inspection:${inspectionId}`,
        country: 'BD',
        payload: {
          inspectionId,
          facilityId: INSPECTED,
          country: 'BD',
          conductedOn: '2026-05-02',
          findings: 2,
          disclosure: 'SHARED_WITH_BUYERS',
          areas: ['FORCED_LABOUR', 'WORKING_TIME'],
        },
      },
      {
        type: 'ZERO_TOLERANCE_FINDING',
        version: 1,
        source: 'inspections',
        subject: `Finding:${zeroToleranceId}`,
        country: 'BD',
        payload: {
          inspectionId,
          findingId: zeroToleranceId,
          facilityId: INSPECTED,
          country: 'BD',
          area: 'FORCED_LABOUR',
          publishedAt: NOW.toISOString(),
          disclosure: 'SHARED_WITH_BUYERS',
        },
      },
    ]);
    // Published already: refused, and nothing told.
    expect(await told('inspections', publish)).toEqual([]);
  });

  it('tells of a published report made PUBLIC as a release to everyone, and of no other change of disclosure', async () => {
    const disclose = (disclosure: 'PUBLIC' | 'PRIVATE') => () =>
      stack.query(DISCLOSE, { input: { inspectionId, disclosure } }, { token: tokens.auditor });
    const madePublic = await told('inspections', disclose('PUBLIC'));
    expect(madePublic.map((event) => [event.type, event.payload.disclosure])).toEqual([
      ['INSPECTION_PUBLISHED', 'PUBLIC'],
      ['ZERO_TOLERANCE_FINDING', 'PUBLIC'],
    ]);
    expect(await told('inspections', disclose('PRIVATE'))).toEqual([]);
  });
});

describe('the grievances subgraph', () => {
  // Every case here is filed with the submission's default areas, but for the retaliation case.
  const about = (id: string) => ({
    grievanceId: id,
    facilityId: CASE_FACILITY,
    country: 'BD',
    areas: ['WORKING_TIME', 'COMPENSATION'],
  });
  const event = (id: string, type: string, payload: Record<string, unknown>) => ({
    type,
    version: 1,
    source: 'grievances',
    subject: `Grievance:${id}`,
    country: 'BD',
    payload: { ...about(id), ...payload },
  });
  let original: Awaited<ReturnType<typeof file>>;

  it('tells of a filing once, whatever the retries, and never in the complainant’s words', async () => {
    const input = submission({
      facility: { id: CASE_FACILITY },
      complainantIdentity: 'Rahima Akter, line 4',
      contact: '+880 1700 000000',
    });
    const key = newKey('filing');
    await ensureRegistered(stack, CASE_FACILITY);
    let id = '';
    const fileIt = async () => {
      id = dataOf(await stack.query(FILE_GRIEVANCE, { input, key }, { token: tokens.union })).submitGrievance!
        .grievance!.id;
    };
    const filed = await told('grievances', fileIt);
    expect(filed).toEqual([event(id, 'GRIEVANCE_FILED', { areas: ['WORKING_TIME', 'COMPENSATION'] })]);
    expect(await told('grievances', fileIt)).toEqual([]);
    for (const words of [input.summary, input.description, 'Rahima', '+880'])
      expect(JSON.stringify(filed)).not.toContain(words);
  });

  it('tells of a retaliation case as a filing and a retaliation report', async () => {
    original = await file(stack, submission({ facility: { id: CASE_FACILITY } }), tokens.union);
    const retaliation = submission({
      facility: { id: CASE_FACILITY },
      areas: ['FREEDOM_OF_ASSOCIATION'],
      retaliationAgainst: { grievanceId: original.grievance.id },
    });
    let id = '';
    const filed = await told('grievances', async () => {
      id = (await file(stack, retaliation, tokens.union)).grievance.id;
    });
    expect(filed).toEqual([
      event(id, 'GRIEVANCE_FILED', { areas: ['FREEDOM_OF_ASSOCIATION'] }),
      event(id, 'RETALIATION_REPORTED', {
        retaliationAgainst: original.grievance.id,
        areas: ['FREEDOM_OF_ASSOCIATION'],
      }),
    ]);
  });

  it('tells of every change of status, from and to, and of an escalation; nothing of a refused move', async () => {
    const id = original.grievance.id;
    let version = (await stack.em('grievances').findOneOrFail(Grievance, { id })).version;
    const acknowledged = await told('grievances', async () => {
      version = await move(stack, tokens.regulator, id, 'ACKNOWLEDGED', version);
    });
    expect(acknowledged).toEqual([event(id, 'GRIEVANCE_STATUS_CHANGED', { from: 'RECEIVED', to: 'ACKNOWLEDGED' })]);

    const stale = () => stack.query(ESCALATE, { id, version: version - 1 }, { token: tokens.regulator }).then(dataOf);
    expect(await told('grievances', stale)).toEqual([]);

    const escalated = await told('grievances', async () => {
      const payload = dataOf(
        await stack.query(ESCALATE, { id, version }, { token: tokens.regulator }),
      ).escalateGrievance!;
      expect(payload.userErrors).toEqual([]);
    });
    expect(escalated).toEqual([
      event(id, 'GRIEVANCE_STATUS_CHANGED', { from: 'ACKNOWLEDGED', to: 'ESCALATED' }),
      event(id, 'GRIEVANCE_ESCALATED', { to: 'REGULATOR' }),
    ]);

    const withdrawn = await told('grievances', () =>
      stack.query(WITHDRAW, { code: original.trackingCode }, { token: tokens.union }),
    );
    expect(withdrawn).toEqual([event(id, 'GRIEVANCE_STATUS_CHANGED', { from: 'ESCALATED', to: 'WITHDRAWN' })]);
  });

  it('tells of each missed step the escalation job acts on, once', async () => {
    stack.clock.set(NOW);
    const { grievance } = await file(
      stack,
      submission({ facility: { id: CASE_FACILITY }, facilityOwnerId: 'org-events-owner' }),
      tokens.union,
    );
    stack.clock.set(new Date('2026-05-11T10:00:01Z'));
    const round = () => escalateOverdueCases(stack.em('grievances'), stack.clock);
    const recorded = await told('grievances', round);
    expect(recorded.filter((each) => each.subject === `Grievance:${grievance.id}`)).toEqual([
      event(grievance.id, 'GRIEVANCE_OVERDUE', { step: 'ACKNOWLEDGE', dueBy: '2026-05-11T10:00:00.000Z' }),
      event(grievance.id, 'GRIEVANCE_STATUS_CHANGED', { from: 'RECEIVED', to: 'ESCALATED' }),
      event(grievance.id, 'GRIEVANCE_ESCALATED', { to: 'REGULATOR' }),
    ]);
    expect(await told('grievances', round)).toEqual([]);
    stack.clock.set(NOW);
  });
});

describe('the agreements subgraph', () => {
  const event = (agreementId: string, type: string, payload: Record<string, unknown>) => ({
    type,
    version: 1,
    source: 'agreements',
    subject: `Agreement:${agreementId}`,
    country: null,
    payload: { agreementId, ...payload },
  });

  it('tells of each change of status with the party countries, of each widened sharing, and of no refused change', async () => {
    let agreementId = '';
    expect(
      await told('agreements', async () => {
        const terms = {
          ...bilateral('BD', 'NL', ['INSPECTION_FINDINGS']),
          kind: 'MEMORANDUM_OF_UNDERSTANDING' as const,
        };
        agreementId = (await agreementIn(stack, tokens.admin, terms)).id;
      }),
    ).toEqual([]);

    const signed = await told('agreements', () =>
      mutate(stack, tokens.admin, 'changeAgreementStatus', { agreementId, status: 'SIGNED', on: '2024-01-10' }),
    );
    expect(signed).toEqual([
      event(agreementId, 'AGREEMENT_STATUS_CHANGED', { from: 'DRAFT', to: 'SIGNED', countries: ['BD', 'NL'] }),
    ]);
    const refused = await told('agreements', async () => {
      const change = await mutate(stack, tokens.admin, 'changeAgreementStatus', { agreementId, status: 'DRAFT' });
      expect(change.payload.userErrors[0]?.code).toBe('CONFLICT');
    });
    expect(refused).toEqual([]);

    const clause = await told('agreements', () =>
      mutate(stack, tokens.admin, 'addSharingClause', {
        agreementId,
        category: 'GRIEVANCE_CASES',
        recipients: [{ country: 'NL' }],
      }),
    );
    expect(clause).toEqual([
      event(agreementId, 'SHARING_CHANGED', { category: 'GRIEVANCE_CASES', countries: ['BD', 'NL'] }),
    ]);

    // A new signatory country sends every category the agreement shares; an observer sends none.
    const joined = await told('agreements', () =>
      mutate(stack, tokens.admin, 'addAgreementParty', { agreementId, country: 'DE', since: '2024-02-01' }),
    );
    const observer = await told('agreements', () =>
      mutate(stack, tokens.admin, 'addAgreementParty', { agreementId, country: 'FR', role: 'OBSERVER' }),
    );
    expect(observer).toEqual([]);
    expect(joined).toEqual([
      event(agreementId, 'SHARING_CHANGED', { category: 'GRIEVANCE_CASES', countries: ['BD', 'DE', 'NL'] }),
      event(agreementId, 'SHARING_CHANGED', { category: 'INSPECTION_FINDINGS', countries: ['BD', 'DE', 'NL'] }),
    ]);
  });
});
