import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processEvent } from '../../runtime/event-consumers';
import { OutboxEvent, ProcessedEvent, publishedForm } from '../../runtime/outbox';
import type { SubgraphName } from '../../runtime/subgraph-server';
import { GrievanceEvent } from '../../subgraphs/grievances/src/entities/grievance-event.entity';
import { Grievance } from '../../subgraphs/grievances/src/entities/grievance.entity';
import { facilityMerges as grievanceMerges } from '../../subgraphs/grievances/src/queries/facility-merges';
import { Inspection } from '../../subgraphs/inspections/src/entities/inspection.entity';
import { facilityMerges as inspectionMerges } from '../../subgraphs/inspections/src/queries/facility-merges';
import { graphql } from '../__generated__';
import { file, submission } from '../grievances/fixtures';
import { addFacility, addInspection, addOrganization, newFacilityId } from '../inspections/fixtures';
import { dataOf, startTestStack, type TestStack } from '../support/stack';

/**
 * A merge in the registry reaches the subgraphs that keep facts by facility id: the merged
 * facility's inspections and cases become the survivor's, its compliance and grievance summary
 * count them, and handling the event again changes nothing.
 */
const NOW = new Date('2026-05-04T10:00:00Z');
const BRAND = 'org-merge-brand';
const SURVIVOR = newFacilityId('BD');
const MERGED = newFacilityId('BD');
const ABROAD = newFacilityId('IN');

const MERGE = graphql(`
  mutation FacilityMergeRun($survivor: ID!, $duplicate: ID!) {
    mergeFacilities(survivorId: $survivor, duplicateId: $duplicate) {
      userErrors {
        code
      }
    }
  }
`);
const HISTORY = graphql(`
  query FacilityMergeHistory($id: ID!) {
    facility(id: $id) {
      id
      compliance {
        score
        openFindings
        overdueCorrectiveActions
      }
      inspections(first: 10) {
        totalCount
      }
      grievanceSummary {
        open
        suppressed
      }
      grievances(first: 10) {
        totalCount
        edges {
          node {
            id
            timeline {
              kind
              public
              note
            }
          }
        }
      }
    }
  }
`);

const FOLLOW = graphql(`
  query FacilityMergeFollow($code: String!, $secret: String!) {
    grievanceStatus(trackingCode: $code, secret: $secret) {
      timeline {
        status
        message
      }
    }
  }
`);

let stack: TestStack;
let brand: string;
let regulator: string;
let admin: string;

const history = async (id: string, token: string) => dataOf(await stack.query(HISTORY, { id }, { token })).facility!;

/** The rows a replay must leave as they are: where each inspection and case is, and each case's timeline. */
async function rows() {
  const inspections = await stack.em('inspections').find(Inspection, {}, { orderBy: { id: 'asc' } });
  const cases = await stack.em('grievances').find(Grievance, {}, { orderBy: { id: 'asc' } });
  return {
    inspections: inspections.map(({ id, facilityId, facilityCountry }) => ({ id, facilityId, facilityCountry })),
    cases: cases.map(({ id, facilityId, facilityCountry, version, eventSequence, transferFacilityId }) => ({
      id,
      facilityId,
      facilityCountry,
      version,
      eventSequence,
      transferFacilityId,
    })),
    timeline: await stack.em('grievances').count(GrievanceEvent),
  };
}

/** The FACILITY_MERGED event of `mergedId`, as the bus carried it. */
async function mergeEvent(mergedId: string) {
  const row = await stack.em('suppliers').findOneOrFail(OutboxEvent, { subject: `Facility:${mergedId}` });
  return publishedForm(row);
}

beforeAll(async () => {
  stack = await startTestStack({ now: NOW });
  const suppliers = stack.em('suppliers');
  addOrganization(suppliers, BRAND, 'BRAND');
  for (const id of [SURVIVOR, MERGED, ABROAD]) addFacility(suppliers, id, null, [BRAND]);
  await suppliers.flush();
  const inspections = stack.em('inspections');
  addInspection(inspections, { id: 'ins-merge-survivor', facilityId: SURVIVOR, findings: [{ severity: 'MINOR' }] });
  addInspection(inspections, {
    id: 'ins-merge-merged',
    facilityId: MERGED,
    findings: [{ severity: 'ZERO_TOLERANCE', actions: [{ dueOn: '2026-04-01', status: 'PLANNED' }] }],
  });
  addInspection(inspections, { id: 'ins-merge-abroad', facilityId: ABROAD, findings: [{ severity: 'MAJOR' }] });
  await inspections.flush();
  brand = await stack.token({ role: 'BRAND', organizationId: BRAND });
  regulator = await stack.token({ role: 'REGULATOR', organizationId: 'org-merge-inspectorate-bd', country: 'BD' });
  admin = await stack.token({ role: 'ADMIN', subject: 'merge-admin' });
});
afterAll(() => stack?.stop());

describe('a merge of two facilities in one country', () => {
  let worker: { trackingCode: string; secret: string };
  let timelineBefore: number;

  it('moves the merged facility’s inspections and cases to the survivor, whose compliance and summary count them', async () => {
    const filed = await file(stack, submission({ facility: { id: MERGED } }));
    worker = { trackingCode: filed.trackingCode, secret: filed.secret! };
    const union = await stack.token({ role: 'UNION', organizationId: 'org-merge-union' });
    await file(stack, submission({ facility: { id: MERGED } }), union);
    const follow = await stack.query(FOLLOW, { code: worker.trackingCode, secret: worker.secret });
    timelineBefore = dataOf(follow).grievanceStatus!.timeline.length;

    const before = await history(SURVIVOR, brand);
    expect(before.compliance).toMatchObject({ openFindings: 1, overdueCorrectiveActions: 0 });
    expect((await history(SURVIVOR, regulator)).grievances!.totalCount).toBe(0);

    const merge = dataOf(await stack.query(MERGE, { survivor: SURVIVOR, duplicate: MERGED }, { token: admin }));
    expect(merge.mergeFacilities!.userErrors).toEqual([]);
    await stack.settleEvents();

    const seenByBrand = await history(SURVIVOR, brand);
    expect(seenByBrand.inspections!.totalCount).toBe(2);
    expect(seenByBrand.compliance).toMatchObject({ openFindings: 2, overdueCorrectiveActions: 1 });
    // An unresolved zero-tolerance finding caps the score at 40.
    expect(seenByBrand.compliance!.score).toBeLessThanOrEqual(40);
    expect(seenByBrand.compliance!.score).toBeLessThan(before.compliance!.score!);

    const seenByRegulator = await history(SURVIVOR, regulator);
    expect(seenByRegulator.grievanceSummary).toMatchObject({ open: 2, suppressed: false });
    expect(seenByRegulator.grievances!.totalCount).toBe(2);
    // The old id reaches the same history.
    expect(await history(MERGED, regulator)).toEqual(seenByRegulator);
  });

  it('tells the case’s handler in an internal event, and leaves the complainant’s timeline as it was', async () => {
    const cases = (await history(SURVIVOR, regulator)).grievances!.edges.map((edge) => edge.node);
    expect(cases).toHaveLength(2);
    for (const { timeline } of cases)
      expect(timeline.filter((event) => event.kind === 'FACILITY_LINKED')).toEqual([
        {
          kind: 'FACILITY_LINKED',
          public: false,
          note: `The facility registry merged facility ${MERGED} into ${SURVIVOR}: the case is about ${SURVIVOR} now.`,
        },
      ]);
    const followed = dataOf(
      await stack.query(FOLLOW, { code: worker.trackingCode, secret: worker.secret }),
    ).grievanceStatus!;
    expect(followed.timeline).toHaveLength(timelineBefore);
  });

  it('changes nothing when the event comes again', async () => {
    const event = await mergeEvent(MERGED);
    const settled = await rows();
    const again = async (subgraph: SubgraphName, consumer: typeof inspectionMerges) => {
      // Recognised by its id first; then, its record gone, handled again from scratch.
      expect(await processEvent(stack.em(subgraph), consumer, event)).toBe('duplicate');
      await stack.em(subgraph).nativeDelete(ProcessedEvent, { consumer: consumer.name, eventId: event.id });
      expect(await processEvent(stack.em(subgraph), consumer, event)).toBe('handled');
    };
    await again('inspections', inspectionMerges);
    await again('grievances', grievanceMerges);
    await stack.settleEvents();
    expect(await rows()).toEqual(settled);
  });
});

describe('a duplicate registered in another country', () => {
  it('takes its inspections into the survivor’s country, and leaves its cases in their jurisdiction', async () => {
    const union = await stack.token({ role: 'UNION', organizationId: 'org-merge-union' });
    const { grievance } = await file(stack, submission({ facility: { id: ABROAD } }), union);
    const merge = dataOf(await stack.query(MERGE, { survivor: SURVIVOR, duplicate: ABROAD }, { token: admin }));
    expect(merge.mergeFacilities!.userErrors).toEqual([]);
    await stack.settleEvents();

    const inspection = await stack.em('inspections').findOneOrFail(Inspection, { id: 'ins-merge-abroad' });
    expect({ facilityId: inspection.facilityId, facilityCountry: inspection.facilityCountry }).toEqual({
      facilityId: SURVIVOR,
      facilityCountry: 'BD',
    });
    expect((await history(SURVIVOR, brand)).inspections!.totalCount).toBe(3);

    const left = await stack.em('grievances').findOneOrFail(Grievance, { id: grievance.id });
    expect({ facilityId: left.facilityId, facilityCountry: left.facilityCountry }).toEqual({
      facilityId: ABROAD,
      facilityCountry: 'IN',
    });
    expect((await history(SURVIVOR, regulator)).grievances!.totalCount).toBe(2);
  });

  it('moves what was merged into the duplicate before along with it, whichever merge is handled first', async () => {
    const first = newFacilityId('BD');
    const second = newFacilityId('BD');
    const last = newFacilityId('BD');
    const suppliers = stack.em('suppliers');
    for (const id of [first, second, last]) addFacility(suppliers, id, null, [BRAND]);
    await suppliers.flush();
    const inspections = stack.em('inspections');
    addInspection(inspections, { id: 'ins-merge-first', facilityId: first });
    await inspections.flush();

    for (const [survivor, duplicate] of [
      [second, first],
      [last, second],
    ])
      expect(
        dataOf(await stack.query(MERGE, { survivor, duplicate }, { token: admin })).mergeFacilities!.userErrors,
      ).toEqual([]);
    const later = await mergeEvent(second);
    expect(later.payload).toMatchObject({ survivorId: last, mergedId: second, earlierMergedIds: [first] });

    // The later merge handled before the earlier one reached the inspections subgraph.
    expect(await processEvent(stack.em('inspections'), inspectionMerges, later)).toBe('handled');
    expect((await stack.em('inspections').findOneOrFail(Inspection, { id: 'ins-merge-first' })).facilityId).toBe(last);
    await stack.settleEvents();
    expect((await stack.em('inspections').findOneOrFail(Inspection, { id: 'ins-merge-first' })).facilityId).toBe(last);
  });
});
