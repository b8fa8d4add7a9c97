import { randomUUID } from 'node:crypto';
import { forbidden } from '../../../../runtime/errors';
import { Refusal, runMutation } from '../../../../runtime/mutation';
import type { ChangeDisclosureInput } from '../__generated__/resolvers-types';
import type { Context } from '../context';
import { parseSharedWithBuyerIds } from '../domain';
import { InspectionParty } from '../entities/inspection-party.entity';
import type { Inspection } from '../entities/inspection.entity';
import { standingOn } from '../visibility';
import { acceptedInput } from './input';
import { actingOrganization, visibleInspection, type Tx } from './targets';

const audited = ({ inspectionId, country }: { inspectionId: string; country: string }) => ({
  target: `Inspection:${inspectionId}`,
  country,
});

/** The inspection, when the caller's organisation conducted it: partners and regulators read reports, not release them. */
async function conductedInspection(context: Context, tx: Tx, id: string, field: string[], may: string) {
  const inspection = await visibleInspection(context, tx, id, field);
  if (!standingOn(context.principal, inspection, []).conductor)
    throw forbidden(`Only the organisation that conducted the inspection may ${may}`);
  return inspection;
}

const written = (inspection: Inspection) => ({ inspectionId: inspection.id, country: inspection.facilityCountry });

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
      if (inspection.status === 'SCHEDULED' || inspection.status === 'IN_PROGRESS') {
        throw new Refusal('CONFLICT', `An inspection ${inspection.status} has no report to publish yet`, ['id']);
      }
      inspection.publishedAt = now;
      if (inspection.status === 'SUBMITTED') inspection.status = 'PUBLISHED';
      inspection.updatedAt = now;
      return written(inspection);
    },
    audited,
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
      inspection.disclosure = input.disclosure;
      inspection.updatedAt = now;
      if (buyers) {
        await tx.nativeDelete(InspectionParty, { inspection, role: 'BUYER' });
        for (const organizationId of buyers)
          tx.create(InspectionParty, { id: `pty_${randomUUID()}`, inspection, organizationId, role: 'BUYER' });
      }
      return written(inspection);
    },
    audited,
  });
}
