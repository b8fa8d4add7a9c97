import { randomUUID } from 'node:crypto';
import { forbidden } from '../../../../runtime/errors';
import type { EventDraft } from '../../../../runtime/events';
import { Refusal, runMutation } from '../../../../runtime/mutation';
import type { ChangeDisclosureInput } from '../__generated__/resolvers-types';
import type { Context } from '../context';
import { parseSharedWithBuyerIds } from '../domain';
import { Finding } from '../entities/finding.entity';
import { InspectionParty } from '../entities/inspection-party.entity';
import type { Inspection } from '../entities/inspection.entity';
import { calendarDay } from '../queries/sql-values';
import { standingOn } from '../visibility';
import { acceptedInput } from './input';
import { actingOrganization, visibleInspection, type Tx } from './targets';

/** What a release or a change of disclosure wrote, and the events it tells. */
type Written = { inspectionId: string; country: string; events: EventDraft[] };

const audited = ({ inspectionId, country }: Written) => ({ target: `Inspection:${inspectionId}`, country });
const events = (written: Written) => written.events;

/** The inspection, when the caller's organisation conducted it: partners and regulators read reports, not release them. */
async function conductedInspection(context: Context, tx: Tx, id: string, field: string[], may: string) {
  const inspection = await visibleInspection(context, tx, id, field);
  if (!standingOn(context.principal, inspection, []).conductor)
    throw forbidden(`Only the organisation that conducted the inspection may ${may}`);
  return inspection;
}

const written = (inspection: Inspection, told: EventDraft[] = []): Written => ({
  inspectionId: inspection.id,
  country: inspection.facilityCountry,
  events: told,
});

/**
 * What a release tells the graph: the report is out (to the audience its disclosure names), and
 * each zero-tolerance finding in it, as the report stands at that moment.
 */
async function publicationEvents(tx: Tx, inspection: Inspection): Promise<EventDraft[]> {
  const publishedAt = inspection.publishedAt!.toISOString();
  const findings = await tx.find(Finding, { inspection }, { orderBy: { position: 'asc' } });
  const about = { facilityId: inspection.facilityId, country: inspection.facilityCountry };
  const disclosure = inspection.disclosure;
  return [
    {
      type: 'INSPECTION_PUBLISHED',
      subject: `Inspection:${inspection.id}`,
      country: inspection.facilityCountry,
      payload: {
        inspectionId: inspection.id,
        ...about,
        conductedOn: calendarDay(inspection.endedOn),
        findings: findings.length,
        disclosure,
        areas: [...new Set(findings.map((finding) => finding.area))].sort(),
      },
    },
    ...findings
      .filter((finding) => finding.severity === 'ZERO_TOLERANCE')
      .map((finding): EventDraft => ({
        type: 'ZERO_TOLERANCE_FINDING',
        subject: `Finding:${finding.id}`,
        country: inspection.facilityCountry,
        payload: {
          inspectionId: inspection.id,
          findingId: finding.id,
          ...about,
          area: finding.area,
          publishedAt,
          disclosure,
        },
      })),
  ];
}

/**
 * Releases the report to the audience its disclosure names (PUBLIC: everyone; SHARED_WITH_BUYERS:
 * the named buyers). A report disputed before publication stays DISPUTED: the dispute is part of it.
 */
export async function publishInspection(context: Context, id: string) {
  actingOrganization(context, ['AUDITOR', 'REGULATOR'], 'publishInspection');
  const now = context.clock.now();
  return runMutation(context, {
    operation: 'publishInspection',
    write: async (tx) => {
      const inspection = await conductedInspection(context, tx, id, ['id'], 'publish it');
      if (inspection.publishedAt) throw new Refusal('CONFLICT', 'The inspection is already published', ['id']);
      if (inspection.status === 'AWAITING_COSIGNATURE')
        throw new Refusal(
          'CONFLICT',
          'A joint inspection is published once final: every partner inspectorate must cosign it first',
          ['id'],
        );
      if (inspection.status === 'SCHEDULED' || inspection.status === 'IN_PROGRESS') {
        throw new Refusal('CONFLICT', `An inspection ${inspection.status} has no report to publish yet`, ['id']);
      }
      inspection.publishedAt = now;
      if (inspection.status === 'SUBMITTED') inspection.status = 'PUBLISHED';
      inspection.updatedAt = now;
      return written(inspection, await publicationEvents(tx, inspection));
    },
    audited,
    events,
  });
}

/** Changes who may read the report; given buyers replace the list the report is shared with. */
export async function changeDisclosure(context: Context, input: ChangeDisclosureInput) {
  actingOrganization(context, ['AUDITOR', 'REGULATOR'], 'changeDisclosure');
  const buyers = acceptedInput('The disclosure was not changed', parseSharedWithBuyerIds(input.sharedWithBuyerIds));
  const now = context.clock.now();
  return runMutation(context, {
    operation: 'changeDisclosure',
    write: async (tx) => {
      const inspection = await conductedInspection(
        context,
        tx,
        input.inspectionId,
        ['input', 'inspectionId'],
        'change its disclosure',
      );
      // A published report that becomes PUBLIC is released anew, to everyone.
      const releasedToAll =
        inspection.publishedAt !== null && inspection.disclosure !== 'PUBLIC' && input.disclosure === 'PUBLIC';
      inspection.disclosure = input.disclosure;
      inspection.updatedAt = now;
      if (buyers) {
        await tx.nativeDelete(InspectionParty, { inspection, role: 'BUYER' });
        for (const organizationId of buyers)
          tx.create(InspectionParty, { id: `pty_${randomUUID()}`, inspection, organizationId, role: 'BUYER' });
      }
      return written(inspection, releasedToAll ? await publicationEvents(tx, inspection) : []);
    },
    audited,
    events,
  });
}
