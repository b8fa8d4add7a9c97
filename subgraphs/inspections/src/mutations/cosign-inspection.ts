import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { forbidden } from '../../../../runtime/errors';
import { Refusal, runMutation } from '../../../../runtime/mutation';
import type { Context } from '../context';
import { finalStatus, unsignedPartners } from '../domain';
import { Finding } from '../entities/finding.entity';
import { InspectionParty } from '../entities/inspection-party.entity';
import { InspectionSignature } from '../entities/inspection-signature.entity';
import { Inspection } from '../entities/inspection.entity';
import { actingOrganization, visibleInspection, type Tx } from './targets';

/**
 * The inspection, re-read under a row lock on PostgreSQL: two partners signing at the same moment
 * take turns, so the second sees the first's signature and the last one makes the report final.
 * (The embedded SQLite store runs one write transaction at a time.)
 */
async function lockedForSigning(tx: Tx, inspection: Inspection): Promise<Inspection> {
  if (!(tx.getDriver() instanceof PostgreSqlDriver)) return inspection;
  return tx.findOneOrFail(Inspection, inspection.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
}

/**
 * A partner inspectorate named on a joint inspection signs the report the host country's
 * inspectorate filed. The last partner's signature makes it final: SUBMITTED (DISPUTED when the
 * facility's owner disputed a finding meanwhile), counted from then on in compliance and statistics.
 */
export async function cosignInspection(context: Context, id: string) {
  const partner = actingOrganization(context, ['REGULATOR'], 'cosignInspection');
  const now = context.clock.now();
  return runMutation(context, {
    operation: 'cosignInspection',
    write: async (tx) => {
      const inspection = await lockedForSigning(tx, await visibleInspection(context, tx, id, ['id']));
      const partners = (await tx.find(InspectionParty, { inspection, role: 'JOINT_INSPECTOR' })).map(
        (party) => party.organizationId,
      );
      if (!partners.includes(partner))
        throw forbidden('Only a partner inspectorate named on the joint inspection may cosign it');
      if (inspection.status !== 'AWAITING_COSIGNATURE')
        throw new Refusal(
          'CONFLICT',
          `The inspection is ${inspection.status}; only a joint inspection AWAITING_COSIGNATURE is cosigned`,
          ['id'],
        );
      const signedBy = (await tx.find(InspectionSignature, { inspection })).map(
        (signature) => signature.organizationId,
      );
      if (signedBy.includes(partner))
        throw new Refusal('CONFLICT', 'Your inspectorate has already signed this inspection', ['id']);
      tx.create(InspectionSignature, { id: `sig_${randomUUID()}`, inspection, organizationId: partner, signedAt: now });
      if (unsignedPartners(partners, [...signedBy, partner]).length === 0)
        inspection.status = finalStatus((await tx.count(Finding, { inspection, status: 'DISPUTED' })) > 0);
      inspection.updatedAt = now;
      return { inspectionId: inspection.id, country: inspection.facilityCountry };
    },
    // In the facility's country, and in the partner's own, whose regulator reads its audit trail.
    audited: ({ inspectionId, country }) =>
      [...new Set([country, context.principal.country ?? country])].map((entry) => ({
        target: `Inspection:${inspectionId}`,
        country: entry,
      })),
  });
}
